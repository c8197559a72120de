namespace PostScreen;

/// <summary>
/// How serious a finding is. The values and their order follow Roslyn's
/// <c>Microsoft.CodeAnalysis.DiagnosticSeverity</c> so that configuration carries over.
/// </summary>
public enum DiagnosticSeverity
{
    /// <summary>Computed but never written to any output.</summary>
    Hidden = 0,

    /// <summary>Informational: an identifier not linked to a patient, a tool notice.</summary>
    Info = 1,

    /// <summary>Worth a human's review before publishing.</summary>
    Warning = 2,

    /// <summary>Breaks the guidance; the post should not be published as written.</summary>
    Error = 3,
}
