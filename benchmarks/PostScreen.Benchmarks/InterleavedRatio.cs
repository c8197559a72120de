using System.Diagnostics;
using System.Globalization;

namespace PostScreen.Benchmarks;

/// <summary>
/// The cost of the post-level detectors as a ratio, measured interleaved: BenchmarkDotNet runs one
/// benchmark to the end before the next, so on a shared machine whose speed drifts over minutes the
/// ratio of two of its medians carries the drift. Here the identifiers-only and the every-detector
/// screeners take turns on the same posts, 40 rounds each, and the median of the 40 per-round ratios
/// is printed, for the typical and dense pools and for the labelled corpus's distinct posts. A
/// cross-check of the BenchmarkDotNet ratio, not a replacement for its medians.
/// Run: <c>dotnet run -c Release --project benchmarks/PostScreen.Benchmarks -- --ratio</c>.
/// </summary>
internal static class InterleavedRatio
{
    private const int Rounds = 40;
    private const int PostsPerTurn = 256 * 40;

    public static void Run()
    {
        var identifiersOnly = PostScreener.CreateBuilder().DisablePostLevelDetectors().Build();
        var everyDetector = PostScreener.CreateBuilder().EnablePostLevelDetectors().Build();
        // The corpus's distinct posts too: a turn screens about each of them once (see CorpusBenchmarks).
        foreach (var (name, posts) in new[]
                 {
                     ("typical", BenchmarkCorpus.TypicalPosts(256, 280, seed: 4)), ("dense", BenchmarkCorpus.Posts(256, 280, seed: 1)),
                     ("corpus", CorpusBenchmarks.LoadPosts()),
                 })
        {
            for (var warmup = 0; warmup < 5; warmup++)
            {
                Turn(identifiersOnly, posts);
                Turn(everyDetector, posts);
            }

            var ratios = new double[Rounds];
            var fast = new double[Rounds];
            var full = new double[Rounds];
            for (var r = 0; r < Rounds; r++)
            {
                fast[r] = Turn(identifiersOnly, posts);
                full[r] = Turn(everyDetector, posts);
                ratios[r] = full[r] / fast[r];
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: identifiers only {Median(fast):F3} us, every detector {Median(full):F3} us, median interleaved ratio {Median(ratios):F2}x"));
        }
    }

    /// <summary>Microseconds per post over one turn.</summary>
    private static double Turn(PostScreener screener, string[] posts)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < PostsPerTurn; i++)
        {
            screener.Screen(posts[i % posts.Length]);
        }

        return clock.Elapsed.TotalMicroseconds / PostsPerTurn;
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
