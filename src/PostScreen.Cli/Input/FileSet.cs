using MAB.DotIgnore;
using Microsoft.Extensions.FileSystemGlobbing;
using Matcher = Microsoft.Extensions.FileSystemGlobbing.Matcher;

namespace PostScreen.Cli.Input;

/// <summary>
/// Expands the inputs of <c>check</c> and <c>fix</c>: files, folders (walked honouring
/// <c>.gitignore</c>, skipping <c>node_modules</c>, <c>bin</c>, <c>obj</c> and <c>.git</c>), globs
/// (<c>docs/**/*.md</c>), <c>-</c> for standard input, and <c>--files-from</c>; minus
/// <c>--exclude</c> globs. Paths are reported relative to the current folder with '/'.
/// </summary>
internal sealed class FileSet
{
    private static readonly string[] SkippedFolders = ["node_modules", "bin", "obj", ".git"];
    private readonly HashSet<string> _extensions;
    private readonly Matcher? _exclude;

    public FileSet(IEnumerable<string> extensions, IReadOnlyCollection<string> excludes)
    {
        _extensions = new HashSet<string>(extensions.Select(e => e.StartsWith('.') ? e : "." + e), StringComparer.OrdinalIgnoreCase);
        if (excludes.Count > 0)
        {
            _exclude = new Matcher(StringComparison.Ordinal);
            _exclude.AddIncludePatterns(excludes);
        }
    }

    /// <summary>The files to screen, in path order, and the inputs that named nothing.</summary>
    public (List<InputFile> Files, List<string> Missing) Expand(IEnumerable<string> inputs)
    {
        var files = new SortedDictionary<string, InputFile>(StringComparer.Ordinal);
        var missing = new List<string>();
        var cwd = Directory.GetCurrentDirectory();
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                files["-"] = new InputFile("-", null);
            }
            else if (Directory.Exists(input))
            {
                foreach (var file in Walk(Path.GetFullPath(input), IgnoreStack.Empty))
                {
                    Add(files, file, explicitFile: false);
                }
            }
            else if (File.Exists(input))
            {
                Add(files, Path.GetFullPath(input), explicitFile: true);
            }
            else if (input.IndexOfAny(['*', '?', '[', '{']) >= 0)
            {
                var matcher = new Matcher(StringComparison.Ordinal);
                matcher.AddInclude(input);
                var matched = matcher.GetResultsInFullPath(cwd).ToList();
                if (matched.Count == 0)
                {
                    missing.Add(input);
                }

                foreach (var file in matched)
                {
                    Add(files, file, explicitFile: true);
                }
            }
            else
            {
                missing.Add(input);
            }
        }

        return (files.Values.ToList(), missing);
    }

    private void Add(SortedDictionary<string, InputFile> files, string fullPath, bool explicitFile)
    {
        var relative = Relative(fullPath);
        if (_exclude is not null && _exclude.Match(relative).HasMatches)
        {
            return;
        }

        // A file named explicitly is screened whatever its extension; walked and globbed files need a known one.
        if (explicitFile || _extensions.Contains(Path.GetExtension(fullPath)))
        {
            files[relative] = new InputFile(relative, fullPath);
        }
    }

    private IEnumerable<string> Walk(string folder, IgnoreStack ignores)
    {
        var gitignore = Path.Combine(folder, ".gitignore");
        if (File.Exists(gitignore))
        {
            ignores = ignores.Push(folder, new IgnoreList(gitignore));
        }

        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        foreach (var file in Directory.EnumerateFiles(folder, "*", options).Order(StringComparer.Ordinal))
        {
            if (_extensions.Contains(Path.GetExtension(file)) && !ignores.IsIgnored(file, isDirectory: false))
            {
                yield return file;
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(folder, "*", options).Order(StringComparer.Ordinal))
        {
            if (SkippedFolders.Contains(Path.GetFileName(sub), StringComparer.Ordinal) || ignores.IsIgnored(sub, isDirectory: true))
            {
                continue;
            }

            foreach (var file in Walk(sub, ignores))
            {
                yield return file;
            }
        }
    }

    public static string Relative(string fullPath) =>
        Path.GetRelativePath(Directory.GetCurrentDirectory(), fullPath).Replace('\\', '/');

    /// <summary>The .gitignore files of the folders above, each applied relative to its own folder.</summary>
    private sealed record IgnoreStack(IReadOnlyList<(string Folder, IgnoreList List)> Lists)
    {
        public static IgnoreStack Empty { get; } = new([]);

        public IgnoreStack Push(string folder, IgnoreList list) => new([.. Lists, (folder, list)]);

        public bool IsIgnored(string path, bool isDirectory)
        {
            foreach (var (folder, list) in Lists)
            {
                var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
                if (list.IsIgnored(relative, isDirectory))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

/// <summary>An input: its display path, and its full path (null for standard input).</summary>
internal sealed record InputFile(string Path, string? FullPath);
