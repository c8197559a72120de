using System.Buffers;
using System.Collections.Frozen;
using PostScreen.Analysis;

namespace PostScreen.Recognizers;

/// <summary>
/// Web addresses: with a scheme (https://…), starting with www., or a bare domain with a known
/// top-level domain (gofundme.com/f/…, cdc.gov).
/// </summary>
internal sealed class UrlRecognizer : BuiltInRecognizer
{
    private static readonly SearchValues<char> UrlChars = SearchValues.Create(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Tlds =
        WordSet.Of(
            "com", "org", "net", "edu", "gov", "io", "co", "uk", "us", "ly", "me", "info", "health", "care", "nhs", "ca", "au", "app", "page", "site", "link");

    public override string Name => "url";

    protected override void Recognize(PostAnalysis analysis, RecognitionContext context)
    {
        var text = analysis.Text;
        var covered = -1;
        var i = text.IndexOf("://", StringComparison.Ordinal);
        while (i > 0)
        {
            var start = i;
            while (start > 0 && char.IsAsciiLetter(text[start - 1]))
            {
                start--;
            }

            if (start < i)
            {
                var end = ExtendUrl(text, i + 3);
                if (end > i + 4)
                {
                    context.Report(EntityKind.Url, TextSpan.FromBounds(start, end), 0.95);
                    covered = end;
                }
            }

            i = text.IndexOf("://", i + 3, StringComparison.Ordinal);
        }

        if (!HasDottedWord(text))
        {
            return; // no "label.tld" anywhere: prose whose dots all end sentences
        }

        var tokens = analysis.Tokens;
        for (var k = 0; k + 2 < tokens.Length; k++)
        {
            ref readonly var t = ref tokens[k];
            if (t.Start < covered || t.Kind == TokenKind.Punct || (k > 0 && !t.Is(TokenFlags.SpaceBefore) && IsUrlGlue(text, tokens[k - 1])))
            {
                continue;
            }

            // host: label(.label)*.tld, adjacent tokens with no spaces
            var j = k;
            var lastLabel = -1;
            while (j + 2 < tokens.Length && tokens[j + 1].IsPunct('.', text) && tokens[j + 1].Start == tokens[j].End &&
                   tokens[j + 2].Start == tokens[j + 1].End && tokens[j + 2].Kind is TokenKind.Word or TokenKind.Mixed or TokenKind.Number)
            {
                j += 2;
                lastLabel = j;
            }

            if (lastLabel < 0 || tokens[lastLabel].Kind != TokenKind.Word || !Tlds.Contains(tokens[lastLabel].Value(text)))
            {
                k = Math.Max(k, j);
                continue;
            }

            var isWww = t.IsWord(text, "www");
            var end = tokens[lastLabel].End;
            if (end < text.Length && text[end] == '/')
            {
                end = ExtendUrl(text, end);
            }

            // An email's domain is the email recognizer's.
            if (t.Start > 0 && text[t.Start - 1] == '@')
            {
                k = lastLabel;
                continue;
            }

            context.Report(EntityKind.Url, TextSpan.FromBounds(t.Start, end), isWww || end > tokens[lastLabel].End ? 0.9 : 0.75);
            covered = end;
            k = lastLabel;
        }
    }

    private static bool HasDottedWord(string text)
    {
        for (var dot = text.IndexOf('.'); dot >= 0 && dot + 1 < text.Length; dot = text.IndexOf('.', dot + 1))
        {
            if (dot > 0 && char.IsLetterOrDigit(text[dot - 1]) && char.IsLetterOrDigit(text[dot + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUrlGlue(string text, in Token previous) =>
        previous.Kind == TokenKind.Punct && text[previous.Start] is '@' or '.' or '/' or '-' or '_';

    private static int ExtendUrl(string text, int from)
    {
        var rest = text.AsSpan(from);
        var stop = rest.IndexOfAnyExcept(UrlChars);
        var end = stop < 0 ? text.Length : from + stop;
        while (end > from && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '\'' or ']')
        {
            end--;
        }

        return end;
    }
}
