using System.Buffers;
using System.Runtime.CompilerServices;

namespace PostScreen.Analysis;

/// <summary>
/// Splits the text into word, number, mixed and punctuation tokens in one linear pass, classifies
/// each word against the <see cref="Lexicon"/>, marks sentence boundaries and sums up the post
/// (<see cref="TokenTotals"/>) in the same pass. Tokens go into a pooled array; the caller returns it.
/// </summary>
internal static class Tokenizer
{
    private const byte Other = 0, Space = 1, Newline = 2, Digit = 3, Lower = 4, Upper = 5;

    // ASCII character classes: almost every character of a post is ASCII, and a table lookup is
    // cheaper than the Unicode category checks, which run only for the rest.
    private static readonly byte[] AsciiClass = BuildAsciiClass();

    /// <summary>Tokenizes <paramref name="text"/>; the caller returns the token array to <see cref="ArrayPool{T}.Shared"/>.</summary>
    public static Token[] Tokenize(string text, out int count)
    {
        var tokens = Tokenize(text, out count, out var totals);
        ArrayPool<Lex>.Shared.Return(totals.SentenceLex);
        return tokens;
    }

    /// <summary>
    /// Tokenizes <paramref name="text"/> and sums up the post as it goes (<see cref="TokenTotals"/>);
    /// the caller returns both pooled arrays.
    /// </summary>
    public static Token[] Tokenize(string text, out int count, out TokenTotals totals)
    {
        var tokens = ArrayPool<Token>.Shared.Rent(Math.Max(16, text.Length / 3 + 4));
        var sentences = ArrayPool<Lex>.Shared.Rent(8);
        var asciiClass = AsciiClass; // read once: the loop then reads no static field
        // Everything the loop carries is a local, the unions too (the out parameter, a second pass
        // for sentences and a third for the unions kept counts in memory and walked every token
        // three times).
        var n = 0;
        var flags = TokenFlags.None;
        var sentence = 0;
        var sentenceLex = Lex.None;
        var postLex = Lex.None;
        var postTone = Tone.None;
        var hasDigits = false;
        var endPending = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var cls = c < 128 ? asciiClass[c] : Other;
            if (cls is Space or Newline || (c >= 128 && char.IsWhiteSpace(c)))
            {
                flags |= c is '\n' or '\r' ? TokenFlags.NewlineBefore | TokenFlags.SpaceBefore : TokenFlags.SpaceBefore;
                i++;
                continue;
            }

            if (n == tokens.Length)
            {
                tokens = Grow(tokens);
            }

            // A sentence ends after '.', '!' or '?' followed by a space, unless the word before is
            // an abbreviation (Dr., Mr., St.) or a lone initial; and at every line break.
            if (n > 0 && ((flags & TokenFlags.NewlineBefore) != 0 || (endPending && (flags & TokenFlags.SpaceBefore) != 0)))
            {
                sentences[sentence++] = sentenceLex;
                postLex |= sentenceLex;
                sentenceLex = Lex.None;
                if (sentence == sentences.Length)
                {
                    sentences = Grow(sentences);
                }
            }

            ref var t = ref tokens[n++];
            t = default;
            t.Start = i;
            t.Flags = flags;
            t.Sentence = sentence;
            if (cls >= Digit || (c >= 128 && char.IsLetterOrDigit(c)))
            {
                i = ScanWord(text, i, ref t);
                endPending = false;
                sentenceLex |= t.Lex;
                postTone |= t.Tone;
                hasDigits |= t.Kind != TokenKind.Word;
            }
            else
            {
                t.Length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                t.Kind = TokenKind.Punct;
                i += t.Length;
                endPending = c is '!' or '?'
                    || (c == '.' ? n > 1 && !IsAbbreviationBefore(tokens[n - 2], t.Start)
                        : endPending && (flags & TokenFlags.SpaceBefore) == 0); // "?!" and '."' keep a pending end
            }

            // A token and one space, the commonest step, is taken without a pass through the loop's head.
            if (i < text.Length && text[i] == ' ')
            {
                flags = TokenFlags.SpaceBefore;
                i++;
                continue;
            }

            flags = TokenFlags.None;
        }

        sentences[sentence] = sentenceLex;
        postLex |= sentenceLex;
        count = n;
        totals = new TokenTotals(sentences, n == 0 ? 0 : sentence + 1, postLex, postTone, hasDigits);
        return tokens;
    }

    /// <summary>Whether the token before a '.' at <paramref name="dot"/> makes it an abbreviation's dot (Dr., Mr., St., a lone initial).</summary>
    private static bool IsAbbreviationBefore(in Token previous, int dot) =>
        previous.End == dot && previous.Kind == TokenKind.Word && (previous.Has(Lex.Abbreviation) || previous.Length == 1);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static T[] Grow<T>(T[] items)
    {
        var bigger = ArrayPool<T>.Shared.Rent(items.Length * 2);
        items.AsSpan().CopyTo(bigger);
        ArrayPool<T>.Shared.Return(items);
        return bigger;
    }

    /// <summary>
    /// Scans the word, number or mixed token that starts at <paramref name="i"/> into
    /// <paramref name="t"/>, classifies an ASCII word, and returns where the next token may start.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ScanWord(string text, int i, ref Token t)
    {
        // Almost every token is ASCII letters and digits: that run is scanned by a loop with no call
        // in it, so its counters and the hash stay in registers (one loop that also handled the rare
        // characters kept them on the stack, a store and a load per character). The rare rest is
        // another method's, so this one takes no local's address either.
        var j = ScanAsciiRun(text, i, Lexicon.HashSeed, out var hash, out var digits, out var upper);
        if (j < text.Length && (text[j] == '\'' || text[j] >= 128))
        {
            return ScanWordRest(text, i, j, hash, digits, upper, ref t);
        }

        return Finish(text, i, j, hash, j - i - digits, digits, upper, ascii: true, ref t);
    }

    /// <summary>A token whose ASCII run stopped at an apostrophe or a non-ASCII character: scans on, then finishes it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScanWordRest(string text, int i, int j, uint hash, int digits, int upper, ref Token t)
    {
        var letters = j - i - digits;
        var ascii = true;
        j = ScanRest(text, j, ref t, ref hash, ref letters, ref digits, ref upper, ref ascii);
        return Finish(text, i, j, hash, letters, digits, upper, ascii, ref t);
    }

    /// <summary>Sets the token's length, kind and shape flags, classifies an ASCII word, and returns where the next token may start.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Finish(string text, int i, int j, uint hash, int letters, int digits, int upper, bool ascii, ref Token t)
    {
        t.Length = j - i;
        t.Kind = digits == 0 ? TokenKind.Word : letters == 0 ? TokenKind.Number : TokenKind.Mixed;
        var first = text[i];
        if (letters > 0 && (char.IsAsciiLetterUpper(first) || (first >= 128 && char.IsUpper(first))))
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

        return (t.Flags & TokenFlags.Possessive) != 0 ? j + 2 : j; // skip 's
    }

    /// <summary>
    /// The run of ASCII letters and digits from <paramref name="j"/>: where it ends, the lexicon's hash
    /// continued over its lower-cased letters, and how many digits and capitals it holds.
    /// </summary>
    private static int ScanAsciiRun(string text, int j, uint seed, out uint hash, out int digits, out int upper)
    {
        var h = seed;
        var d = 0;
        var u = 0;
        for (; j < text.Length; j++)
        {
            uint c = text[j];
            if (c - 'a' <= 'z' - 'a')
            {
                h = Lexicon.HashStep(h, (char)c);
            }
            else if (c - 'A' <= 'Z' - 'A')
            {
                u++;
                h = Lexicon.HashStep(h, (char)(c | 0x20));
            }
            else if (c - '0' <= 9)
            {
                d++;
            }
            else
            {
                break;
            }
        }

        hash = h;
        digits = d;
        upper = u;
        return j;
    }

    /// <summary>
    /// Goes on with a token at a character the ASCII run stopped at that may still belong to it: an
    /// inner apostrophe or a non-ASCII letter or digit. Returns where the token ends.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScanRest(string text, int j, ref Token t, ref uint hash, ref int letters, ref int digits, ref int upper, ref bool ascii)
    {
        while (j < text.Length)
        {
            var d = text[j];
            if (d < 128 && char.IsAsciiLetterOrDigit(d))
            {
                var end = ScanAsciiRun(text, j, hash, out hash, out var moreDigits, out var moreUpper);
                letters += end - j - moreDigits;
                digits += moreDigits;
                upper += moreUpper;
                j = end;
                continue;
            }

            if (d >= 128 && char.IsLetter(d))
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

        return j;
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
}

/// <summary>
/// What the tokenizer learns of the whole post while it scans, so no second pass over the tokens
/// computes it: the union of the lexical classes of each sentence's words (a pooled array of
/// <see cref="SentenceCount"/> used entries) and of the post's, the union of its tone classes, and
/// whether any token has a digit.
/// </summary>
internal readonly record struct TokenTotals(Lex[] SentenceLex, int SentenceCount, Lex PostLex, Tone PostTone, bool HasDigits);
