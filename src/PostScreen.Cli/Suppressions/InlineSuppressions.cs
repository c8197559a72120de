namespace PostScreen.Cli.Suppressions;

/// <summary>
/// Inline suppressions in Markdown comments, as linters do:
/// <c>&lt;!-- postscreen-disable PS2001 --&gt;</c> … <c>&lt;!-- postscreen-enable PS2001 --&gt;</c>, and
/// <c>&lt;!-- postscreen-disable-next-line PS1001 -- justification --&gt;</c>. Without IDs a
/// directive covers every ID. Parsed by a hand-written scanner (linear, no regex).
/// </summary>
internal sealed class InlineSuppressions
{
    private const string Marker = "postscreen-";
    private readonly List<Directive> _directives = [];

    private InlineSuppressions()
    {
    }

    /// <summary>The directives found, in file order.</summary>
    public IReadOnlyList<Directive> Directives => _directives;

    public static InlineSuppressions Parse(string text)
    {
        var result = new InlineSuppressions();
        var position = 0;
        while (true)
        {
            var open = text.IndexOf("<!--", position, StringComparison.Ordinal);
            if (open < 0)
            {
                break;
            }

            var close = text.IndexOf("-->", open + 4, StringComparison.Ordinal);
            if (close < 0)
            {
                break;
            }

            position = close + 3;
            var body = text.AsSpan(open + 4, close - open - 4).Trim();
            if (!body.StartsWith(Marker, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            body = body[Marker.Length..];
            var kind = body.StartsWith("disable-next-line", StringComparison.OrdinalIgnoreCase) ? DirectiveKind.DisableNextLine
                : body.StartsWith("disable", StringComparison.OrdinalIgnoreCase) ? DirectiveKind.Disable
                : body.StartsWith("enable", StringComparison.OrdinalIgnoreCase) ? DirectiveKind.Enable
                : (DirectiveKind?)null;
            if (kind is null)
            {
                continue;
            }

            body = body[(kind switch { DirectiveKind.DisableNextLine => "disable-next-line".Length, DirectiveKind.Disable => "disable".Length, _ => "enable".Length })..];
            var justification = string.Empty;
            var dashes = body.IndexOf("--", StringComparison.Ordinal);
            if (dashes >= 0)
            {
                justification = body[(dashes + 2)..].Trim().ToString();
                body = body[..dashes];
            }

            var ids = new List<string>();
            foreach (var range in body.SplitAny(' ', ',', '\t'))
            {
                var id = body[range].Trim();
                if (!id.IsEmpty)
                {
                    ids.Add(id.ToString().ToUpperInvariant());
                }
            }

            result._directives.Add(new Directive(kind.Value, ids, justification, open, position - open));
        }

        return result;
    }

    /// <summary>
    /// Splits diagnostics into kept and suppressed, given each diagnostic's 1-based line; returns
    /// the directives that suppressed nothing (PS0002).
    /// </summary>
    public IReadOnlyList<Directive> Apply(
        IReadOnlyList<Diagnostic> diagnostics,
        Func<int, int> lineOf,
        List<Diagnostic> kept,
        List<(Diagnostic Diagnostic, Directive By)> suppressed)
    {
        var used = new HashSet<Directive>();
        foreach (var diagnostic in diagnostics)
        {
            var line = lineOf(diagnostic.Span.Start);
            var by = Find(diagnostic, line, diagnostic.Span.Start, lineOf);
            if (by is null)
            {
                kept.Add(diagnostic);
            }
            else
            {
                suppressed.Add((diagnostic, by));
                used.Add(by);
            }
        }

        return _directives.Where(d => d.Kind != DirectiveKind.Enable && !used.Contains(d)).ToList();
    }

    private Directive? Find(Diagnostic diagnostic, int line, int offset, Func<int, int> lineOf)
    {
        Directive? active = null;
        foreach (var directive in _directives)
        {
            if (directive.Start > offset)
            {
                break;
            }

            if (!directive.Covers(diagnostic.Id))
            {
                continue;
            }

            switch (directive.Kind)
            {
                case DirectiveKind.Disable:
                    active = directive;
                    break;
                case DirectiveKind.Enable:
                    active = null;
                    break;
                case DirectiveKind.DisableNextLine when lineOf(directive.Start + directive.Length - 1) + 1 == line:
                    return directive;
            }
        }

        return active;
    }
}

/// <summary>The kinds of inline directive.</summary>
internal enum DirectiveKind
{
    Disable,
    Enable,
    DisableNextLine,
}

/// <summary>One inline directive: what it does, to which IDs (all when empty), why, and where.</summary>
internal sealed record Directive(DirectiveKind Kind, IReadOnlyList<string> Ids, string Justification, int Start, int Length)
{
    public bool Covers(string id) => Ids.Count == 0 || Ids.Contains(id, StringComparer.OrdinalIgnoreCase);

    public string Text => $"postscreen-{Kind switch { DirectiveKind.DisableNextLine => "disable-next-line", DirectiveKind.Disable => "disable", _ => "enable" }}" +
                          (Ids.Count > 0 ? " " + string.Join(' ', Ids) : string.Empty);
}
