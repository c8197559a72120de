using BenchmarkDotNet.Attributes;

namespace PostScreen.Benchmarks;

/// <summary>
/// 100 KB of adversarial input per case; compare the time per byte with ordinary long posts
/// (<see cref="ScreenBenchmarks.LongPost"/>): the hot path must stay linear.
/// </summary>
[MemoryDiagnoser]
public class AdversarialBenchmarks
{
    private readonly PostScreener _screener = PostScreener.CreateBuilder().DisablePostLevelDetectors().Build(); // the PHI recognizers only
    private string _text = string.Empty;
    private string _ordinary = string.Empty;

    [Params("digits", "at-signs", "a.a.", "Mr. ", "handles")]
    public string Case { get; set; } = "digits";

    [GlobalSetup]
    public void Setup()
    {
        var unit = Case switch
        {
            "digits" => "1234567890",
            "at-signs" => "@",
            "a.a." => "a.a.",
            "handles" => "@icu_sam you ", // handles that hold a health word, each in its own linkage decision
            _ => "Mr. ",
        };
        _text = BenchmarkCorpus.Adversarial(unit, 100_000);
        _ordinary = string.Join(' ', BenchmarkCorpus.Posts(20, 5000, seed: 3));
    }

    [Benchmark]
    public ScreeningResult Adversarial100KB() => _screener.Screen(_text);

    [Benchmark(Baseline = true)]
    public ScreeningResult Ordinary100KB() => _screener.Screen(_ordinary);
}
