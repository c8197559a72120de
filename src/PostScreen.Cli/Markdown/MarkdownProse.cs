using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PostScreen.Cli.Markdown;

/// <summary>
/// Turns a Markdown file into the text PostScreen screens, <b>of the same length</b>: code blocks,
/// inline code, HTML (comments included) and front-matter keys are replaced by spaces (line breaks
/// kept), so every offset, line and column of a finding is that of the original file. Prose,
/// headings, list items, quotes, table cells, link text, URLs, image alt text and front-matter
/// values stay as they are.
/// </summary>
internal static class MarkdownProse
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseGridTables()
        .UseAutoLinks()
        .Build();

    public static bool IsMarkdown(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    public static string Extract(string text, bool includeCode)
    {
        var document = Markdig.Markdown.Parse(text, Pipeline);
        var chars = text.ToCharArray();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case YamlFrontMatterBlock front:
                    BlankFrontMatterKeys(text, chars, front.Span);
                    break;
                case CodeBlock or CodeInline when !includeCode:
                case HtmlBlock or HtmlInline:
                    Blank(chars, node.Span);
                    break;
            }
        }

        return new string(chars);
    }

    /// <summary>Keeps the values of <c>key: value</c> lines; blanks the fences, the keys and list dashes.</summary>
    private static void BlankFrontMatterKeys(string text, char[] chars, SourceSpan span)
    {
        var start = Math.Max(0, span.Start);
        var end = Math.Min(text.Length - 1, span.End);
        var lineStart = start;
        while (lineStart <= end)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > end)
            {
                lineEnd = end + 1;
            }

            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            var colon = line.IndexOf(':');
            var trimmed = line.TrimStart();
            int keep;
            if (trimmed.StartsWith("---") || trimmed.StartsWith("..."))
            {
                keep = line.Length; // a fence: blank all of it
            }
            else if (trimmed.StartsWith("- "))
            {
                keep = line.Length - trimmed.Length + 2; // a list item: blank the dash
            }
            else
            {
                keep = colon >= 0 ? colon + 1 : 0;
            }

            for (var i = lineStart; i < lineStart + Math.Min(keep, line.Length); i++)
            {
                if (chars[i] is not ('\n' or '\r'))
                {
                    chars[i] = ' ';
                }
            }

            lineStart = lineEnd + 1;
        }
    }

    private static void Blank(char[] chars, SourceSpan span)
    {
        if (span.IsEmpty || span.Start < 0)
        {
            return;
        }

        for (var i = span.Start; i <= span.End && i < chars.Length; i++)
        {
            if (chars[i] is not ('\n' or '\r'))
            {
                chars[i] = ' ';
            }
        }
    }
}
