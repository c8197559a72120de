using System.CommandLine;
using System.Text;
using PostScreen.Cli.Input;
using PostScreen.Cli.Output;

namespace PostScreen.Cli.Commands;

/// <summary>
/// <c>postscreen fix PATHS...</c>: applies the first fix of every patient-linked finding (redact;
/// generalize dates, ages and ZIP codes) at or above <c>--min-severity</c>. Files are replaced
/// atomically (written beside, then renamed) with their BOM and line endings kept;
/// <c>--dry-run</c> prints a unified diff instead, with identifiers masked unless
/// <c>--show-values</c>.
/// </summary>
internal static class FixCommand
{
    private static readonly string[] DefaultExtensions = [".md", ".markdown", ".txt"];
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create(ConsoleIo io)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders or globs to fix in place.", Arity = ArgumentArity.ZeroOrMore };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print a unified diff of the fixes; change nothing." };
        var minimum = new Option<string>("--min-severity") { Description = "Fix findings at or above: warning (default), error or info.", DefaultValueFactory = _ => "warning" };
        minimum.AcceptOnlyFromAmong("error", "warning", "info");
        var files = new FileOptions();
        var screenerOptions = new ScreenerOptions();
        var command = new Command("fix", "Apply fixes (redact, generalize) to files.") { paths, dryRun, minimum };
        files.AddTo(command);
        screenerOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var inputs = files.Inputs(parse, parse.GetValue(paths)!, io);
            if (inputs.Contains("-"))
            {
                throw new CliUsageException("fix changes files in place; it does not read standard input (use check --format json for that)");
            }

            Severities.TryParseFailLevel(parse.GetValue(minimum)!, out var level);
            screenerOptions.CreateBuilder(parse); // reads and validates the configuration file before any file is screened
            var screening = new FileScreening(() => screenerOptions.CreateBuilder(parse), files.IncludeCode(parse));
            var (found, missing) = files.CreateFileSet(parse, DefaultExtensions).Expand(inputs);
            foreach (var input in missing)
            {
                io.Stderr.WriteLine($"postscreen: '{input}' does not exist");
            }

            var showValues = parse.GetValue(screenerOptions.ShowValues);
            var changedFiles = 0;
            var applied = 0;
            var error = missing.Count > 0;
            foreach (var file in found)
            {
                var report = screening.Screen(file, io.Stdin);
                if (report.Skipped is not null)
                {
                    io.Stderr.WriteLine($"{report.Path}: {Descriptors.FileSkipped.Id}: {report.Skipped}");
                    error |= report.Unreadable;
                    continue;
                }

                var (fixedText, count) = Apply(report.Text!, report.Diagnostics, level);
                if (count == 0)
                {
                    continue;
                }

                changedFiles++;
                applied += count;
                if (parse.GetValue(dryRun))
                {
                    // Masking keeps offsets, so the same fixes applied to the masked text give a masked "after"
                    // (identifiers the fixes leave, such as Info findings, stay masked too).
                    var before = showValues ? report.Text! : MaskedText.Create(report.Text!, report.Diagnostics);
                    var after = showValues ? fixedText : Apply(before, report.Diagnostics, level).Text;
                    UnifiedDiff.Write(io.Stdout, report.Path, before, after);
                }
                else
                {
                    WriteAtomically(file.FullPath!, fixedText, report.HasBom);
                }
            }

            io.Stderr.WriteLine($"postscreen: {(parse.GetValue(dryRun) ? "would apply" : "applied")} {applied} fix(es) in {changedFiles} file(s)");
            return error ? CliApp.ExitError : CliApp.ExitClean;
        });
        return command;
    }

    /// <summary>Applies the first fix of each fixable diagnostic, skipping fixes that overlap an earlier one.</summary>
    internal static (string Text, int Count) Apply(string text, IReadOnlyList<Diagnostic> diagnostics, DiagnosticSeverity minimum)
    {
        var builder = new StringBuilder(text.Length);
        var position = 0;
        var count = 0;
        foreach (var d in diagnostics)
        {
            if (d.Severity < minimum || d.Fixes.IsEmpty || d.Fixes[0].Kind == FixKind.SuggestedReply)
            {
                continue;
            }

            var fix = d.Fixes[0];
            if (fix.Span.Start < position || fix.Span.End > text.Length)
            {
                continue;
            }

            builder.Append(text, position, fix.Span.Start - position).Append(fix.Replacement);
            position = fix.Span.End;
            count++;
        }

        return (builder.Append(text, position, text.Length - position).ToString(), count);
    }

    /// <summary>Writes beside the file, then renames over it, so a crash never leaves half a file.</summary>
    private static void WriteAtomically(string path, string text, bool bom)
    {
        var temp = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.postscreen-{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                if (bom)
                {
                    stream.Write([0xEF, 0xBB, 0xBF]);
                }

                stream.Write(Utf8NoBom.GetBytes(text));
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
