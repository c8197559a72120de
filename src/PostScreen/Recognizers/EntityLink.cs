namespace PostScreen;

/// <summary>What a recognizer knows about whether its match belongs to a patient.</summary>
public enum EntityLink
{
    /// <summary>Let the linkage rules decide from context (the default).</summary>
    Infer,

    /// <summary>Always a patient's identifier (a deny list of patient names, an MRN format).</summary>
    Patient,

    /// <summary>Never a patient's identifier (an allow list: colleagues, the clinic's phone).</summary>
    NotPatient,
}
