using System.Text.Json;
using System.Text.Json.Serialization;

namespace PostScreen.Cli.Configuration;

/// <summary>
/// The CLI's configuration file (<c>--config FILE</c>, or <c>postscreen.json</c> in the current
/// folder): the deny lists, allow lists and identifier patterns a library user would pass to
/// <see cref="PostScreenerBuilder"/>, so CI users get them too.
/// </summary>
/// <example>
/// <code>
/// {
///   "denyList": { "NAME": ["Jolene Whitfield"] },
///   "allowList": ["Dr. Chen", "(617) 555-0100"],
///   "patterns": [ { "entity": "MRN", "pattern": "\\bH-\\d{6}\\b", "confidence": 0.95 } ],
///   "enablePostLevelDetectors": true
/// }
/// </code>
/// <c>enablePostLevelDetectors</c>: <c>true</c> turns on every post-level detector (PS2002 too),
/// <c>false</c> turns them all off (PHI identifiers only); absent, each keeps its default.
/// </example>
internal sealed record ConfigFile(
    Dictionary<string, string[]>? DenyList,
    string[]? AllowList,
    PatternEntry[]? Patterns,
    bool? EnablePostLevelDetectors = null)
{
    public const string DefaultName = "postscreen.json";

    public static ConfigFile? Load(string? explicitPath)
    {
        var path = explicitPath ?? (File.Exists(DefaultName) ? DefaultName : null);
        if (path is null)
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new CliUsageException($"configuration file '{path}' does not exist");
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), ConfigJsonContext.Default.ConfigFile)
                ?? throw new CliUsageException($"configuration file '{path}' is empty");
        }
        catch (JsonException ex)
        {
            throw new CliUsageException($"configuration file '{path}' is not valid: {ex.Message}");
        }
    }

    /// <summary>Applies the file to a builder; unknown entities and invalid patterns are usage errors.</summary>
    public void ApplyTo(PostScreenerBuilder builder)
    {
        foreach (var (entity, values) in DenyList ?? [])
        {
            builder.AddDenyList(Entity(entity), values);
        }

        if (AllowList is { Length: > 0 })
        {
            builder.AddAllowList(AllowList);
        }

        foreach (var pattern in Patterns ?? [])
        {
            try
            {
                builder.AddPattern(Entity(pattern.Entity), pattern.Pattern, pattern.Confidence ?? 0.9);
            }
            catch (ArgumentException ex)
            {
                throw new CliUsageException($"pattern for {pattern.Entity} is not valid: {ex.Message}");
            }
        }

        if (EnablePostLevelDetectors == true)
        {
            builder.EnablePostLevelDetectors();
        }
        else if (EnablePostLevelDetectors == false)
        {
            builder.DisablePostLevelDetectors();
        }
    }

    private static EntityKind Entity(string name) =>
        EntityKinds.TryParse(name, out var kind)
            ? kind
            : throw new CliUsageException($"unknown entity '{name}' in the configuration file (expected one of {string.Join(", ", EntityKinds.All.Select(k => k.ToEntityName()))})");
}

/// <summary>A custom identifier format.</summary>
internal sealed record PatternEntry(string Entity, string Pattern, double? Confidence);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(ConfigFile))]
internal sealed partial class ConfigJsonContext : JsonSerializerContext;
