namespace PostScreen.Analysis;

/// <summary>What a token is made of.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters only (with inner apostrophes: O'Brien).</summary>
    Word,

    /// <summary>ASCII digits only.</summary>
    Number,

    /// <summary>Letters and digits mixed (A1234567, 3rd, 94yo).</summary>
    Mixed,

    /// <summary>One punctuation or symbol character.</summary>
    Punct,
}

/// <summary>Shape facts about a token, computed once by the tokenizer.</summary>
[Flags]
internal enum TokenFlags : byte
{
    None = 0,
    SpaceBefore = 1,
    NewlineBefore = 2,
    Capitalized = 4,
    AllUpper = 8,
    Possessive = 16, // followed by 's, which is not part of the token
    AsciiWord = 32,  // a word of ASCII letters: Hash holds its lower-cased FNV-1a hash
}

/// <summary>
/// One token of the shared analysis. A value type stored in a pooled array: tokenizing a post
/// allocates nothing per token.
/// </summary>
internal struct Token
{
    public int Start;
    public int Length;
    public TokenKind Kind;
    public TokenFlags Flags;
    public Tone Tone; // beside Flags, in what was padding: the struct stays 32 bytes
    public Lex Lex;
    public int Sentence;
    public uint Hash; // FNV-1a of the lower-cased word, computed while tokenizing; valid with TokenFlags.AsciiWord

    public readonly int End => Start + Length;

    public readonly bool Is(TokenFlags flag) => (Flags & flag) != 0;

    public readonly bool Has(Lex lex) => (Lex & lex) != 0;

    /// <summary>Whether the lexicon knows the word for any recognizer's purpose (post-level classes do not count).</summary>
    public readonly bool IsUnknownWord => (Lex & ~Lex.PostLevelOnly) == Lex.None;

    public readonly bool IsPunct(char c, string text) => Kind == TokenKind.Punct && text[Start] == c;

    /// <summary>
    /// The value of a number token of at most <paramref name="maxDigits"/> digits (nine at most), or -1
    /// for a longer number or any other token. Number tokens hold ASCII digits only (other scripts'
    /// digits make a word), so this is what int.TryParse answered, without the culture's number format
    /// it looked up for every number a detector read.
    /// </summary>
    public readonly int SmallNumber(string text, int maxDigits)
    {
        if (Kind != TokenKind.Number || Length > maxDigits)
        {
            return -1;
        }

        var value = 0;
        foreach (var c in Value(text))
        {
            value = value * 10 + (c - '0');
        }

        return value;
    }

    /// <summary>The token's characters in <paramref name="text"/>.</summary>
    public readonly ReadOnlySpan<char> Value(string text) => text.AsSpan(Start, Length);

    /// <summary>Whether the token is the word <paramref name="word"/>, ignoring case.</summary>
    public readonly bool IsWord(string text, string word) => Kind == TokenKind.Word && Value(text).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// He, she, him, her, his, hers: a pronoun of the patient class that points at one person. "They",
    /// "them" and "their" share the class but address a team or a public as often ("use their badge").
    /// </summary>
    public readonly bool IsSingularPersonPronoun(string text) =>
        Has(Lex.PatientPronoun) && !(IsWord(text, "they") || IsWord(text, "them") || IsWord(text, "their"));
}
