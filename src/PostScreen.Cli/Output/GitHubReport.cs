using PostScreen.Cli.Commands;

namespace PostScreen.Cli.Output;

/// <summary>GitHub Actions workflow commands: <c>::error file=…,line=…,col=…,endColumn=…,title=…::message</c>.</summary>
internal static class GitHubReport
{
    public static void Write(TextWriter output, IReadOnlyList<FileReport> reports)
    {
        foreach (var report in reports)
        {
            if (report.Skipped is not null)
            {
                output.WriteLine($"::warning file={Property(report.Path)},title={Descriptors.FileSkipped.Id}::{Data(report.Skipped)}");
                continue;
            }

            var positions = new TextPosition(report.Text!);
            foreach (var d in report.Diagnostics)
            {
                if (d.Severity == DiagnosticSeverity.Hidden)
                {
                    continue;
                }

                var (line, column) = positions.Of(d.Span.Start);
                var (endLine, endColumn) = positions.Of(d.Span.End);
                var command = d.Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "notice" };
                output.WriteLine(
                    $"::{command} file={Property(report.Path)},line={line},col={column},endLine={endLine},endColumn={endColumn},title={Property(d.Id + " " + d.Descriptor.Title)}::{Data(d.Message)}");
            }
        }
    }

    // Escaping as the Actions toolkit does: data escapes %, CR, LF; properties also ':' and ','.
    private static string Data(string value) => value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string value) => Data(value).Replace(":", "%3A").Replace(",", "%2C");
}
