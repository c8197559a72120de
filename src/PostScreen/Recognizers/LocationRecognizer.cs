using PostScreen.Analysis;

namespace PostScreen.Recognizers;

/// <summary>
/// Places smaller than a state: gazetteer cities (one word, or multi-word such as "San Diego"),
/// counties and parishes ("Cook County"), and named facilities ("St. Mary's Hospital",
/// "Sunrise Nursing Home", "Lincoln Elementary School"). A city that is also a common word or
/// a name ("Reading", "Mobile", "Jackson") needs a place cue before it ("in", "from").
/// </summary>
internal sealed class LocationRecognizer : BuiltInRecognizer
{
    public override string Name => "location";

    protected override void Recognize(PostAnalysis analysis, RecognitionContext context)
    {
        var tokens = analysis.Tokens;
        var text = analysis.Text;
        for (var k = 0; k < tokens.Length; k++)
        {
            ref readonly var t = ref tokens[k];
            if (t.Kind != TokenKind.Word || !t.Is(TokenFlags.Capitalized))
            {
                continue;
            }

            // Facility: capitalized words ending in a capitalized facility head (only where the sentence has one).
            if ((analysis.SentenceLex(t.Sentence) & Lex.FacilityHead) != 0 && FacilityEnd(analysis, k) is var (fStart, fEnd, fLast) && fEnd > 0)
            {
                context.Report(EntityKind.Location, TextSpan.FromBounds(fStart, fEnd), 0.85, EntityLink.Infer, EntityHint.Facility);
                k = fLast;
                continue;
            }

            // County: "Cook County"
            if (k + 1 < tokens.Length && tokens[k + 1].Has(Lex.CountyWord) && tokens[k + 1].Is(TokenFlags.Capitalized) &&
                !t.Has(Lex.NotName) && tokens[k + 1].Start - t.End == 1)
            {
                context.Report(EntityKind.Location, TextSpan.FromBounds(t.Start, tokens[k + 1].End), 0.85);
                k++;
                continue;
            }

            // Multi-word city: "San Diego", "St. Louis", "Salt Lake City"
            if (t.Has(Lex.CityPrefix) && k + 1 < tokens.Length && tokens[k + 1].Start - t.End <= 1 &&
                (tokens[k + 1].Is(TokenFlags.Capitalized) || tokens[k + 1].IsPunct('.', text)))
            {
                var matched = -1;
                for (var j = k + 1; j < tokens.Length && j <= k + 4; j++)
                {
                    if (tokens[j].Start - tokens[j - 1].End > 1)
                    {
                        break;
                    }

                    if (tokens[j].Kind == TokenKind.Word && Lexicon.IsMultiwordCity(text.AsSpan(t.Start, tokens[j].End - t.Start)))
                    {
                        matched = j;
                    }
                }

                if (matched > 0)
                {
                    context.Report(EntityKind.Location, TextSpan.FromBounds(t.Start, tokens[matched].End), 0.8);
                    k = matched;
                    continue;
                }
            }

            if (t.Has(Lex.City))
            {
                var ambiguous = (t.Lex & ~(Lex.City | Lex.CityPrefix | Lex.StateName)) != 0 || IsCommonWord(t.Value(text));
                var placeCue = k > 0 && tokens[k - 1].Has(Lex.PlaceCue);
                if (!ambiguous || placeCue)
                {
                    context.Report(EntityKind.Location, new TextSpan(t.Start, t.Length), placeCue ? 0.8 : 0.7);
                }
            }
        }
    }

    private static (int Start, int End, int Last) FacilityEnd(PostAnalysis analysis, int k)
    {
        var tokens = analysis.Tokens;
        var text = analysis.Text;
        var words = 0;
        var j = k;
        var last = -1;
        while (j < tokens.Length && j <= k + 7 && tokens[j].Sentence == tokens[k].Sentence)
        {
            ref readonly var w = ref tokens[j];
            if (w.Kind == TokenKind.Punct)
            {
                if (text[w.Start] == '.' && j > k && tokens[j - 1].Has(Lex.Abbreviation))
                {
                    j++;
                    continue;
                }

                break;
            }

            if (w.Kind != TokenKind.Word || !w.Is(TokenFlags.Capitalized) || w.Has(Lex.NotName & ~Lex.FacilityHead) && !w.Has(Lex.FacilityHead))
            {
                break;
            }

            if (w.Has(Lex.FacilityHead) && words > 0 && !tokens[j - 1].Has(Lex.PersonTitle | Lex.ClinicianTitle))
            {
                last = j;
                // "Medical Center", "Nursing Home": take a second head word.
                if (j + 1 < tokens.Length && tokens[j + 1].Has(Lex.FacilityHead) && tokens[j + 1].Is(TokenFlags.Capitalized) &&
                    tokens[j + 1].Start - w.End == 1)
                {
                    last = j + 1;
                }

                break;
            }

            words++;
            j++;
        }

        if (last < 0)
        {
            return (0, 0, 0);
        }

        // "The Hospital" or "Emergency Department" alone are not names of a place.
        var first = k;
        if (tokens[first].Has(Lex.NotName) && !tokens[first].Has(Lex.FacilityPrefix))
        {
            first++;
        }

        return first >= last ? (0, 0, 0) : (tokens[first].Start, tokens[last].End, last);
    }

    private static bool IsCommonWord(ReadOnlySpan<char> w) =>
        w.Equals("Reading", StringComparison.Ordinal) || w.Equals("Mobile", StringComparison.Ordinal) ||
        w.Equals("Bath", StringComparison.Ordinal) || w.Equals("Hull", StringComparison.Ordinal) ||
        w.Equals("Concord", StringComparison.Ordinal) || w.Equals("Providence", StringComparison.Ordinal) ||
        w.Equals("Derby", StringComparison.Ordinal) || w.Equals("Stoke", StringComparison.Ordinal) ||
        w.Equals("Surprise", StringComparison.Ordinal) || w.Equals("Eureka", StringComparison.Ordinal) ||
        w.Equals("Aurora", StringComparison.Ordinal) || w.Equals("Mesa", StringComparison.Ordinal);
}
