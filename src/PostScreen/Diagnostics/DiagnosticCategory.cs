namespace PostScreen;

/// <summary>The category strings of DESIGN.md. They appear in output and in .editorconfig bulk keys.</summary>
public static class DiagnosticCategory
{
    /// <summary>HIPAA Safe Harbor identifiers linked to a patient (PS1xxx).</summary>
    public const string Phi = "phi";

    /// <summary>An identifier not linked to a patient (PS1500).</summary>
    public const string Identifier = "identifier";

    /// <summary>Patient anecdotes and tone (PS2xxx).</summary>
    public const string Anecdote = "anecdote";

    /// <summary>Individual advice requested in public (PS3xxx).</summary>
    public const string AdviceRequest = "advice-request";

    /// <summary>Individual advice given in public (PS4xxx).</summary>
    public const string AdviceGiven = "advice-given";

    /// <summary>The tool's own notices (PS0xxx).</summary>
    public const string Tool = "tool";
}
