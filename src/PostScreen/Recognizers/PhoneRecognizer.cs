using PostScreen.Analysis;

namespace PostScreen.Recognizers;

/// <summary>
/// Telephone and fax numbers: North American numbers with NANP rules (area code and exchange
/// start 2–9, no N11 area codes), UK numbers (+44 or a leading 0, 10 significant digits),
/// other international numbers written with a leading +, and disguised forms (spaced or dotted
/// digits). A fax cue before the number makes it <see cref="EntityKind.Fax"/>.
/// </summary>
internal sealed class PhoneRecognizer : BuiltInRecognizer
{
    public override string Name => "phone";

    protected override void Recognize(PostAnalysis analysis, RecognitionContext context)
    {
        Span<char> digits = stackalloc char[24];
        Span<int> groups = stackalloc int[16];
        foreach (var chain in analysis.Chains)
        {
            if (chain.GluedAfter || chain.DigitCount < 7 || chain.DigitCount > 15)
            {
                continue;
            }

            var n = chain.CopyDigits(analysis, digits);
            var g = chain.GroupLengths(analysis, groups);
            var d = digits[..n];
            var score = Score(analysis, chain, d, groups[..g]);
            if (score <= 0)
            {
                continue;
            }

            var cueIndex = chain.FirstToken;
            var cued = analysis.CueBefore(cueIndex, Lex.PhoneCue | Lex.FaxCue, 4);
            if (!cued && score < 0.5)
            {
                continue;
            }

            var isFax = analysis.CueBefore(cueIndex, Lex.FaxCue, 4) && !ClosestCueIsPhone(analysis, cueIndex);
            context.Report(isFax ? EntityKind.Fax : EntityKind.Phone, chain.Span, Math.Min(0.99, score + (cued ? 0.15 : 0)));
        }
    }

    private static double Score(PostAnalysis analysis, DigitChain chain, ReadOnlySpan<char> d, ReadOnlySpan<int> groups)
    {
        // Dotted quads are IP addresses, not phone numbers.
        if (chain.Separators == ChainSeparators.Dot && groups.Length == 4 && groups[0] <= 3 && groups[1] <= 3 && groups[2] <= 3 && groups[3] <= 3)
        {
            return 0;
        }

        // Dates (04/17/1956) use slashes; phone numbers never do.
        if ((chain.Separators & ChainSeparators.Slash) != 0)
        {
            return 0;
        }

        var disguised = groups.Length >= 7 && AllShort(groups);
        if (chain.LeadingPlus)
        {
            if (d.StartsWith("1") && d.Length == 11)
            {
                return Nanp(d[1..]) ? 0.9 : 0;
            }

            if (d.StartsWith("44"))
            {
                var rest = d[2..];
                if (rest.StartsWith("0"))
                {
                    rest = rest[1..]; // +44 (0)20 ...
                }

                return rest.Length == 10 && rest[0] is '1' or '2' or '3' or '7' or '8' ? 0.9 : 0;
            }

            return d.Length is >= 8 and <= 15 ? 0.75 : 0;
        }

        if (d.Length == 11 && d[0] == '1' && groups.Length >= 2 && groups[0] == 1)
        {
            return Nanp(d[1..]) ? 0.85 : 0;
        }

        if (d.Length == 11 && d[0] == '0' && d[1] is '1' or '2' or '3' or '7' or '8' && (groups.Length >= 2 || disguised))
        {
            return 0.8; // UK national format: 07700 900123, 020 7946 0958
        }

        if (d.Length == 10 && Nanp(d))
        {
            if (groups.Length == 1)
            {
                return 0.45; // a bare ten-digit run needs a cue
            }

            if (disguised)
            {
                return 0.8;
            }

            var shaped = groups.Length == 3 && groups[0] == 3 && groups[1] == 3 && groups[2] == 4;
            var twoPart = groups.Length == 2 && groups[0] == 3 && groups[1] == 7;
            return shaped ? 0.85 : twoPart ? 0.6 : 0.4;
        }

        if (d.Length == 7 && groups.Length == 2 && groups[0] == 3 && groups[1] == 4 && d[0] >= '2' &&
            (chain.Separators & (ChainSeparators.Dash | ChainSeparators.Dot)) != 0)
        {
            return 0.4; // local number: 555-1234, only with a cue
        }

        return 0;
    }

    private static bool AllShort(ReadOnlySpan<int> groups)
    {
        foreach (var g in groups)
        {
            if (g > 2)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>NANP: NXX-NXX-XXXX with N in 2–9, no N11 area code, no 9 in the area code's middle digit.</summary>
    internal static bool Nanp(ReadOnlySpan<char> ten) =>
        ten.Length == 10 &&
        ten[0] >= '2' && ten[3] >= '2' &&
        ten[1] != '9' &&
        !(ten[1] == '1' && ten[2] == '1');

    private static bool ClosestCueIsPhone(PostAnalysis analysis, int index)
    {
        var tokens = analysis.Tokens;
        for (int k = index - 1, seen = 0; k >= 0 && seen < 4; k--, seen++)
        {
            if (tokens[k].Has(Lex.FaxCue))
            {
                return false;
            }

            if (tokens[k].Has(Lex.PhoneCue) && !tokens[k].Has(Lex.FaxCue) &&
                tokens[k].Value(analysis.Text) is var w &&
                !w.Equals("number", StringComparison.OrdinalIgnoreCase) && !w.Equals("no", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
