using System.Text.RegularExpressions;

namespace PostScreen.Recognizers;

/// <summary>
/// A user's own identifier format (their hospital's MRN, say) as a regular expression. It runs
/// with <see cref="RegexOptions.NonBacktracking"/>, so a pattern cannot backtrack catastrophically
/// on untrusted input.
/// </summary>
internal sealed class PatternRecognizer : Recognizer
{
    private readonly Regex _regex;
    private readonly EntityKind _kind;
    private readonly double _confidence;
    private readonly EntityLink _link;

    public PatternRecognizer(string name, EntityKind kind, string pattern, double confidence, EntityLink link)
    {
        Name = name;
        _kind = kind;
        _confidence = confidence;
        _link = link;
        _regex = new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }

    public override string Name { get; }

    public override void Recognize(RecognitionContext context)
    {
        foreach (var match in _regex.EnumerateMatches(context.Text))
        {
            if (match.Length > 0)
            {
                context.Report(_kind, new TextSpan(match.Index, match.Length), _confidence, _link);
            }
        }
    }
}
