using BenchmarkDotNet.Running;

if (args is ["--ratio"])
{
    PostScreen.Benchmarks.InterleavedRatio.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(PostScreen.Benchmarks.ScreenBenchmarks).Assembly).Run(args);
