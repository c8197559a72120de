namespace PostScreen.Tests;

/// <summary>Helpers shared by the tests: screen with the default screener and find diagnostics by entity.</summary>
internal static class Screen
{
    /// <summary>A screener with the post-level detectors (PS1100, PS2001, PS2002, PS3001, PS4001) on.</summary>
    public static PostScreener WithPostLevel { get; } = PostScreener.CreateBuilder().EnablePostLevelDetectors().Build();

    public static ScreeningResult Post(string text) => PostScreener.Default.Screen(text);

    /// <summary>The substrings of every diagnostic for <paramref name="entity"/> (PHI or PS1500).</summary>
    public static List<(string Id, string Value)> Entities(string text, string entity)
    {
        var result = Post(text);
        return result.Diagnostics.Where(d => d.Entity == entity).Select(d => (d.Id, text.Substring(d.Span.Start, d.Span.Length))).ToList();
    }

    public static IEnumerable<Diagnostic> Phi(ScreeningResult result) =>
        result.Diagnostics.Where(d => d.Category == DiagnosticCategory.Phi && d.Severity >= DiagnosticSeverity.Warning);
}
