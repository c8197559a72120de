using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace PostScreen.Cli.Configuration;

/// <summary>
/// Reads diagnostic severities from <c>.editorconfig</c> files as editors and Roslyn do: walking
/// up from each file's folder until a file says <c>root = true</c>, honouring section globs
/// (<c>*</c>, <c>**</c>, <c>?</c>, <c>[...]</c>, <c>{a,b}</c>), nearer files and later sections
/// winning. Keys: <c>dotnet_diagnostic.PS1005.severity</c> and
/// <c>dotnet_analyzer_diagnostic.category-phi.severity</c>.
/// </summary>
internal sealed class EditorConfig
{
    private readonly ConcurrentDictionary<string, ParsedFile?> _files = new(StringComparer.Ordinal);

    /// <summary>The severities that apply to <paramref name="filePath"/>.</summary>
    public SeveritySettings Resolve(string filePath)
    {
        var full = Path.GetFullPath(filePath);
        var chain = new List<ParsedFile>();
        for (var dir = Path.GetDirectoryName(full); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (_files.GetOrAdd(Path.Combine(dir, ".editorconfig"), Load) is { } parsed)
            {
                chain.Add(parsed);
                if (parsed.IsRoot)
                {
                    break;
                }
            }
        }

        var byId = new SortedDictionary<string, ReportDiagnostic>(StringComparer.OrdinalIgnoreCase);
        var byCategory = new SortedDictionary<string, ReportDiagnostic>(StringComparer.OrdinalIgnoreCase);
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var file = chain[i];
            var relative = Path.GetRelativePath(file.Directory, full).Replace('\\', '/');
            foreach (var section in file.Sections)
            {
                if (!section.Glob.IsMatch(relative))
                {
                    continue;
                }

                foreach (var (key, value) in section.Properties)
                {
                    Apply(key, value, byId, byCategory);
                }
            }
        }

        return new SeveritySettings(byId, byCategory);
    }

    private static void Apply(string key, string value, IDictionary<string, ReportDiagnostic> byId, IDictionary<string, ReportDiagnostic> byCategory)
    {
        if (!key.EndsWith(".severity", StringComparison.OrdinalIgnoreCase) || !PostScreen.Configuration.SeverityConfiguration.TryParse(value, out var severity))
        {
            return;
        }

        const string IdPrefix = "dotnet_diagnostic.";
        const string CategoryPrefix = "dotnet_analyzer_diagnostic.category-";
        var name = key[..^".severity".Length];
        if (name.StartsWith(IdPrefix, StringComparison.OrdinalIgnoreCase))
        {
            byId[name[IdPrefix.Length..]] = severity;
        }
        else if (name.StartsWith(CategoryPrefix, StringComparison.OrdinalIgnoreCase))
        {
            byCategory[name[CategoryPrefix.Length..]] = severity;
        }
    }

    private static ParsedFile? Load(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var directory = Path.GetDirectoryName(path)!;
        var sections = new List<Section>();
        var isRoot = false;
        Section? current = null;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[' && line.EndsWith(']'))
            {
                current = new Section(GlobToRegex(line[1..^1]), []);
                sections.Add(current);
                continue;
            }

            var eq = line.IndexOf('=');
            if (eq <= 0)
            {
                continue;
            }

            var key = line[..eq].Trim().ToLowerInvariant();
            var value = line[(eq + 1)..].Trim();
            var comment = value.IndexOfAny(['#', ';']);
            if (comment >= 0)
            {
                value = value[..comment].Trim();
            }

            if (current is null)
            {
                isRoot |= key == "root" && value.Equals("true", StringComparison.OrdinalIgnoreCase);
            }
            else
            {
                current.Properties.Add((key, value));
            }
        }

        return new ParsedFile(directory, isRoot, sections);
    }

    /// <summary>EditorConfig glob to an anchored, non-backtracking regex over '/'-separated relative paths.</summary>
    internal static Regex GlobToRegex(string glob)
    {
        // A glob without '/' matches the file name in any folder.
        var pattern = glob.Contains('/') ? glob.TrimStart('/') : "**/" + glob;
        var regex = new StringBuilder("^");
        var braces = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*':
                    i++;
                    if (i + 1 < pattern.Length && pattern[i + 1] == '/')
                    {
                        i++;
                        regex.Append("(?:.*/)?");
                    }
                    else
                    {
                        regex.Append(".*");
                    }

                    break;
                case '*':
                    regex.Append("[^/]*");
                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '{':
                    braces++;
                    regex.Append("(?:");
                    break;
                case '}' when braces > 0:
                    braces--;
                    regex.Append(')');
                    break;
                case ',' when braces > 0:
                    regex.Append('|');
                    break;
                case '[':
                    var close = pattern.IndexOf(']', i + 1);
                    if (close > i)
                    {
                        var set = pattern[(i + 1)..close];
                        regex.Append('[').Append(set.StartsWith('!') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                        i = close;
                    }
                    else
                    {
                        regex.Append("\\[");
                    }

                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        regex.Append(new string(')', braces)).Append('$');
        return new Regex(regex.ToString(), RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
    }

    private sealed record ParsedFile(string Directory, bool IsRoot, List<Section> Sections);

    private sealed record Section(Regex Glob, List<(string Key, string Value)> Properties);
}

/// <summary>Severities by ID and by category; equal settings share one screener.</summary>
internal sealed record SeveritySettings(SortedDictionary<string, ReportDiagnostic> ById, SortedDictionary<string, ReportDiagnostic> ByCategory)
{
    public string Key => string.Join(';', ById.Select(p => $"{p.Key}={p.Value}")) + "|" + string.Join(';', ByCategory.Select(p => $"{p.Key}={p.Value}"));
}
