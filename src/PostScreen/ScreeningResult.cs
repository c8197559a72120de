using System.Collections.Immutable;
using System.Text;

namespace PostScreen;

/// <summary>The outcome of screening one post.</summary>
public sealed class ScreeningResult
{
    internal ScreeningResult(string text, Verdict verdict, int score, ImmutableArray<Diagnostic> diagnostics, bool truncated)
    {
        Text = text;
        Verdict = verdict;
        Score = score;
        Diagnostics = diagnostics;
        IsTruncated = truncated;
    }

    /// <summary>The screened text, as given.</summary>
    public string Text { get; }

    /// <summary>Pass, Review or Block.</summary>
    public Verdict Verdict { get; }

    /// <summary>Risk from 0 to 100 (see the README's scoring rule).</summary>
    public int Score { get; }

    /// <summary>Every diagnostic at its effective severity, Hidden ones included, ordered by start, length, then ID.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Whether the text was longer than the size limit and only its start was screened (PS0004).</summary>
    public bool IsTruncated { get; }

    /// <summary>
    /// The text with the first fix of every fixable diagnostic at or above <paramref name="minimum"/>
    /// applied (overlapping fixes after the first are skipped).
    /// </summary>
    public string ApplyFixes(DiagnosticSeverity minimum = DiagnosticSeverity.Info)
    {
        var builder = new StringBuilder(Text.Length);
        var position = 0;
        foreach (var diagnostic in Diagnostics)
        {
            if (diagnostic.Severity < minimum || diagnostic.Fixes.IsEmpty || diagnostic.Severity == DiagnosticSeverity.Hidden)
            {
                continue;
            }

            var fix = diagnostic.Fixes[0];
            if (fix.Kind == FixKind.SuggestedReply || fix.Span.Start < position || fix.Span.End > Text.Length)
            {
                continue;
            }

            builder.Append(Text, position, fix.Span.Start - position).Append(fix.Replacement);
            position = fix.Span.End;
        }

        return builder.Append(Text, position, Text.Length - position).ToString();
    }

    /// <inheritdoc />
    public override string ToString() => $"{Verdict} ({Score}): {Diagnostics.Length} diagnostic(s)";
}
