using PostScreen.Analysis;

namespace PostScreen.Recognizers;

/// <summary>
/// US ZIP codes (12345, 12345-6789) after a state, a ZIP cue or at the end of a street address;
/// and UK postcodes (SW1A 1AA, M1 1AE), whose shape is distinctive enough to stand alone. A bare
/// five-digit number is never a ZIP: it is far more often a count or a code.
/// </summary>
internal sealed class ZipRecognizer : BuiltInRecognizer
{
    public override string Name => "zip";

    protected override void Recognize(PostAnalysis analysis, RecognitionContext context)
    {
        var tokens = analysis.Tokens;
        Span<int> groups = stackalloc int[4];
        foreach (var chain in analysis.Chains)
        {
            if (chain.GluedAfter || chain.LeadingPlus || chain.GroupCount > 2)
            {
                continue;
            }

            var n = chain.GroupLengths(analysis, groups);
            var shaped = (n == 1 && groups[0] == 5) || (n == 2 && groups[0] == 5 && groups[1] == 4 && chain.Separators == ChainSeparators.Dash);
            if (!shaped)
            {
                continue;
            }

            var prev = chain.FirstToken - 1;
            if (prev >= 0 && tokens[prev].IsPunct(',', analysis.Text))
            {
                prev--;
            }

            var afterState = prev >= 0 && ((tokens[prev].Has(Lex.StateAbbrev) && tokens[prev].Is(TokenFlags.AllUpper)) ||
                                           (tokens[prev].Has(Lex.StateName) && tokens[prev].Is(TokenFlags.Capitalized)));
            var cued = analysis.CueBefore(chain.FirstToken, Lex.ZipCue, 3);
            if (afterState || cued)
            {
                context.Report(EntityKind.Zip, chain.Span, cued ? 0.9 : 0.85);
            }
        }

        if (analysis.HasDigits)
        {
            RecognizeUkPostcodes(analysis, context);
        }
    }

    private static void RecognizeUkPostcodes(PostAnalysis analysis, RecognitionContext context)
    {
        var tokens = analysis.Tokens;
        var text = analysis.Text;
        for (var k = 0; k + 1 < tokens.Length; k++)
        {
            ref readonly var outward = ref tokens[k];
            ref readonly var inward = ref tokens[k + 1];
            if (outward.Kind != TokenKind.Mixed || inward.Kind != TokenKind.Mixed || inward.Start - outward.End != 1 ||
                !IsOutward(outward.Value(text)) || !IsInward(inward.Value(text)))
            {
                continue;
            }

            context.Report(EntityKind.Zip, TextSpan.FromBounds(outward.Start, inward.End), 0.85);
        }
    }

    // A9, A9A, A99, AA9, AA9A, AA99 (upper case)
    private static bool IsOutward(ReadOnlySpan<char> w)
    {
        if (w.Length is < 2 or > 4 || !char.IsAsciiLetterUpper(w[0]))
        {
            return false;
        }

        var i = char.IsAsciiLetterUpper(w[1]) ? 2 : 1;
        if (i >= w.Length || !char.IsAsciiDigit(w[i]))
        {
            return false;
        }

        i++;
        if (i < w.Length && (char.IsAsciiDigit(w[i]) || char.IsAsciiLetterUpper(w[i])))
        {
            i++;
        }

        return i == w.Length;
    }

    // 9AA
    private static bool IsInward(ReadOnlySpan<char> w) =>
        w.Length == 3 && char.IsAsciiDigit(w[0]) && char.IsAsciiLetterUpper(w[1]) && char.IsAsciiLetterUpper(w[2]);
}
