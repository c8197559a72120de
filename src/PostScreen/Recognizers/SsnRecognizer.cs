using PostScreen.Analysis;

namespace PostScreen.Recognizers;

/// <summary>
/// US Social Security numbers: AAA-GG-SSSS (dashes, spaces or dots), or nine digits after an
/// SSN cue. Validated by the SSA's rules: area not 000, 666 or 900–999; group not 00; serial not
/// 0000; and not the numbers published in advertising (078-05-1120, 219-09-9999).
/// ITINs (9XX-7X-XXXX and kin) are reported as <see cref="EntityKind.OtherId"/>.
/// </summary>
internal sealed class SsnRecognizer : BuiltInRecognizer
{
    public override string Name => "ssn";

    protected override void Recognize(PostAnalysis analysis, RecognitionContext context)
    {
        Span<char> digits = stackalloc char[24];
        Span<int> groups = stackalloc int[16];
        foreach (var chain in analysis.Chains)
        {
            if (chain.DigitCount != 9 || chain.GluedAfter || chain.LeadingPlus || (chain.Separators & (ChainSeparators.Paren | ChainSeparators.Slash)) != 0)
            {
                continue;
            }

            var d = digits[..chain.CopyDigits(analysis, digits)];
            var g = groups[..chain.GroupLengths(analysis, groups)];
            var cued = analysis.CueBefore(chain.FirstToken, Lex.SsnCue, 4);
            var shaped = g.Length == 3 && g[0] == 3 && g[1] == 2 && g[2] == 4;
            var consistent = chain.Separators is ChainSeparators.Dash or ChainSeparators.Space or ChainSeparators.Dot;
            var disguised = g.Length == 9;
            double confidence;
            if (shaped && consistent)
            {
                confidence = cued ? 0.95 : 0.8;
            }
            else if (cued && (g.Length == 1 || disguised))
            {
                confidence = 0.85;
            }
            else
            {
                continue;
            }

            if (IsItin(d))
            {
                context.Report(EntityKind.OtherId, chain.Span, confidence - 0.1);
            }
            else if (IsValid(d))
            {
                context.Report(EntityKind.Ssn, chain.Span, confidence);
            }
        }
    }

    internal static bool IsValid(ReadOnlySpan<char> d)
    {
        if (d.Length != 9)
        {
            return false;
        }

        var area = d[..3];
        return !area.SequenceEqual("000") && !area.SequenceEqual("666") && area[0] != '9' &&
               !d.Slice(3, 2).SequenceEqual("00") && !d.Slice(5, 4).SequenceEqual("0000") &&
               !d.SequenceEqual("078051120") && !d.SequenceEqual("219099999") &&
               !AllSame(d);
    }

    /// <summary>ITIN: 9XX, then a group in 50–65, 70–88, 90–92 or 94–99.</summary>
    internal static bool IsItin(ReadOnlySpan<char> d)
    {
        if (d.Length != 9 || d[0] != '9')
        {
            return false;
        }

        var group = (d[3] - '0') * 10 + (d[4] - '0');
        return group is (>= 50 and <= 65) or (>= 70 and <= 88) or (>= 90 and <= 92) or (>= 94 and <= 99);
    }

    private static bool AllSame(ReadOnlySpan<char> d)
    {
        foreach (var c in d)
        {
            if (c != d[0])
            {
                return false;
            }
        }

        return true;
    }
}
