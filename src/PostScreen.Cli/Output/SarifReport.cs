using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PostScreen.Cli.Commands;

namespace PostScreen.Cli.Output;

/// <summary>
/// SARIF 2.1.0 for code scanning: one run, <c>tool.driver.rules</c> with each rule's guidance and
/// help URI, results with rule, level, region (line, column, char offset and length, in UTF-16
/// code units), partial fingerprints, and suppressed results marked as suppressed in source.
/// </summary>
/// <remarks>
/// Fingerprints are built from the rule, the path, the shape of the line around the finding
/// (letters, digits and the finding itself flattened) and the occurrence number, never from the
/// identifier: a short identifier's hash is easily reversed.
/// </remarks>
internal static class SarifReport
{
    public static void Write(TextWriter output, IReadOnlyList<FileReport> reports)
    {
        var rules = Descriptors.All.ToList();
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var report in reports)
            {
                WriteResults(json, report, ruleIndex);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteTool(Utf8JsonWriter json, List<DiagnosticDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "PostScreen");
        json.WriteString("informationUri", "https://github.com/postscreen/postscreen");
        json.WriteString("semanticVersion", typeof(PostScreener).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", Pascal(rule.Title));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", rule.Guidance);
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpLinkUri);
            json.WriteStartObject("help");
            json.WriteString("text", $"{rule.Title}. Guidance: {rule.Guidance.TrimEnd('.')}. See {rule.HelpLinkUri}");
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResults(Utf8JsonWriter json, FileReport report, Dictionary<string, int> ruleIndex)
    {
        if (report.Skipped is not null)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", Descriptors.FileSkipped.Id);
            json.WriteNumber("ruleIndex", ruleIndex[Descriptors.FileSkipped.Id]);
            json.WriteString("level", "warning");
            json.WriteStartObject("message");
            json.WriteString("text", report.Skipped);
            json.WriteEndObject();
            WriteLocation(json, report.Path, null, default);
            json.WriteEndObject();
            return;
        }

        var text = report.Text!;
        var positions = new TextPosition(text);
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var all = report.Diagnostics.Select(d => (Diagnostic: d, By: (Suppressions.Directive?)null))
            .Concat(report.Suppressed.Select(s => (s.Diagnostic, By: (Suppressions.Directive?)s.By)))
            .Where(p => p.Diagnostic.Severity != DiagnosticSeverity.Hidden)
            .OrderBy(p => p.Diagnostic.Span.Start).ThenBy(p => p.Diagnostic.Span.Length).ThenBy(p => p.Diagnostic.Id, StringComparer.Ordinal);
        foreach (var (d, by) in all)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", d.Id);
            if (ruleIndex.TryGetValue(d.Id, out var index))
            {
                json.WriteNumber("ruleIndex", index);
            }

            json.WriteString("level", Level(d.Severity));
            json.WriteStartObject("message");
            json.WriteString("text", d.Message);
            json.WriteEndObject();
            WriteLocation(json, report.Path, positions, d.Span);
            var shape = Shape(text, positions, d.Span);
            var key = d.Id + "\n" + shape;
            occurrences[key] = occurrences.GetValueOrDefault(key) + 1;
            json.WriteStartObject("partialFingerprints");
            json.WriteString("postscreen/v1", Fingerprint(d.Id, report.Path, shape, occurrences[key]));
            json.WriteEndObject();
            if (by is not null)
            {
                json.WriteStartArray("suppressions");
                json.WriteStartObject();
                json.WriteString("kind", "inSource");
                if (by.Justification.Length > 0)
                {
                    json.WriteString("justification", by.Justification);
                }

                json.WriteEndObject();
                json.WriteEndArray();
            }

            if (d.Entity is { } entity)
            {
                json.WriteStartObject("properties");
                json.WriteString("entity", entity);
                json.WriteNumber("confidence", Math.Round(d.Confidence, 2));
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }
    }

    private static void WriteLocation(Utf8JsonWriter json, string path, TextPosition? positions, TextSpan span)
    {
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", path == "-" ? "stdin" : path);
        json.WriteEndObject();
        if (positions is not null)
        {
            var (line, column) = positions.Of(span.Start);
            var (endLine, endColumn) = positions.Of(span.End);
            json.WriteStartObject("region");
            json.WriteNumber("startLine", line);
            json.WriteNumber("startColumn", column);
            json.WriteNumber("endLine", endLine);
            json.WriteNumber("endColumn", endColumn);
            json.WriteNumber("charOffset", span.Start);
            json.WriteNumber("charLength", span.Length);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    /// <summary>The finding's line with the finding removed and letters and digits flattened.</summary>
    private static string Shape(string text, TextPosition positions, TextSpan span)
    {
        var (line, _) = positions.Of(span.Start);
        var start = positions.LineStart(line);
        var end = text.IndexOf('\n', start);
        end = end < 0 ? text.Length : end;
        var builder = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            if (i >= span.Start && i < span.End)
            {
                if (i == span.Start)
                {
                    builder.Append('#');
                }

                continue;
            }

            var c = text[i];
            builder.Append(char.IsLetter(c) ? 'a' : char.IsDigit(c) ? '0' : char.IsWhiteSpace(c) ? ' ' : c);
        }

        return builder.ToString();
    }

    private static string Fingerprint(string rule, string path, string shape, int occurrence) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{rule}\n{path}\n{shape}\n{occurrence}")))[..32];

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    private static string Pascal(string title) =>
        string.Concat(title.Split(' ', '-').Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
