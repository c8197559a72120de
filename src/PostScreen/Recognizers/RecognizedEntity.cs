namespace PostScreen;

/// <summary>
/// A candidate identifier found by a recognizer, after overlaps were resolved and linkage decided.
/// Offsets are in <see cref="PostAnalysisContext.Text"/>; the driver maps diagnostics back to the
/// original text.
/// </summary>
public sealed class RecognizedEntity
{
    internal RecognizedEntity(EntityKind kind, TextSpan span, double confidence, EntityLink link, string recognizer)
    {
        Kind = kind;
        Span = span;
        Confidence = confidence;
        Link = link;
        Recognizer = recognizer;
    }

    /// <summary>The identifier kind.</summary>
    public EntityKind Kind { get; internal set; }

    /// <summary>Where it is in the analyzed text.</summary>
    public TextSpan Span { get; }

    /// <summary>How sure the recognizer is that this is an identifier of <see cref="Kind"/>, 0 to 1.</summary>
    public double Confidence { get; internal set; }

    /// <summary>What the recognizer said about linkage.</summary>
    public EntityLink Link { get; }

    /// <summary>The recognizer that found it.</summary>
    public string Recognizer { get; }

    /// <summary>Whether the linkage rules decided it belongs to a patient (and to health information).</summary>
    public bool IsPatientLinked { get; internal set; }

    /// <summary>How sure the linkage decision is, 0 to 1.</summary>
    public double LinkConfidence { get; internal set; }

    /// <summary>The cue that decided linkage, for explanations (never the identifier itself).</summary>
    public string LinkReason { get; internal set; } = string.Empty;

    internal EntityHint Hint { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind.ToEntityName()} {Span} linked={IsPatientLinked}";
}

/// <summary>What a built-in recognizer saw that bears on linkage.</summary>
internal enum EntityHint
{
    None,

    /// <summary>A clinician's title (Dr., Prof.) or a role ("Nurse Kelly", "Father Michael") precedes the name: not a patient.</summary>
    Clinician,

    /// <summary>A patient title or cue (Mr., Mrs., "patient X", "named X") precedes the name.</summary>
    PatientTitle,

    /// <summary>A facility (hospital, nursing home, school).</summary>
    Facility,

    /// <summary>A birth year implying an age over 89.</summary>
    BirthYear,
}
