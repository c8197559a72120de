using BenchmarkDotNet.Attributes;

namespace PostScreen.Benchmarks;

/// <summary>
/// <c>Screen</c> on single short (280 chars; every sentence with an identifier, or a typical mix
/// where one sentence in four has one) and long (5,000 chars) posts and on a batch, with
/// allocations, with the PHI recognizers only (<c>DisablePostLevelDetectors</c>, the path issue 3's
/// speed target measures) and with every detector (<c>EnablePostLevelDetectors</c>, which costs what
/// the default costs). Divide the mean UTF-8 bytes per post (printed at setup) by the median for MB/s.
/// </summary>
[MemoryDiagnoser]
public class ScreenBenchmarks
{
    private readonly PostScreener _screener = PostScreener.CreateBuilder().DisablePostLevelDetectors().Build(); // the PHI recognizers only
    private readonly PostScreener _allDetectors = PostScreener.CreateBuilder().EnablePostLevelDetectors().Build();
    private string[] _short = [];
    private string[] _long = [];
    private string[] _typical = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _short = BenchmarkCorpus.Posts(256, 280, seed: 1);
        _long = BenchmarkCorpus.Posts(32, 5000, seed: 2);
        _typical = BenchmarkCorpus.TypicalPosts(256, 280, seed: 4);
        // The posts end at a sentence, so a "280-char" post is 220 to 280 characters: MB/s is the
        // mean, not 280, over the median.
        Console.WriteLine($"// mean UTF-8 bytes per post: dense short {BenchmarkCorpus.MeanBytes(_short):F1}, typical short {BenchmarkCorpus.MeanBytes(_typical):F1}, long {BenchmarkCorpus.MeanBytes(_long):F1}");
    }

    [Benchmark(Baseline = true)]
    public ScreeningResult ShortPost() => _screener.Screen(_short[_next++ & 255]);

    [Benchmark]
    public ScreeningResult ShortPostAllDetectors() => _allDetectors.Screen(_short[_next++ & 255]);

    [Benchmark]
    public ScreeningResult ShortTypicalPostAllDetectors() => _allDetectors.Screen(_typical[_next++ & 255]);

    [Benchmark]
    public ScreeningResult ShortTypicalPost() => _screener.Screen(_typical[_next++ & 255]);

    [Benchmark]
    public ScreeningResult LongPost() => _screener.Screen(_long[_next++ & 31]);

    [Benchmark(OperationsPerInvoke = 256)]
    public int Batch256ShortPosts()
    {
        var findings = 0;
        foreach (var post in _short)
        {
            findings += _screener.Screen(post).Diagnostics.Length;
        }

        return findings;
    }
}
