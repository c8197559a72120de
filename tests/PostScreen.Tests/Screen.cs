namespace PostScreen.Tests;

/// <summary>Helpers shared by the tests: screen a post and find diagnostics by entity.</summary>
internal static class Screen
{
    /// <summary>A screener with every post-level detector on (PS2002 too, which is off by default).</summary>
    public static PostScreener WithPostLevel { get; } = PostScreener.CreateBuilder().EnablePostLevelDetectors().Build();

    /// <summary>
    /// The PHI recognizers only: the recognizer tests pin what the identifiers alone decide, apart
    /// from the post-level detectors that are on by default (PS1100, PS2001, PS3001, PS4001).
    /// </summary>
    public static PostScreener PhiOnly { get; } = PostScreener.CreateBuilder().DisablePostLevelDetectors().Build();

    public static ScreeningResult Post(string text) => PhiOnly.Screen(text);

    /// <summary>The substrings of every diagnostic for <paramref name="entity"/> (PHI or PS1500).</summary>
    public static List<(string Id, string Value)> Entities(string text, string entity)
    {
        var result = Post(text);
        return result.Diagnostics.Where(d => d.Entity == entity).Select(d => (d.Id, text.Substring(d.Span.Start, d.Span.Length))).ToList();
    }

    public static IEnumerable<Diagnostic> Phi(ScreeningResult result) =>
        result.Diagnostics.Where(d => d.Category == DiagnosticCategory.Phi && d.Severity >= DiagnosticSeverity.Warning);
}
