using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PostScreen.Cli.Output;

/// <summary>
/// Writes the batch contract of DESIGN.md, one JSON object per input line:
/// <c>{"id","verdict","score","diagnostics":[{"id","category","severity","entity","start","length","message","confidence"}]}</c>,
/// or <c>{"id","line","error":{"id":"PS0003","message"}}</c> for a bad line. Hidden diagnostics are not written.
/// </summary>
internal sealed class JsonlBatchWriter(TextWriter output)
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };
    private readonly ArrayBufferWriterHolder _buffer = new();

    public void WriteResult(string id, ScreeningResult result) => WriteResult(id, result.Verdict, result.Score, result.Diagnostics);

    public void WriteResult(string id, Verdict verdict, int score, IEnumerable<Diagnostic> diagnostics)
    {
        using var writer = _buffer.Start(Options);
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("verdict", Severities.Verdict(verdict));
        writer.WriteNumber("score", score);
        writer.WriteStartArray("diagnostics");
        foreach (var d in diagnostics)
        {
            if (d.Severity == DiagnosticSeverity.Hidden)
            {
                continue;
            }

            writer.WriteStartObject();
            writer.WriteString("id", d.Id);
            writer.WriteString("category", d.Category);
            writer.WriteString("severity", Severities.Json(d.Severity));
            if (d.Entity is { } entity)
            {
                writer.WriteString("entity", entity);
            }

            writer.WriteNumber("start", d.Span.Start);
            writer.WriteNumber("length", d.Span.Length);
            writer.WriteString("message", d.Message);
            writer.WritePropertyName("confidence");
            writer.WriteRawValue(Math.Round(d.Confidence, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        output.WriteLine(_buffer.Text());
    }

    public void WriteError(string? id, int line, string message)
    {
        using var writer = _buffer.Start(Options);
        writer.WriteStartObject();
        if (id is null)
        {
            writer.WriteNull("id");
        }
        else
        {
            writer.WriteString("id", id);
        }

        writer.WriteNumber("line", line);
        writer.WriteStartObject("error");
        writer.WriteString("id", Descriptors.MalformedRecord.Id);
        writer.WriteString("message", message);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.Flush();
        output.WriteLine(_buffer.Text());
    }

    /// <summary>One reusable buffer for all lines, so writing a line allocates only its string.</summary>
    private sealed class ArrayBufferWriterHolder
    {
        private readonly System.Buffers.ArrayBufferWriter<byte> _bytes = new(4096);

        public Utf8JsonWriter Start(JsonWriterOptions options)
        {
            _bytes.ResetWrittenCount();
            return new Utf8JsonWriter(_bytes, options);
        }

        public string Text() => System.Text.Encoding.UTF8.GetString(_bytes.WrittenSpan);
    }
}
