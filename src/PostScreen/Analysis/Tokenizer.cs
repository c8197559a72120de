using System.Buffers;

namespace PostScreen.Analysis;

/// <summary>
/// Splits the text into word, number, mixed and punctuation tokens in one linear pass, classifies
/// each word against the <see cref="Lexicon"/>, and marks sentence boundaries. Tokens go into a
/// pooled array; the caller returns it.
/// </summary>
internal static class Tokenizer
{
    private const byte Other = 0, Space = 1, Newline = 2, Digit = 3, Lower = 4, Upper = 5;

    // ASCII character classes: almost every character of a post is ASCII, and a table lookup is
    // cheaper than the Unicode category checks, which run only for the rest.
    private static readonly byte[] AsciiClass = BuildAsciiClass();

    public static Token[] Tokenize(string text, out int count)
    {
        var tokens = ArrayPool<Token>.Shared.Rent(Math.Max(16, text.Length / 3 + 4));
        count = 0;
        var flags = TokenFlags.None;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var cls = c < 128 ? AsciiClass[c] : Other;
            if (cls is Space or Newline || (c >= 128 && char.IsWhiteSpace(c)))
            {
                flags |= c is '\n' or '\r' ? TokenFlags.NewlineBefore | TokenFlags.SpaceBefore : TokenFlags.SpaceBefore;
                i++;
                continue;
            }

            if (count == tokens.Length)
            {
                var bigger = ArrayPool<Token>.Shared.Rent(tokens.Length * 2);
                tokens.AsSpan(0, count).CopyTo(bigger);
                ArrayPool<Token>.Shared.Return(tokens);
                tokens = bigger;
            }

            ref var t = ref tokens[count++];
            t = default;
            t.Start = i;
            if (cls >= Digit || (c >= 128 && char.IsLetterOrDigit(c)))
            {
                var letters = 0;
                var digits = 0;
                var upper = 0;
                var ascii = true;
                var hash = Lexicon.HashSeed; // the lexicon's hash, computed in this same pass
                var j = i;
                while (j < text.Length)
                {
                    var d = text[j];
                    if (char.IsAsciiLetterLower(d))
                    {
                        // Most characters of a post: one range test, no table lookup.
                        letters++;
                        hash = Lexicon.HashStep(hash, d);
                        j++;
                        continue;
                    }

                    var dc = d < 128 ? AsciiClass[d] : Other;
                    if (dc == Digit)
                    {
                        digits++;
                    }
                    else if (dc == Upper)
                    {
                        letters++;
                        upper++;
                        hash = Lexicon.HashStep(hash, (char)(d | 0x20));
                    }
                    else if (d >= 128 && char.IsLetter(d))
                    {
                        ascii = false;
                        letters++;
                        if (char.IsUpper(d))
                        {
                            upper++;
                        }
                    }
                    else if (d == '\'' && letters > 0 && digits == 0 && j + 1 < text.Length && char.IsLetter(text[j + 1]))
                    {
                        // O'Brien stays one word; Mary's is "Mary" marked possessive.
                        if ((text[j + 1] is 's' or 'S') && (j + 2 >= text.Length || !char.IsLetter(text[j + 2])))
                        {
                            t.Flags |= TokenFlags.Possessive;
                            break;
                        }

                        hash = Lexicon.HashStep(hash, d);
                    }
                    else if (d >= 128 && char.IsDigit(d))
                    {
                        // Other scripts' digits are not ASCII numbers: recognizers parse Number tokens
                        // as ASCII, so these count as letters (the token is a word or a mixed code).
                        ascii = false;
                        letters++;
                    }
                    else
                    {
                        break;
                    }

                    j++;
                }

                t.Length = j - i;
                t.Kind = digits == 0 ? TokenKind.Word : letters == 0 ? TokenKind.Number : TokenKind.Mixed;
                if (letters > 0 && char.IsUpper(text[i]))
                {
                    t.Flags |= TokenFlags.Capitalized;
                    if (upper == letters && letters > 1)
                    {
                        t.Flags |= TokenFlags.AllUpper;
                    }
                }

                if (t.Kind == TokenKind.Word && ascii)
                {
                    t.Hash = hash;
                    t.Flags |= TokenFlags.AsciiWord;
                    if (t.Length <= 24)
                    {
                        t.Lex = Lexicon.Classify(text.AsSpan(i, t.Length), hash, out t.Tone);
                    }
                }

                i = j;
                if ((t.Flags & TokenFlags.Possessive) != 0)
                {
                    i += 2; // skip 's
                }
            }
            else
            {
                t.Length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                t.Kind = TokenKind.Punct;
                i += t.Length;
            }

            t.Flags |= flags;
            flags = TokenFlags.None;
        }

        MarkSentences(text, tokens.AsSpan(0, count));
        return tokens;
    }

    private static byte[] BuildAsciiClass()
    {
        var table = new byte[128];
        for (var c = 0; c < 128; c++)
        {
            table[c] = c switch
            {
                '\n' or '\r' => Newline,
                ' ' or '\t' or '\v' or '\f' => Space,
                >= '0' and <= '9' => Digit,
                >= 'a' and <= 'z' => Lower,
                >= 'A' and <= 'Z' => Upper,
                _ => Other,
            };
        }

        return table;
    }

    /// <summary>
    /// A sentence ends after '.', '!' or '?' followed by a space, unless the word before is an
    /// abbreviation (Dr., Mr., St.) or a lone initial; and at every line break.
    /// </summary>
    private static void MarkSentences(string text, Span<Token> tokens)
    {
        var sentence = 0;
        var endPending = false;
        for (var k = 0; k < tokens.Length; k++)
        {
            ref var t = ref tokens[k];
            if (k > 0 && (t.Is(TokenFlags.NewlineBefore) || (endPending && t.Is(TokenFlags.SpaceBefore))))
            {
                sentence++;
            }

            endPending = endPending && !t.Is(TokenFlags.SpaceBefore) && t.Kind == TokenKind.Punct;
            t.Sentence = sentence;
            if (t.Kind == TokenKind.Punct)
            {
                var c = text[t.Start];
                if (c is '!' or '?')
                {
                    endPending = true;
                }
                else if (c == '.' && k > 0)
                {
                    ref readonly var prev = ref tokens[k - 1];
                    var abbreviation = prev.End == t.Start &&
                        prev.Kind == TokenKind.Word && (prev.Has(Lex.Abbreviation) || prev.Length == 1);
                    endPending = !abbreviation;
                }
            }
        }
    }
}
