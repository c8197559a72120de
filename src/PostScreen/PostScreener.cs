using PostScreen.Analysis;

namespace PostScreen;

/// <summary>
/// Screens draft posts. Build one with <see cref="CreateBuilder"/> (or use <see cref="Default"/>),
/// then call <see cref="Screen(string)"/> from any number of threads: a screener is immutable.
/// </summary>
/// <example>
/// <code>
/// var screener = PostScreener.CreateBuilder()
///     .AddDenyList(EntityKind.Name, ["Jolene Whitfield"])
///     .AddAllowList(["Dr. Chen", "(555) 201-3344"])
///     .WithSeverity("PS1005", ReportDiagnostic.Error)
///     .Build();
/// var result = screener.Screen("Mrs. Alvarez (94) was admitted to St. Mary's Hospital on March 3.");
/// </code>
/// </example>
public sealed class PostScreener
{
    private static readonly Lazy<PostScreener> DefaultScreener = new(() => CreateBuilder().Build());
    private readonly ScreeningDriver _driver;

    internal PostScreener(ScreeningDriver driver, IReadOnlyList<DiagnosticDescriptor> supported, int maxLength)
    {
        _driver = driver;
        SupportedDiagnostics = supported;
        MaxLength = maxLength;
    }

    /// <summary>A screener with every built-in recognizer and analyzer and default severities.</summary>
    public static PostScreener Default => DefaultScreener.Value;

    /// <summary>Starts building a screener with the built-in recognizers and analyzers.</summary>
    public static PostScreenerBuilder CreateBuilder() => new();

    /// <summary>Every descriptor the configured analyzers can report, plus the tool's own.</summary>
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>The size limit per post, in UTF-16 code units; longer posts are truncated with PS0004.</summary>
    public int MaxLength { get; }

    /// <summary>Screens one post. Never throws: a null text screens as empty.</summary>
    public ScreeningResult Screen(string? text) => _driver.Screen(text);

    /// <summary>
    /// Screens many posts, in parallel when <paramref name="maxDegreeOfParallelism"/> is above one,
    /// and returns the results in input order.
    /// </summary>
    public IReadOnlyList<ScreeningResult> ScreenMany(IReadOnlyList<string?> texts, int maxDegreeOfParallelism = 1)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var results = new ScreeningResult[texts.Count];
        if (maxDegreeOfParallelism <= 1 || texts.Count < 2)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                results[i] = Screen(texts[i]);
            }
        }
        else
        {
            Parallel.For(0, texts.Count, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, i => results[i] = Screen(texts[i]));
        }

        return results;
    }
}
