using PostScreen.Analysis;

namespace PostScreen.Recognizers;

/// <summary>
/// Ages over 89 in their many forms: "94-year-old", "94 yo", "94y/o", "aged 91", "age: 97",
/// "turned 103", "90th birthday", "in her 90s", "ninety-four-year-old", "centenarian", and a birth
/// year that implies one ("born in 1931"). Ages up to 89 are not Safe Harbor identifiers.
/// </summary>
internal sealed class AgeRecognizer : BuiltInRecognizer
{
    private readonly int _referenceYear;

    public AgeRecognizer(int referenceYear) => _referenceYear = referenceYear;

    public override string Name => "age";

    protected override void Recognize(PostAnalysis analysis, RecognitionContext context)
    {
        if (!analysis.HasDigits && (analysis.PostLex & (Lex.AgeCue | Lex.AgeNumber)) == 0)
        {
            return; // every form needs a number, an age word or a spelled-out ninety/hundred
        }

        var tokens = analysis.Tokens;
        var text = analysis.Text;
        for (var k = 0; k < tokens.Length; k++)
        {
            ref readonly var t = ref tokens[k];
            var w = t.Value(text);
            switch (t.Kind)
            {
                case TokenKind.Number when t.Length is 2 or 3:
                {
                    var age = t.SmallNumber(text, 3);
                    if (age is < 90 or > 125)
                    {
                        // Birth years are four digits; handled below.
                        break;
                    }

                    if (AgeSuffixEnd(analysis, k + 1) is var end and > 0)
                    {
                        context.Report(EntityKind.Age, TextSpan.FromBounds(t.Start, end), 0.95);
                    }
                    else if (k > 0 && IsAgePrefix(analysis, k))
                    {
                        context.Report(EntityKind.Age, new TextSpan(t.Start, t.Length), 0.9);
                    }

                    break;
                }

                case TokenKind.Number when t.Length == 4 && k > 0:
                {
                    var year = t.SmallNumber(text, 4);
                    var age = _referenceYear - year;
                    if (age is >= 90 and <= 125 && BirthCueStart(analysis, k) is var start and >= 0)
                    {
                        context.Report(EntityKind.Age, TextSpan.FromBounds(start, t.End), 0.85, EntityLink.Infer, EntityHint.BirthYear);
                    }

                    break;
                }

                case TokenKind.Mixed:
                    RecognizeMixed(analysis, context, k, w);
                    break;

                case TokenKind.Word when t.Has(Lex.AgeCue) && IsCentenarian(w):
                    context.Report(EntityKind.Age, new TextSpan(t.Start, t.Length), 0.8);
                    break;

                case TokenKind.Word when t.Has(Lex.AgeNumber):
                {
                    // ninety[-four][-year-old] / one hundred [and two] years old
                    var j = k + 1;
                    while (j < tokens.Length && j <= k + 4 && (tokens[j].IsPunct('-', text) || IsNumberWord(text, tokens[j])))
                    {
                        j++;
                    }

                    var start = t.Start;
                    if (w.Equals("hundred", StringComparison.OrdinalIgnoreCase) && k > 0 && IsNumberWord(text, tokens[k - 1]))
                    {
                        start = tokens[k - 1].Start;
                    }

                    if (AgeSuffixEnd(analysis, j) is var end and > 0)
                    {
                        context.Report(EntityKind.Age, TextSpan.FromBounds(start, end), 0.9);
                    }
                    else if (k > 0 && IsAgePrefix(analysis, k))
                    {
                        context.Report(EntityKind.Age, TextSpan.FromBounds(start, tokens[j - 1].End), 0.85);
                    }

                    k = j - 1;
                    break;
                }
            }
        }
    }

    private static void RecognizeMixed(PostAnalysis analysis, RecognitionContext context, int k, ReadOnlySpan<char> w)
    {
        var digits = 0;
        while (digits < w.Length && char.IsAsciiDigit(w[digits]))
        {
            digits++;
        }

        if (digits is < 2 or > 3)
        {
            return;
        }

        var age = int.Parse(w[..digits], provider: null);
        var suffix = w[digits..];
        var t = analysis.Tokens[k];
        if (age is >= 90 and <= 125)
        {
            // 94yo, 94y, 94yr, 94M (age and sex, as in case notes), 94y/o
            if (suffix.Equals("yo", StringComparison.OrdinalIgnoreCase) || suffix.Equals("y", StringComparison.OrdinalIgnoreCase) ||
                suffix.Equals("yr", StringComparison.OrdinalIgnoreCase) || suffix.Equals("yrs", StringComparison.OrdinalIgnoreCase))
            {
                var end = t.End;
                var tokens = analysis.Tokens;
                if (k + 2 < tokens.Length && tokens[k + 1].IsPunct('/', analysis.Text) && tokens[k + 2].IsWord(analysis.Text, "o"))
                {
                    end = tokens[k + 2].End;
                }

                context.Report(EntityKind.Age, TextSpan.FromBounds(t.Start, end), 0.9);
            }
            else if (suffix.Equals("th", StringComparison.OrdinalIgnoreCase) || suffix.Equals("st", StringComparison.OrdinalIgnoreCase) ||
                     suffix.Equals("nd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase))
            {
                // "90th birthday"
                if (k + 1 < analysis.Tokens.Length && analysis.Tokens[k + 1].Value(analysis.Text)
                        .StartsWith("birthday", StringComparison.OrdinalIgnoreCase))
                {
                    context.Report(EntityKind.Age, new TextSpan(t.Start, t.Length), 0.9);
                }
            }
            else if (suffix.Equals("s", StringComparison.OrdinalIgnoreCase) && age % 10 == 0 && k >= 2 &&
                     analysis.Tokens[k - 1].Has(Lex.PatientPronoun) && age < 110)
            {
                // "in her 90s" (not "the 90s", a decade)
                context.Report(EntityKind.Age, new TextSpan(t.Start, t.Length), 0.8);
            }
        }
    }

    /// <summary>End offset of "-year-old", " year old", " years old", " yo", " y/o", " yr old" starting at token <paramref name="k"/>, or 0.</summary>
    private static int AgeSuffixEnd(PostAnalysis analysis, int k)
    {
        var tokens = analysis.Tokens;
        var text = analysis.Text;
        var j = k;
        if (j < tokens.Length && tokens[j].IsPunct('-', text))
        {
            j++;
        }

        if (j >= tokens.Length || tokens[j].Kind != TokenKind.Word)
        {
            return 0;
        }

        var w = tokens[j].Value(text);
        if (w.Equals("yo", StringComparison.OrdinalIgnoreCase))
        {
            return tokens[j].End;
        }

        if (w.Equals("y", StringComparison.OrdinalIgnoreCase) && j + 2 < tokens.Length && tokens[j + 1].IsPunct('/', text) &&
            tokens[j + 2].IsWord(text, "o"))
        {
            return tokens[j + 2].End;
        }

        if (w.Equals("year", StringComparison.OrdinalIgnoreCase) || w.Equals("years", StringComparison.OrdinalIgnoreCase) ||
            w.Equals("yr", StringComparison.OrdinalIgnoreCase) || w.Equals("yrs", StringComparison.OrdinalIgnoreCase))
        {
            var o = j + 1;
            if (o < tokens.Length && tokens[o].IsPunct('-', text))
            {
                o++;
            }

            if (o < tokens.Length && tokens[o].IsWord(text, "old"))
            {
                return tokens[o].End;
            }

            // "90 years of age"
            if (o + 2 < tokens.Length && tokens[o].IsWord(text, "of") &&
                tokens[o + 1].IsWord(text, "age"))
            {
                return tokens[o + 1].End;
            }
        }

        return 0;
    }

    /// <summary>"aged 91", "age 91", "age: 91", "turned 103", "turns 90", "turning 95", "at 92" after a pronoun is not enough.</summary>
    private static bool IsAgePrefix(PostAnalysis analysis, int k)
    {
        var tokens = analysis.Tokens;
        var p = k - 1;
        if (p >= 0 && tokens[p].IsPunct(':', analysis.Text))
        {
            p--;
        }

        if (p < 0 || !tokens[p].Has(Lex.AgeCue))
        {
            return false;
        }

        var w = tokens[p].Value(analysis.Text);
        return w.Equals("age", StringComparison.OrdinalIgnoreCase) || w.Equals("aged", StringComparison.OrdinalIgnoreCase) ||
               w.StartsWith("turn", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Start of "born in", "born", "DOB", "b." before a four-digit year, or -1.</summary>
    private static int BirthCueStart(PostAnalysis analysis, int k)
    {
        var tokens = analysis.Tokens;
        var p = k - 1;
        if (p >= 0 && tokens[p].IsWord(analysis.Text, "in"))
        {
            p--;
        }

        if (p >= 0 && tokens[p].IsPunct(':', analysis.Text))
        {
            p--;
        }

        return p >= 0 && tokens[p].Has(Lex.BirthCue) ? tokens[p].Start : -1;
    }

    private static bool IsCentenarian(ReadOnlySpan<char> w) =>
        w.Equals("centenarian", StringComparison.OrdinalIgnoreCase) || w.Equals("nonagenarian", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("supercentenarian", StringComparison.OrdinalIgnoreCase);

    private static bool IsNumberWord(string text, in Token t)
    {
        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        var w = t.Value(text);
        foreach (var n in (ReadOnlySpan<string>)["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "and", "ninety", "hundred", "ten", "eleven", "twelve"])
        {
            if (w.Equals(n, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
