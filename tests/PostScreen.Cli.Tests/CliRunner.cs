using System.Text;

namespace PostScreen.Cli.Tests;

/// <summary>Runs the CLI in-process in a temporary folder, as a user would run it there.</summary>
internal sealed class CliRunner : IDisposable
{
    private static readonly object CurrentDirectoryLock = new();

    public CliRunner() => Root = Directory.CreateTempSubdirectory("postscreen-").FullName;

    public string Root { get; }

    /// <summary>
    /// Turns the post-level detectors off in this folder (<c>postscreen.json</c>), for tests of the
    /// CLI's mechanics whose fixtures are patient stories: they pin what the identifiers alone report.
    /// </summary>
    public CliRunner PhiOnly()
    {
        Write("postscreen.json", "{ \"enablePostLevelDetectors\": false }");
        return this;
    }

    public string Write(string relative, string content)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>The non-empty lines of a command's output.</summary>
    public static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public (int Exit, string Stdout, string Stderr) Run(params string[] args) => RunWithInput(string.Empty, args);

    public (int Exit, string Stdout, string Stderr) RunWithInput(string stdin, params string[] args)
    {
        // Paths are reported relative to the current folder, which is process-wide.
        lock (CurrentDirectoryLock)
        {
            var previous = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(Root);
            try
            {
                var output = new StringWriter();
                var error = new StringWriter();
                var exit = CliApp.Run(args, new MemoryStream(Encoding.UTF8.GetBytes(stdin)), output, error);
                return (exit, output.ToString(), error.ToString());
            }
            finally
            {
                Directory.SetCurrentDirectory(previous);
            }
        }
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
