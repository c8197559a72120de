using PostScreen.Analysis;

namespace PostScreen.Recognizers;

/// <summary>
/// Email addresses, written plainly (jane.doe@example.com) or disguised ("jane at gmail dot com",
/// "jane [at] example [dot] org").
/// </summary>
internal sealed class EmailRecognizer : BuiltInRecognizer
{
    public override string Name => "email";

    protected override void Recognize(PostAnalysis analysis, RecognitionContext context)
    {
        var text = analysis.Text;
        var at = text.IndexOf('@');
        while (at >= 0)
        {
            var start = at;
            while (start > 0 && IsLocalChar(text[start - 1]))
            {
                start--;
            }

            while (start < at && text[start] == '.')
            {
                start++;
            }

            var end = at + 1;
            var lastDot = -1;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '-' or '.'))
            {
                if (text[end] == '.')
                {
                    lastDot = end;
                }

                end++;
            }

            while (end > at + 1 && text[end - 1] is '.' or '-')
            {
                end--;
            }

            if (start < at && lastDot > at + 1 && lastDot < end - 2 && TldIsLetters(text.AsSpan(lastDot + 1, end - lastDot - 1)))
            {
                context.Report(EntityKind.Email, TextSpan.FromBounds(start, end), 0.95);
            }

            at = text.IndexOf('@', Math.Max(end, at + 1));
        }

        RecognizeDisguised(analysis, context);
    }

    private static bool IsLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool TldIsLetters(ReadOnlySpan<char> tld)
    {
        foreach (var c in tld)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return tld.Length >= 2;
    }

    /// <summary>local (at|[at]|(at)) domain (dot|[dot]|.) tld</summary>
    private static void RecognizeDisguised(PostAnalysis analysis, RecognitionContext context)
    {
        if ((analysis.PostLex & Lex.PlaceCue) == 0) // "at" is a place cue: no place cue, no "at"
        {
            return;
        }

        var tokens = analysis.Tokens;
        var text = analysis.Text;
        for (var k = 1; k + 2 < tokens.Length; k++)
        {
            if (!(tokens[k].Length == 2 && tokens[k].Has(Lex.PlaceCue) && tokens[k].IsWord(text, "at")))
            {
                continue;
            }

            var local = k - 1;
            var bracketed = false;
            if (tokens[local].IsPunct('[', text) || tokens[local].IsPunct('(', text))
            {
                local--;
                bracketed = true;
            }

            if (local < 0 || tokens[local].Kind is TokenKind.Punct)
            {
                continue;
            }

            var j = k + 1;
            if (bracketed && j < tokens.Length && (tokens[j].IsPunct(']', text) || tokens[j].IsPunct(')', text)))
            {
                j++;
            }

            if (j >= tokens.Length || tokens[j].Kind == TokenKind.Punct || !IsMailDomainStart(text, tokens[j], bracketed))
            {
                continue;
            }

            var domain = j;
            j++;
            var dotFound = false;
            var end = tokens[domain].End;
            while (j + 1 < tokens.Length)
            {
                var dotIndex = j;
                if (tokens[j].IsPunct('[', text) || tokens[j].IsPunct('(', text))
                {
                    dotIndex++;
                }

                if (dotIndex >= tokens.Length || !(tokens[dotIndex].IsWord(text, "dot") || tokens[dotIndex].IsPunct('.', text)))
                {
                    break;
                }

                var tld = dotIndex + 1;
                if (tld < tokens.Length && (tokens[tld].IsPunct(']', text) || tokens[tld].IsPunct(')', text)))
                {
                    tld++;
                }

                if (tld >= tokens.Length || tokens[tld].Kind != TokenKind.Word || tokens[tld].Length > 6)
                {
                    break;
                }

                dotFound = true;
                end = tokens[tld].End;
                j = tld + 1;
            }

            if (dotFound)
            {
                context.Report(EntityKind.Email, TextSpan.FromBounds(tokens[local].Start, end), 0.85);
            }
        }
    }

    // "at gmail dot com" is unambiguous for well-known providers; other domains need a bracketed "at".
    private static bool IsMailDomainStart(string text, in Token t, bool bracketed)
    {
        if (bracketed)
        {
            return true;
        }

        var w = t.Value(text);
        return w.Equals("gmail", StringComparison.OrdinalIgnoreCase) || w.Equals("yahoo", StringComparison.OrdinalIgnoreCase) ||
               w.Equals("hotmail", StringComparison.OrdinalIgnoreCase) || w.Equals("outlook", StringComparison.OrdinalIgnoreCase) ||
               w.Equals("aol", StringComparison.OrdinalIgnoreCase) || w.Equals("icloud", StringComparison.OrdinalIgnoreCase) ||
               w.Equals("protonmail", StringComparison.OrdinalIgnoreCase) || w.Equals("proton", StringComparison.OrdinalIgnoreCase) ||
               w.Equals("live", StringComparison.OrdinalIgnoreCase) || w.Equals("msn", StringComparison.OrdinalIgnoreCase);
    }

}
