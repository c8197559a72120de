namespace PostScreen;

/// <summary>
/// A range of the screened text, in UTF-16 code units of the input string, as Roslyn's
/// <c>TextSpan</c>.
/// </summary>
public readonly record struct TextSpan
{
    /// <summary>Creates a span. <paramref name="start"/> and <paramref name="length"/> must not be negative.</summary>
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Start = start;
        Length = length;
    }

    /// <summary>Offset of the first code unit.</summary>
    public int Start { get; }

    /// <summary>Number of code units.</summary>
    public int Length { get; }

    /// <summary>Offset just past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>Creates a span from a start and an exclusive end.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>Whether the two spans share at least one code unit.</summary>
    public bool OverlapsWith(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>Whether <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
