using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace PostScreen.Benchmarks;

/// <summary>
/// <c>Screen</c> over every distinct post of the repo's labelled post corpus
/// (<c>tests/corpus/post-posts.jsonl</c>, written by its generator: about 8,800 posts of 91 UTF-8 bytes),
/// each post screened once per pass. The generated pools of <see cref="ScreenBenchmarks"/> repeat 256
/// posts built from twenty sentences, which the branch predictor and the caches learn by heart
/// (the same 256 corpus posts screened over and over run about 1.5 times as fast as all of them in
/// turn); distinct posts are what a batch of real drafts looks like, so this is the throughput to quote.
/// </summary>
[MemoryDiagnoser]
public class CorpusBenchmarks
{
    private const int PostsPerInvoke = 4096;
    private readonly PostScreener _screener = PostScreener.CreateBuilder().DisablePostLevelDetectors().Build();
    private readonly PostScreener _allDetectors = PostScreener.CreateBuilder().EnablePostLevelDetectors().Build();
    private string[] _posts = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _posts = LoadPosts();
        Console.WriteLine($"// corpus: {_posts.Length} posts, {BenchmarkCorpus.MeanBytes(_posts):F1} UTF-8 bytes per post on average");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = PostsPerInvoke)]
    public int CorpusPost() => ScreenNext(_screener);

    [Benchmark(OperationsPerInvoke = PostsPerInvoke)]
    public int CorpusPostAllDetectors() => ScreenNext(_allDetectors);

    private int ScreenNext(PostScreener screener)
    {
        var findings = 0;
        for (var k = 0; k < PostsPerInvoke; k++)
        {
            findings += screener.Screen(_posts[_next]).Diagnostics.Length;
            _next = _next + 1 == _posts.Length ? 0 : _next + 1;
        }

        return findings;
    }

    /// <summary>The text of every post of the labelled post corpus, in file order.</summary>
    internal static string[] LoadPosts() =>
        [.. File.ReadLines(CorpusPath()).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? "")];

    // BenchmarkDotNet runs the benchmark from a project it generates under bin/: the corpus is found
    // by walking up to the repository root.
    private static string CorpusPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "tests", "corpus", "post-posts.jsonl");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("tests/corpus/post-posts.jsonl was not found above " + AppContext.BaseDirectory);
    }
}
