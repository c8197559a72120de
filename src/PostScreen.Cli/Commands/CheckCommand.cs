using System.CommandLine;
using System.Text;
using PostScreen.Cli.Input;
using PostScreen.Cli.Output;

namespace PostScreen.Cli.Commands;

/// <summary>
/// <c>postscreen check PATHS...</c>: screens files, folders or standard input (<c>-</c>); with
/// <c>--input-format jsonl</c> it runs the batch contract.
/// </summary>
internal static class CheckCommand
{
    private static readonly string[] DefaultExtensions = [".md", ".markdown", ".txt"];

    public static Command Create(ConsoleIo io)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders, globs, or - for standard input.", Arity = ArgumentArity.ZeroOrMore };
        var inputFormat = new Option<string>("--input-format") { Description = "text (default) or jsonl: one {\"id\",\"text\"} per line.", DefaultValueFactory = _ => "text" };
        inputFormat.AcceptOnlyFromAmong("text", "jsonl");
        var format = new Option<string?>("--format") { Description = "text, json, jsonl, sarif or github (jsonl is the default for jsonl input)." };
        format.AcceptOnlyFromAmong("text", "json", "jsonl", "sarif", "github");
        var failLevel = new Option<string>("--fail-level") { Description = "Lowest severity that makes the exit code 1: error (default), warning or info.", DefaultValueFactory = _ => "error" };
        failLevel.AcceptOnlyFromAmong("error", "warning", "info");
        var files = new FileOptions();
        var screenerOptions = new ScreenerOptions();
        var command = new Command("check", "Screen posts and report diagnostics.") { paths, inputFormat, format, failLevel };
        files.AddTo(command);
        screenerOptions.AddTo(command);
        command.SetAction(parse =>
        {
            Severities.TryParseFailLevel(parse.GetValue(failLevel)!, out var fail);
            var inputs = files.Inputs(parse, parse.GetValue(paths)!, io);
            var input = parse.GetValue(inputFormat);
            var output = parse.GetValue(format) ?? (input == "jsonl" ? "jsonl" : "text");
            if (input == "jsonl")
            {
                if (inputs.Length != 1)
                {
                    throw new CliUsageException("--input-format jsonl takes exactly one FILE or - (standard input)");
                }

                if (output != "jsonl")
                {
                    throw new CliUsageException("--input-format jsonl writes --format jsonl only");
                }

                return RunBatch(io, screenerOptions.Build(parse), inputs[0], fail);
            }

            screenerOptions.CreateBuilder(parse); // reads and validates the configuration file before any file is screened
            var screening = new FileScreening(() => screenerOptions.CreateBuilder(parse), files.IncludeCode(parse));
            var progress = ReferenceEquals(io.Stderr, Console.Error) && !Console.IsErrorRedirected;
            return RunFiles(io, screening, files.CreateFileSet(parse, DefaultExtensions), inputs, output, fail, progress);
        });
        return command;
    }

    private static int RunBatch(ConsoleIo io, PostScreener screener, string path, DiagnosticSeverity fail)
    {
        Stream stream;
        try
        {
            stream = path == "-" ? io.Stdin : File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliUsageException($"cannot read '{path}': {Reason(ex)}");
        }

        var writer = new JsonlBatchWriter(io.Stdout);
        var badLines = 0;
        var findings = false;
        using (stream)
        {
            foreach (var (lineNumber, bytes) in LineReader.ReadLines(stream))
            {
                if (IsBlank(bytes))
                {
                    continue;
                }

                var record = InputRecord.Parse(bytes);
                if (!record.IsValid)
                {
                    badLines++;
                    writer.WriteError(record.Id, lineNumber, record.Error!);
                    continue;
                }

                var result = screener.Screen(record.Text);
                findings |= result.Diagnostics.Any(d => d.Severity >= fail && d.Severity != DiagnosticSeverity.Hidden);
                writer.WriteResult(record.Id!, result);
            }
        }

        io.Stdout.Flush();
        if (badLines > 0)
        {
            io.Stderr.WriteLine($"postscreen: {badLines} malformed input line(s) (PS0003); see the error records in the output");
            return CliApp.ExitError;
        }

        return findings ? CliApp.ExitFindings : CliApp.ExitClean;
    }

    private static int RunFiles(ConsoleIo io, FileScreening screening, FileSet fileSet, string[] inputs, string format, DiagnosticSeverity fail, bool progress)
    {
        var (files, missing) = fileSet.Expand(inputs);
        foreach (var input in missing)
        {
            io.Stderr.WriteLine($"postscreen: '{input}' does not exist");
        }

        var reports = new FileReport[files.Count];
        var done = 0;
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            reports[i] = screening.Screen(files[i], io.Stdin);
            var n = Interlocked.Increment(ref done);
            if (progress && (n % 50 == 0 || n == files.Count))
            {
                lock (io.Stderr)
                {
                    io.Stderr.Write($"\rscreened {n}/{files.Count} files");
                    if (n == files.Count)
                    {
                        io.Stderr.WriteLine();
                    }
                }
            }
        });

        switch (format)
        {
            case "json":
                JsonReport.Write(io.Stdout, reports);
                break;
            case "jsonl":
                var writer = new JsonlBatchWriter(io.Stdout);
                foreach (var report in reports.Where(r => r.Skipped is null))
                {
                    writer.WriteResult(report.Path, report.Verdict, report.Score, report.Diagnostics);
                }

                break;
            case "sarif":
                SarifReport.Write(io.Stdout, reports);
                break;
            case "github":
                GitHubReport.Write(io.Stdout, reports);
                break;
            default:
                TextReport.Write(io.Stdout, reports, color: !Console.IsOutputRedirected && ReferenceEquals(io.Stdout, Console.Out) && Environment.GetEnvironmentVariable("NO_COLOR") is null);
                break;
        }

        io.Stdout.Flush();
        if (missing.Count > 0 || reports.Any(r => r.Unreadable))
        {
            return CliApp.ExitError;
        }

        return reports.Any(r => r.Reaches(fail)) ? CliApp.ExitFindings : CliApp.ExitClean;
    }

    private static bool IsBlank(byte[] bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }

    private static string Reason(Exception ex) => ex switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException => "permission denied",
        _ => ex.Message,
    };
}
