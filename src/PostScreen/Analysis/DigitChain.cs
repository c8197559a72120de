namespace PostScreen.Analysis;

/// <summary>Separators seen between the digit groups of a chain.</summary>
[Flags]
internal enum ChainSeparators : byte
{
    None = 0,
    Space = 1,
    Dash = 2,
    Dot = 4,
    Paren = 8,
    Slash = 16,
}

/// <summary>
/// A run of digit groups joined by single separators ("(555) 123-4567", "04/17/1956",
/// "5 5 5 1 2 3"), found once per post and shared by the phone, SSN, card, date, ZIP and IP
/// recognizers. Groups are the <see cref="TokenKind.Number"/> tokens from
/// <see cref="FirstToken"/> to <see cref="LastToken"/>.
/// </summary>
internal readonly record struct DigitChain(
    int FirstToken,
    int LastToken,
    int Start,
    int End,
    int DigitCount,
    int GroupCount,
    ChainSeparators Separators,
    bool LeadingPlus,
    bool GluedAfter)
{
    public TextSpan Span => TextSpan.FromBounds(Start, End);

    /// <summary>Copies the digits into <paramref name="destination"/> and returns how many.</summary>
    public int CopyDigits(PostAnalysis analysis, Span<char> destination)
    {
        var n = 0;
        var tokens = analysis.Tokens;
        for (var k = FirstToken; k <= LastToken; k++)
        {
            ref readonly var t = ref tokens[k];
            if (t.Kind != TokenKind.Number)
            {
                continue;
            }

            var digits = analysis.Text.AsSpan(t.Start, t.Length);
            if (n + digits.Length > destination.Length)
            {
                return n;
            }

            digits.CopyTo(destination[n..]);
            n += digits.Length;
        }

        return n;
    }

    /// <summary>Writes the group lengths into <paramref name="destination"/> and returns how many.</summary>
    public int GroupLengths(PostAnalysis analysis, Span<int> destination)
    {
        var n = 0;
        var tokens = analysis.Tokens;
        for (var k = FirstToken; k <= LastToken && n < destination.Length; k++)
        {
            if (tokens[k].Kind == TokenKind.Number)
            {
                destination[n++] = tokens[k].Length;
            }
        }

        return n;
    }
}
