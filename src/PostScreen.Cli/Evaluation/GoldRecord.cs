using System.Text.Json.Serialization;

namespace PostScreen.Cli.Evaluation;

/// <summary>One labelled post: <c>{"id","source","text","spans":[{"start","end","label"}],"labels":{...},"split"}</c>.</summary>
internal sealed record GoldRecord(
    string Id,
    string? Source,
    string Text,
    GoldSpan[]? Spans,
    Dictionary<string, bool>? Labels,
    string? Split);

/// <summary>A gold span: offsets in UTF-16 code units, end exclusive.</summary>
internal sealed record GoldSpan(int Start, int End, string Label);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(GoldRecord))]
internal sealed partial class GoldJsonContext : JsonSerializerContext;
