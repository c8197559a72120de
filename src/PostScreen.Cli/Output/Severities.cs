namespace PostScreen.Cli.Output;

/// <summary>Severity words of each output format (DESIGN.md).</summary>
internal static class Severities
{
    /// <summary>JSON and JSONL: error, warning, info, hidden.</summary>
    public static string Json(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };

    public static string Verdict(Verdict verdict) => verdict switch
    {
        PostScreen.Verdict.Block => "block",
        PostScreen.Verdict.Review => "review",
        _ => "pass",
    };

    public static bool TryParseFailLevel(string value, out DiagnosticSeverity severity)
    {
        switch (value.ToLowerInvariant())
        {
            case "error":
                severity = DiagnosticSeverity.Error;
                return true;
            case "warning":
                severity = DiagnosticSeverity.Warning;
                return true;
            case "info":
            case "suggestion":
                severity = DiagnosticSeverity.Info;
                return true;
            default:
                severity = default;
                return false;
        }
    }
}
