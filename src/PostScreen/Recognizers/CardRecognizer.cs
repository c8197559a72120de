using PostScreen.Analysis;

namespace PostScreen.Recognizers;

/// <summary>
/// Payment card and account numbers: 13–19 digits in card groupings or unbroken, validated with
/// Luhn; any 6–17 digit number right after an account cue ("acct #", "account number").
/// A Luhn-valid 15-digit number after a device cue is an IMEI (<see cref="EntityKind.Device"/>).
/// </summary>
internal sealed class CardRecognizer : BuiltInRecognizer
{
    public override string Name => "card";

    protected override void Recognize(PostAnalysis analysis, RecognitionContext context)
    {
        Span<char> digits = stackalloc char[24];
        Span<int> groups = stackalloc int[16];
        foreach (var chain in analysis.Chains)
        {
            if (chain.GluedAfter || chain.LeadingPlus || (chain.Separators & (ChainSeparators.Slash | ChainSeparators.Paren | ChainSeparators.Dot)) != 0)
            {
                continue;
            }

            var d = digits[..chain.CopyDigits(analysis, digits)];
            var g = groups[..chain.GroupLengths(analysis, groups)];
            var accountCue = analysis.CueBefore(chain.FirstToken, Lex.AccountCue, 4);
            if (d.Length == 15 && analysis.CueBefore(chain.FirstToken, Lex.DeviceCue, 4) && Checksums.Luhn(d))
            {
                context.Report(EntityKind.Device, chain.Span, 0.9);
                continue;
            }

            if (d.Length is >= 13 and <= 19 && CardShaped(g) && Checksums.Luhn(d) && d[0] is >= '2' and <= '6')
            {
                context.Report(EntityKind.Account, chain.Span, accountCue ? 0.97 : 0.85);
            }
            else if (accountCue && d.Length is >= 6 and <= 17 && !analysis.CueBefore(chain.FirstToken, Lex.PhoneCue | Lex.FaxCue, 2))
            {
                context.Report(EntityKind.Account, chain.Span, 0.8);
            }
        }
    }

    private static bool CardShaped(ReadOnlySpan<int> g) =>
        g.Length == 1 ||
        (g.Length == 4 && g[0] == 4 && g[1] == 4 && g[2] == 4 && g[3] is >= 1 and <= 7) ||
        (g.Length == 3 && g[0] == 4 && g[1] == 6 && g[2] is 4 or 5) ||
        (g.Length == 5 && g[0] == 4 && g[1] == 4 && g[2] == 4 && g[3] == 4 && g[4] <= 3);
}
