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
    private static readonly string[] SkippedFolders = ["node_modules", "bin", "obj", ".git"];

    public static Command Create(ConsoleIo io)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders, or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var inputFormat = new Option<string>("--input-format") { Description = "text (default) or jsonl: one {\"id\",\"text\"} per line.", DefaultValueFactory = _ => "text" };
        inputFormat.AcceptOnlyFromAmong("text", "jsonl");
        var format = new Option<string?>("--format") { Description = "text, json or jsonl (jsonl is the default for jsonl input)." };
        format.AcceptOnlyFromAmong("text", "json", "jsonl");
        var failLevel = new Option<string>("--fail-level") { Description = "Lowest severity that makes the exit code 1: error (default), warning or info.", DefaultValueFactory = _ => "error" };
        failLevel.AcceptOnlyFromAmong("error", "warning", "info");
        var screenerOptions = new ScreenerOptions();
        var command = new Command("check", "Screen posts and report diagnostics.") { paths, inputFormat, format, failLevel };
        screenerOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var screener = screenerOptions.Build(parse);
            Severities.TryParseFailLevel(parse.GetValue(failLevel)!, out var fail);
            var inputs = parse.GetValue(paths)!;
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

                return RunBatch(io, screener, inputs[0], fail);
            }

            return RunFiles(io, screener, inputs, output, fail);
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

    private static int RunFiles(ConsoleIo io, PostScreener screener, string[] inputs, string format, DiagnosticSeverity fail)
    {
        var inputError = false;
        var files = new List<(string Display, string? Path)>();
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                files.Add(("-", null));
            }
            else if (Directory.Exists(input))
            {
                files.AddRange(Walk(input).Select(f => (Relative(f), (string?)f)));
            }
            else if (File.Exists(input))
            {
                files.Add((Relative(input), input));
            }
            else
            {
                io.Stderr.WriteLine($"postscreen: '{input}' does not exist");
                inputError = true;
            }
        }

        var reports = new FileReport[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (display, path) = files[i];
            reports[i] = Screen(screener, display, path, io.Stdin);
        });

        var ordered = reports.OrderBy(r => r.Path, StringComparer.Ordinal).ToArray();
        switch (format)
        {
            case "json":
                JsonReport.Write(io.Stdout, ordered);
                break;
            case "jsonl":
                var writer = new JsonlBatchWriter(io.Stdout);
                foreach (var report in ordered.Where(r => r.Result is not null))
                {
                    writer.WriteResult(report.Path, report.Result!);
                }

                break;
            default:
                TextReport.Write(io.Stdout, ordered);
                break;
        }

        io.Stdout.Flush();
        if (inputError || ordered.Any(r => r.Skipped is not null && r.Unreadable))
        {
            return CliApp.ExitError;
        }

        return ordered.Any(r => r.Result is not null && r.Result.Diagnostics.Any(d => d.Severity >= fail && d.Severity != DiagnosticSeverity.Hidden))
            ? CliApp.ExitFindings
            : CliApp.ExitClean;
    }

    private static FileReport Screen(PostScreener screener, string display, string? path, Stream stdin)
    {
        byte[] bytes;
        try
        {
            if (path is null)
            {
                using var memory = new MemoryStream();
                stdin.CopyTo(memory);
                bytes = memory.ToArray();
            }
            else
            {
                bytes = File.ReadAllBytes(path);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new FileReport(display, null, null, $"unreadable: {Reason(ex)}", Unreadable: true);
        }

        if (TextDecoding.TryDecode(bytes, out var text, out var why))
        {
            return new FileReport(display, text, screener.Screen(text), null, Unreadable: false);
        }

        return new FileReport(display, null, null, why, Unreadable: false);
    }

    private static IEnumerable<string> Walk(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        foreach (var file in Directory.EnumerateFiles(folder, "*", options))
        {
            if (DefaultExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
            {
                yield return file;
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(folder, "*", options))
        {
            if (!SkippedFolders.Contains(Path.GetFileName(sub), StringComparer.Ordinal))
            {
                foreach (var file in Walk(sub))
                {
                    yield return file;
                }
            }
        }
    }

    private static string Relative(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.Replace('\\', '/');
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

/// <summary>The outcome for one input file: a result, or why it was skipped (PS0001).</summary>
internal sealed record FileReport(string Path, string? Text, ScreeningResult? Result, string? Skipped, bool Unreadable);

/// <summary>Strict UTF-8 decoding with binary detection.</summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryDecode(byte[] bytes, out string text, out string why)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        if (span[..Math.Min(span.Length, 8192)].Contains((byte)0))
        {
            text = string.Empty;
            why = "skipped: binary file (contains NUL bytes)";
            return false;
        }

        try
        {
            text = Strict.GetString(span);
            why = string.Empty;
            return true;
        }
        catch (DecoderFallbackException ex)
        {
            text = string.Empty;
            why = $"skipped: not valid UTF-8 (invalid byte at offset {ex.Index})";
            return false;
        }
    }
}
