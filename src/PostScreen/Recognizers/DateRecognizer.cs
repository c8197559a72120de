using PostScreen.Analysis;

namespace PostScreen.Recognizers;

/// <summary>
/// Every element of a date but the year: numeric dates (04/17/1956, 17.04.56, 2021-03-04, 11/02),
/// month-name dates ("March 3", "Jan 5th", "3rd of March", "March 3, 2021", "March 2021") and a
/// capitalized month after a preposition ("in March"). Calendar-validated; a year alone is never
/// a date element.
/// </summary>
internal sealed class DateRecognizer : BuiltInRecognizer
{
    public override string Name => "date";

    protected override void Recognize(PostAnalysis analysis, RecognitionContext context)
    {
        RecognizeNumeric(analysis, context);
        if ((analysis.PostLex & Lex.Month) != 0)
        {
            RecognizeMonthNames(analysis, context);
        }
    }

    private static void RecognizeNumeric(PostAnalysis analysis, RecognitionContext context)
    {
        Span<int> groups = stackalloc int[4];
        Span<int> values = stackalloc int[3];
        var text = analysis.Text;
        foreach (var chain in analysis.Chains)
        {
            if (chain.GroupCount is < 2 or > 3 || chain.GluedAfter || chain.LeadingPlus)
            {
                continue;
            }

            var seps = chain.Separators;
            if (seps is not (ChainSeparators.Slash or ChainSeparators.Dash or ChainSeparators.Dot))
            {
                continue;
            }

            var n = chain.GroupLengths(analysis, groups);
            var k = 0;
            for (var t = chain.FirstToken; t <= chain.LastToken; t++)
            {
                var tok = analysis.Tokens[t];
                if (tok.Kind == TokenKind.Number)
                {
                    values[k++] = tok.SmallNumber(text, 4);
                }
            }

            double confidence;
            if (n == 3)
            {
                if (groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2)
                {
                    confidence = IsValid(values[0], values[1], values[2]) ? 0.95 : 0;
                }
                else if (groups[0] <= 2 && groups[1] <= 2 && groups[2] is 2 or 4)
                {
                    var year = groups[2] == 2 ? 2000 + values[2] : values[2];
                    var us = IsValid(year, values[0], values[1]);
                    var uk = IsValid(year, values[1], values[0]);
                    confidence = us || uk ? (seps == ChainSeparators.Dot ? 0.8 : 0.95) : 0;
                }
                else
                {
                    confidence = 0;
                }
            }
            else
            {
                // "11/02": month/day only with a slash, never a fraction or a ratio such as 24/7.
                confidence = seps == ChainSeparators.Slash && groups[0] <= 2 && groups[1] <= 2 && (groups[0] == 2 || groups[1] == 2) &&
                             IsValid(2000, values[0], values[1]) && !(values[0] == 24 && values[1] == 7)
                             && !(values[1] == 10 && AfterScoreWord(analysis, chain.FirstToken))
                    ? 0.7
                    : 0;
            }

            if (confidence > 0)
            {
                context.Report(EntityKind.Date, chain.Span, confidence);
            }
        }
    }

    private static void RecognizeMonthNames(PostAnalysis analysis, RecognitionContext context)
    {
        var tokens = analysis.Tokens;
        var text = analysis.Text;
        for (var k = 0; k < tokens.Length; k++)
        {
            ref readonly var t = ref tokens[k];
            if (!t.Has(Lex.Month) || !IsMonthToken(text, t))
            {
                continue;
            }

            var start = t.Start;
            var end = t.End;
            var next = k + 1;
            if (next < tokens.Length && tokens[next].IsPunct('.', text) && tokens[next].Start == t.End)
            {
                next++; // "Jan."
            }

            var hasDay = false;
            // Month Day[, Year]
            if (next < tokens.Length && Day(text, tokens[next]) > 0 && tokens[next].Is(TokenFlags.SpaceBefore))
            {
                hasDay = true;
                end = tokens[next].End;
                next++;
                if (next + 1 < tokens.Length && tokens[next].IsPunct(',', text) && IsYear(text, tokens[next + 1]))
                {
                    end = tokens[next + 1].End;
                }
                else if (next < tokens.Length && IsYear(text, tokens[next]))
                {
                    end = tokens[next].End;
                }
            }
            else if (next < tokens.Length && IsYear(text, tokens[next]))
            {
                end = tokens[next].End; // "March 2021": the month is a date element
            }

            // [the] Day [of] Month
            var p = k - 1;
            if (p >= 0 && tokens[p].IsWord(text, "of"))
            {
                p--;
            }

            if (!hasDay && p >= 0 && Day(text, tokens[p]) > 0)
            {
                hasDay = true;
                start = tokens[p].Start;
            }

            var withYear = end > t.End && !hasDay;
            if (hasDay || withYear)
            {
                context.Report(EntityKind.Date, TextSpan.FromBounds(start, end), hasDay ? 0.9 : 0.75);
            }
            else if (k > 0 && t.Is(TokenFlags.Capitalized) && IsMonthPreposition(text, tokens[k - 1]))
            {
                context.Report(EntityKind.Date, TextSpan.FromBounds(start, end), 0.55);
            }
        }
    }

    private static bool IsMonthToken(string text, in Token t)
    {
        var w = t.Value(text);
        // "may", "march", "jan" lowercase are words, not months; require a capital.
        if (!t.Is(TokenFlags.Capitalized))
        {
            return false;
        }

        return !w.Equals("May", StringComparison.Ordinal) || t.Is(TokenFlags.SpaceBefore);
    }

    private static bool IsMonthPreposition(string text, in Token t)
    {
        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        var w = t.Value(text);
        return w.Equals("in", StringComparison.OrdinalIgnoreCase) || w.Equals("since", StringComparison.OrdinalIgnoreCase) ||
               w.Equals("early", StringComparison.OrdinalIgnoreCase) || w.Equals("late", StringComparison.OrdinalIgnoreCase) ||
               w.Equals("mid", StringComparison.OrdinalIgnoreCase) || w.Equals("last", StringComparison.OrdinalIgnoreCase) ||
               w.Equals("until", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A day of the month: "3", "03", "3rd", "21st". Returns 0 when not a day.</summary>
    private static int Day(string text, in Token t)
    {
        var w = t.Value(text);
        if (t.Kind == TokenKind.Number && w.Length <= 2)
        {
            var v = int.Parse(w, provider: null);
            return v is >= 1 and <= 31 ? v : 0;
        }

        if (t.Kind == TokenKind.Mixed && w.Length is 3 or 4)
        {
            var suffix = w[^2..];
            if (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase) ||
                suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase))
            {
                var digits = w[..^2];
                foreach (var c in digits)
                {
                    if (!char.IsAsciiDigit(c))
                    {
                        return 0;
                    }
                }

                var v = int.Parse(digits, provider: null);
                return v is >= 1 and <= 31 ? v : 0;
            }
        }

        return 0;
    }

    private static bool IsYear(string text, in Token t) =>
        t.Kind == TokenKind.Number && t.Length == 4 && text[t.Start] is '1' or '2' &&
        t.SmallNumber(text, 4) is >= 1880 and <= 2100;

    /// <summary>
    /// "rated her pain 11/10", "pain 8/10", "scored 9/10": a score out of ten, not the 10th of a month
    /// or October, after a word of scoring within the three words before.
    /// </summary>
    private static bool AfterScoreWord(PostAnalysis analysis, int first)
    {
        var tokens = analysis.Tokens;
        for (var k = first - 1; k >= 0 && k >= first - 3 && tokens[k].Sentence == tokens[first].Sentence; k--)
        {
            if (tokens[k].Kind == TokenKind.Word && ScoreWords.Contains(tokens[k].Value(analysis.Text)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ScoreWords =
        WordSet.Of("pain", "rated", "rates", "rate", "rating", "scored", "scores", "score", "scale", "gave", "gives");

    private static bool IsValid(int year, int month, int day) =>
        year is >= 1880 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
