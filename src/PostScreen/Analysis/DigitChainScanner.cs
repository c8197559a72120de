namespace PostScreen.Analysis;

/// <summary>Finds every <see cref="DigitChain"/> of a post in one pass over its tokens.</summary>
internal static class DigitChainScanner
{
    private const int MaxDigits = 22;

    public static void Scan(PostAnalysis analysis, List<DigitChain> chains)
    {
        var text = analysis.Text;
        var tokens = analysis.Tokens;
        var k = 0;
        while (k < tokens.Length)
        {
            ref readonly var t = ref tokens[k];
            var startToken = k;
            var plus = false;
            if (t.Kind == TokenKind.Punct && (text[t.Start] is '+' or '(') && k + 1 < tokens.Length &&
                tokens[k + 1].Kind == TokenKind.Number && !tokens[k + 1].Is(TokenFlags.SpaceBefore))
            {
                plus = text[t.Start] == '+';
                k++;
            }
            else if (t.Kind != TokenKind.Number)
            {
                k++;
                continue;
            }

            // The chain must not continue a word or code: "A123" is not a chain start.
            if (startToken > 0 && !tokens[startToken].Is(TokenFlags.SpaceBefore) &&
                tokens[startToken - 1].Kind is TokenKind.Word or TokenKind.Mixed)
            {
                k++;
                continue;
            }

            var seps = ChainSeparators.None;
            var digits = tokens[k].Length;
            var groups = 1;
            var last = k;
            var j = k + 1;
            while (j < tokens.Length && digits < MaxDigits)
            {
                ref readonly var next = ref tokens[j];
                if (next.Kind == TokenKind.Number && next.Start - tokens[last].End <= 1 && next.Is(TokenFlags.SpaceBefore) &&
                    !next.Is(TokenFlags.NewlineBefore))
                {
                    seps |= ChainSeparators.Space;
                }
                else if (next.Kind == TokenKind.Punct && next.Start - tokens[last].End <= 1 && Separator(text[next.Start]) is var s && s != 0)
                {
                    // A separator may be followed by ")" and one space: "(555) 123".
                    var n = j + 1;
                    if (s == ChainSeparators.Paren && n < tokens.Length && tokens[n].Kind == TokenKind.Punct && text[tokens[n].Start] == '-')
                    {
                        n++;
                    }

                    if (n < tokens.Length && tokens[n].Kind == TokenKind.Number && tokens[n].Start - tokens[n - 1].End <= 1 &&
                        !tokens[n].Is(TokenFlags.NewlineBefore))
                    {
                        seps |= s;
                        if (tokens[n].Start > tokens[n - 1].End)
                        {
                            seps |= ChainSeparators.Space;
                        }

                        j = n;
                    }
                    else
                    {
                        break;
                    }
                }
                else
                {
                    break;
                }

                digits += tokens[j].Length;
                groups++;
                last = j;
                j++;
            }

            var end = tokens[last].End;
            var glued = last + 1 < tokens.Length && tokens[last + 1].Start == end &&
                (tokens[last + 1].Kind is TokenKind.Word or TokenKind.Mixed);
            if (startToken < k && text[tokens[startToken].Start] == '(')
            {
                seps |= ChainSeparators.Paren;
            }

            chains.Add(new DigitChain(startToken, last, tokens[startToken].Start, end, digits, groups, seps, plus, glued));
            k = last + 1;
        }
    }

    private static ChainSeparators Separator(char c) => c switch
    {
        '-' => ChainSeparators.Dash,
        '.' => ChainSeparators.Dot,
        '(' or ')' => ChainSeparators.Paren,
        '/' => ChainSeparators.Slash,
        _ => ChainSeparators.None,
    };
}
