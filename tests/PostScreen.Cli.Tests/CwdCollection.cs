namespace PostScreen.Cli.Tests;

/// <summary>Tests that change the process's current folder run one at a time.</summary>
[CollectionDefinition("cwd", DisableParallelization = true)]
public sealed class CwdCollection;
