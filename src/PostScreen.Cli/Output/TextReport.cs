using PostScreen.Cli.Commands;

namespace PostScreen.Cli.Output;

/// <summary>
/// Human-readable output: <c>path:line:col: severity ID: message</c>, a masked excerpt with a
/// caret, and a summary with counts per ID. Warnings and errors are shown; Info findings are
/// counted. Colour only on a terminal.
/// </summary>
internal static class TextReport
{
    public static void Write(TextWriter output, IReadOnlyList<FileReport> reports, bool color = false)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int errors = 0, warnings = 0, infos = 0, suppressed = 0, filesWithFindings = 0;
        foreach (var report in reports)
        {
            if (report.Skipped is not null)
            {
                output.WriteLine($"{report.Path}: {Paint("warning", color)} {Descriptors.FileSkipped.Id}: {report.Skipped}");
                warnings++;
                continue;
            }

            var text = report.Text!;
            var positions = new TextPosition(text);
            var masked = MaskedText.Create(text, report.Diagnostics);
            var shown = false;
            suppressed += report.Suppressed.Count;
            foreach (var d in report.Diagnostics)
            {
                if (d.Severity <= DiagnosticSeverity.Info)
                {
                    infos += d.Severity == DiagnosticSeverity.Info ? 1 : 0;
                    continue;
                }

                shown = true;
                errors += d.Severity == DiagnosticSeverity.Error ? 1 : 0;
                warnings += d.Severity == DiagnosticSeverity.Warning ? 1 : 0;
                counts[d.Id] = counts.GetValueOrDefault(d.Id) + 1;
                var (line, column) = positions.Of(d.Span.Start);
                output.WriteLine($"{report.Path}:{line}:{column}: {Paint(Severities.Json(d.Severity), color)} {d.Id}: {d.Message}");
                WriteExcerpt(output, masked, positions.LineStart(line), column, d.Span.Length);
            }

            filesWithFindings += shown ? 1 : 0;
        }

        var perId = string.Join(", ", counts.Select(c => $"{c.Key} x{c.Value}"));
        output.WriteLine(
            $"{errors} error(s), {warnings} warning(s) in {filesWithFindings} of {reports.Count} file(s)" +
            (perId.Length > 0 ? $" [{perId}]" : string.Empty) +
            (infos > 0 ? $"; {infos} info finding(s) not shown" : string.Empty) +
            (suppressed > 0 ? $"; {suppressed} suppressed" : string.Empty));
    }

    private static string Paint(string severity, bool color) => !color ? severity : severity switch
    {
        "error" => "\u001b[31merror\u001b[0m",
        "warning" => "\u001b[33mwarning\u001b[0m",
        _ => severity,
    };

    private static void WriteExcerpt(TextWriter output, string masked, int lineStart, int column, int length)
    {
        var lineEnd = masked.IndexOf('\n', lineStart);
        if (lineEnd < 0)
        {
            lineEnd = masked.Length;
        }

        var line = masked[lineStart..lineEnd].TrimEnd('\r');
        const int Width = 120;
        var from = Math.Max(0, column - 1 - Width / 2);
        var excerpt = line.Length - from > Width ? line.Substring(from, Width) : line[from..];
        var caretStart = column - 1 - from;
        var caretLength = Math.Max(1, Math.Min(length, excerpt.Length - caretStart));
        output.WriteLine("    " + excerpt.Replace('\t', ' '));
        output.WriteLine("    " + new string(' ', Math.Max(0, caretStart)) + new string('^', caretLength));
    }
}
