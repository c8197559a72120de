using PostScreen.Cli.Commands;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PostScreen.Cli.Output;

/// <summary>The <c>--format json</c> report: one object per file with positions as line and column.</summary>
internal static class JsonReport
{
    public static void Write(TextWriter output, IReadOnlyList<FileReport> reports)
    {
        var files = reports.Select(ToJson).ToArray();
        var options = new JsonSerializerOptions(ReportJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var context = new ReportJsonContext(options);
        output.WriteLine(JsonSerializer.Serialize(new JsonReportRoot("PostScreen", files), context.JsonReportRoot));
    }

    private static JsonFile ToJson(FileReport report)
    {
        if (report.Skipped is not null)
        {
            return new JsonFile(report.Path, null, null, [], report.Skipped);
        }

        var positions = new TextPosition(report.Text!);
        var diagnostics = report.Diagnostics
            .Where(d => d.Severity != DiagnosticSeverity.Hidden)
            .Select(d =>
            {
                var (line, column) = positions.Of(d.Span.Start);
                return new JsonDiagnostic(d.Id, d.Category, Severities.Json(d.Severity), d.Entity, d.Span.Start, d.Span.Length, line, column,
                    d.Message, Math.Round(d.Confidence, 2), d.Descriptor.HelpLinkUri, Evidence(d));
            })
            .ToArray();
        return new JsonFile(report.Path, Severities.Verdict(report.Verdict), report.Score, diagnostics, null);
    }

    /// <summary>
    /// Why a post-level finding fired: its cue phrase, top features, probability and, for PS1100,
    /// the details that combine. Only these keys: none of them carries an identifier.
    /// </summary>
    private static SortedDictionary<string, string>? Evidence(Diagnostic d)
    {
        SortedDictionary<string, string>? evidence = null;
        foreach (var key in EvidenceKeys)
        {
            if (d.Properties.TryGetValue(key, out var value))
            {
                (evidence ??= new SortedDictionary<string, string>(StringComparer.Ordinal))[key] = value;
            }
        }

        return evidence;
    }

    private static readonly string[] EvidenceKeys = ["cue", "details", "features", "probability"];
}

internal sealed record JsonReportRoot(string Tool, JsonFile[] Files);

internal sealed record JsonFile(string Path, string? Verdict, int? Score, JsonDiagnostic[] Diagnostics, string? Skipped);

internal sealed record JsonDiagnostic(
    string Id, string Category, string Severity, string? Entity, int Start, int Length, int Line, int Column, string Message, double Confidence, string HelpUri,
    SortedDictionary<string, string>? Evidence);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JsonReportRoot))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
