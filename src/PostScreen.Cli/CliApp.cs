using System.CommandLine;
using PostScreen.Cli.Commands;

namespace PostScreen.Cli;

/// <summary>
/// The <c>postscreen</c> command line. Exit codes: 0 nothing at the fail level, 1 findings at or
/// above it, 2 usage or input errors.
/// </summary>
internal static class CliApp
{
    public const int ExitClean = 0;
    public const int ExitFindings = 1;
    public const int ExitError = 2;

    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        var io = new ConsoleIo(stdin, stdout, stderr);
        var root = new RootCommand("Screens draft social-media posts for PHI and professionalism issues before they are published.")
        {
            CheckCommand.Create(io),
            FixCommand.Create(io),
            EvalCommand.Create(io),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"postscreen: {error.Message}");
            }

            stderr.WriteLine("Run 'postscreen --help' for usage.");
            return ExitError;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (CliUsageException ex)
        {
            stderr.WriteLine($"postscreen: {ex.Message}");
            return ExitError;
        }
        catch (AggregateException ex) when (ex.InnerExceptions.FirstOrDefault() is CliUsageException usage)
        {
            stderr.WriteLine($"postscreen: {usage.Message}"); // raised inside parallel screening
            return ExitError;
        }
    }
}

/// <summary>The streams a command reads and writes; tests pass their own.</summary>
internal sealed record ConsoleIo(Stream Stdin, TextWriter Stdout, TextWriter Stderr);

/// <summary>A usage or input error with a message for the user; exit code 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
