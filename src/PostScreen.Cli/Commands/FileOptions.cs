using System.CommandLine;
using PostScreen.Cli.Input;

namespace PostScreen.Cli.Commands;

/// <summary>Options that choose files, shared by <c>check</c> and <c>fix</c>.</summary>
internal sealed class FileOptions
{
    private readonly Option<string[]> _exclude = new("--exclude") { Description = "Glob of files to leave out (repeatable), e.g. 'drafts/archive/**'.", AllowMultipleArgumentsPerToken = false };
    private readonly Option<string?> _filesFrom = new("--files-from") { Description = "Read the paths to screen from FILE, one per line (- for standard input), e.g. a pull request's changed files." };
    private readonly Option<string[]> _extensions = new("--ext") { Description = "Also screen files with this extension in folders and globs (repeatable), e.g. --ext .mdx." };
    private readonly Option<bool> _includeCode = new("--include-code") { Description = "Screen fenced and inline code in Markdown too (skipped by default)." };

    public void AddTo(Command command)
    {
        command.Options.Add(_exclude);
        command.Options.Add(_filesFrom);
        command.Options.Add(_extensions);
        command.Options.Add(_includeCode);
    }

    public bool IncludeCode(ParseResult parse) => parse.GetValue(_includeCode);

    public FileSet CreateFileSet(ParseResult parse, IEnumerable<string> defaultExtensions) =>
        new(defaultExtensions.Concat(parse.GetValue(_extensions) ?? []), parse.GetValue(_exclude) ?? []);

    /// <summary>The positional paths plus those of <c>--files-from</c>; at least one is required.</summary>
    public string[] Inputs(ParseResult parse, string[] paths, ConsoleIo io)
    {
        var all = new List<string>(paths);
        if (parse.GetValue(_filesFrom) is { } list)
        {
            try
            {
                var reader = list == "-" ? new StreamReader(io.Stdin, leaveOpen: true) : new StreamReader(list);
                using (reader)
                {
                    while (reader.ReadLine() is { } line)
                    {
                        if (!string.IsNullOrWhiteSpace(line))
                        {
                            all.Add(line.Trim());
                        }
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliUsageException($"cannot read --files-from '{list}': {(ex is FileNotFoundException or DirectoryNotFoundException ? "no such file" : ex.Message)}");
            }

            if (all.Count == 0)
            {
                return []; // an empty change list screens nothing and passes
            }
        }
        else if (all.Count == 0)
        {
            throw new CliUsageException("name at least one file, folder or glob, - for standard input, or --files-from FILE");
        }

        return [.. all];
    }
}
