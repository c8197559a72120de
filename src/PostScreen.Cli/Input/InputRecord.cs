using System.Text;
using System.Text.Json;

namespace PostScreen.Cli.Input;

/// <summary>One batch input line: <c>{"id": "...", "text": "..."}</c>, or why it is not one.</summary>
internal readonly record struct InputRecord(string? Id, string? Text, string? Error)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public bool IsValid => Error is null;

    /// <summary>Parses one line. Unknown fields are ignored; the id and text must be strings.</summary>
    public static InputRecord Parse(byte[] line)
    {
        try
        {
            StrictUtf8.GetCharCount(line);
        }
        catch (DecoderFallbackException)
        {
            return new InputRecord(null, null, "the line is not valid UTF-8");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            return new InputRecord(null, null, $"the line is not valid JSON ({FirstSentence(ex.Message)})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new InputRecord(null, null, $"expected a JSON object, found {Describe(root.ValueKind)}");
            }

            string? id = null;
            if (root.TryGetProperty("id", out var idElement))
            {
                id = idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : null;
                if (id is null)
                {
                    return new InputRecord(null, null, $"\"id\" must be a string, found {Describe(idElement.ValueKind)}");
                }
            }
            else
            {
                return new InputRecord(null, null, "the object has no \"id\"");
            }

            if (!root.TryGetProperty("text", out var textElement))
            {
                return new InputRecord(id, null, "the object has no \"text\"");
            }

            if (textElement.ValueKind != JsonValueKind.String)
            {
                return new InputRecord(id, null, $"\"text\" must be a string, found {Describe(textElement.ValueKind)}");
            }

            return new InputRecord(id, textElement.GetString() ?? string.Empty, null);
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        JsonValueKind.String => "a string",
        JsonValueKind.Object => "an object",
        _ => "nothing",
    };

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }
}
