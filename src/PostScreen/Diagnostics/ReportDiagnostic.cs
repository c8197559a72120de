namespace PostScreen;

/// <summary>
/// A configured severity for a diagnostic ID, as Roslyn's <c>ReportDiagnostic</c>: it either
/// keeps the descriptor's default, sets a severity, or suppresses the diagnostic entirely.
/// </summary>
public enum ReportDiagnostic
{
    /// <summary>Use the descriptor's default severity (<c>default</c> in .editorconfig).</summary>
    Default = 0,

    /// <summary>Report as <see cref="DiagnosticSeverity.Error"/> (<c>error</c>).</summary>
    Error = 1,

    /// <summary>Report as <see cref="DiagnosticSeverity.Warning"/> (<c>warning</c>).</summary>
    Warn = 2,

    /// <summary>Report as <see cref="DiagnosticSeverity.Info"/> (<c>suggestion</c>).</summary>
    Info = 3,

    /// <summary>Report as <see cref="DiagnosticSeverity.Hidden"/> (<c>silent</c>): computed, never written.</summary>
    Hidden = 4,

    /// <summary>Do not report at all (<c>none</c>).</summary>
    Suppress = 5,
}
