using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(PostScreen.Benchmarks.ScreenBenchmarks).Assembly).Run(args);
