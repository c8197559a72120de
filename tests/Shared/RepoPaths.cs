namespace PostScreen.Testing;

/// <summary>
/// Finds the repository root (the folder with PostScreen.sln) from the test's output folder. One file,
/// compiled into each test project that reads the repository's own files.
/// </summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PostScreen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PostScreen.sln not found above " + AppContext.BaseDirectory);
    }
}
