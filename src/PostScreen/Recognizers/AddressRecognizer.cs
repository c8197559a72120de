using System.Buffers;
using PostScreen.Analysis;

namespace PostScreen.Recognizers;

/// <summary>
/// Street addresses: a house number, one to four name words and a street suffix
/// ("1420 Maple Ave", "22B Baker Street, Apt 4"), and post-office boxes ("PO Box 118").
/// </summary>
internal sealed class AddressRecognizer : BuiltInRecognizer
{
    // SearchValues, not string.Contains(..., OrdinalIgnoreCase): see PhotoRecognizer.
    private static readonly SearchValues<string> Box = SearchValues.Create(["box"], StringComparison.OrdinalIgnoreCase);

    public override string Name => "address";

    protected override void Recognize(PostAnalysis analysis, RecognitionContext context)
    {
        var tokens = analysis.Tokens;
        var text = analysis.Text;
        if (!analysis.HasDigits || ((analysis.PostLex & Lex.StreetSuffix) == 0 && !text.AsSpan().ContainsAny(Box)))
        {
            return;
        }

        for (var k = 0; k + 2 < tokens.Length; k++)
        {
            ref readonly var t = ref tokens[k];
            if (t.IsWord(text, "po") || t.IsWord(text, "p"))
            {
                var b = k + 1;
                while (b < tokens.Length && tokens[b].Kind == TokenKind.Punct && text[tokens[b].Start] == '.')
                {
                    b++;
                }

                if (b < tokens.Length && tokens[b].IsWord(text, "o"))
                {
                    b++;
                    while (b < tokens.Length && tokens[b].IsPunct('.', text))
                    {
                        b++;
                    }
                }

                if (b + 1 < tokens.Length && tokens[b].IsWord(text, "box") && tokens[b + 1].Kind == TokenKind.Number)
                {
                    context.Report(EntityKind.Address, TextSpan.FromBounds(t.Start, tokens[b + 1].End), 0.85);
                    k = b + 1;
                }

                continue;
            }

            var isHouseNumber = (t.Kind == TokenKind.Number && t.Length <= 6) ||
                                (t.Kind == TokenKind.Mixed && t.Length <= 6 && char.IsAsciiDigit(text[t.Start]));
            if (!isHouseNumber || (k > 0 && tokens[k - 1].End == t.Start && tokens[k - 1].Kind != TokenKind.Punct))
            {
                continue;
            }

            // 1–4 name words (capitalized, ordinals such as 5th, or compass points), then a suffix.
            var j = k + 1;
            var words = 0;
            var suffix = -1;
            while (j < tokens.Length && words <= 4 && tokens[j].Sentence == t.Sentence)
            {
                ref readonly var w = ref tokens[j];
                var capital = w.Kind == TokenKind.Word && w.Is(TokenFlags.Capitalized);
                var ordinal = w.Kind == TokenKind.Mixed && char.IsAsciiDigit(text[w.Start]);
                if (words > 0 && capital && w.Has(Lex.StreetSuffix))
                {
                    suffix = j;
                    break;
                }

                if (!(capital || ordinal) || w.Has(Lex.Month | Lex.Weekday))
                {
                    break;
                }

                words++;
                j++;
            }

            if (suffix < 0)
            {
                continue;
            }

            var end = tokens[suffix].End;
            var next = suffix + 1;
            if (next < tokens.Length && tokens[next].IsPunct('.', text) && tokens[next].Start == end)
            {
                end = tokens[next].End;
                next++;
            }

            // ", Apt 4B" / " Unit 3" / " #12"
            var u = next < tokens.Length && tokens[next].IsPunct(',', text) ? next + 1 : next;
            if (u + 1 < tokens.Length && (tokens[u].Has(Lex.AddressUnit) || tokens[u].IsPunct('#', text)))
            {
                var num = u + 1;
                if (num < tokens.Length && tokens[num].IsPunct('.', text))
                {
                    num++;
                }

                if (num < tokens.Length && tokens[num].Kind is TokenKind.Number or TokenKind.Mixed)
                {
                    end = tokens[num].End;
                }
            }

            context.Report(EntityKind.Address, TextSpan.FromBounds(t.Start, end), 0.85);
            k = suffix;
        }
    }

}
