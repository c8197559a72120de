using System.Buffers;

namespace PostScreen.Text;

/// <summary>
/// The screened text after undoing common disguises (fullwidth digits and letters, zero-width
/// characters, typographic dashes and spaces), with a map back to offsets of the original.
/// When nothing needs undoing, <see cref="Value"/> is the original string and no map is kept,
/// so the common case allocates nothing.
/// </summary>
internal sealed class NormalizedText
{
    // Characters that may need work: anything outside ASCII that we fold or drop.
    private static readonly SearchValues<char> Suspicious = SearchValues.Create(
        "\u00A0\u00AD\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u200C\u200D\u200E\u200F" +
        "\u2010\u2011\u2012\u2013\u2014\u2015\u2018\u2019\u201C\u201D\u2024\u2060\u202F\u205F\u2212\u3000\uFEFF" +
        string.Create(0x5F, 0, static (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)(0xFF01 + i);
            }
        }));

    private readonly int[]? _map;

    private NormalizedText(string original, string value, int[]? map)
    {
        Original = original;
        Value = value;
        _map = map;
    }

    /// <summary>The text as given.</summary>
    public string Original { get; }

    /// <summary>The text recognizers see.</summary>
    public string Value { get; }

    /// <summary>Whether <see cref="Value"/> differs from <see cref="Original"/>.</summary>
    public bool IsChanged => !ReferenceEquals(Original, Value);

    public static NormalizedText Create(string original)
    {
        // Every suspicious character is outside ASCII, and most posts are ASCII: find the first
        // non-ASCII character with a vectorized range scan (far cheaper than the set search) and
        // search the set only from there.
        var nonAscii = original.AsSpan().IndexOfAnyExceptInRange('\0', '\u007F');
        var first = nonAscii < 0 ? -1 : original.AsSpan(nonAscii).IndexOfAny(Suspicious);
        if (first < 0)
        {
            return new NormalizedText(original, original, null);
        }

        first += nonAscii;

        var buffer = new char[original.Length];
        var map = new int[original.Length + 1];
        original.AsSpan(0, first).CopyTo(buffer);
        for (var i = 0; i < first; i++)
        {
            map[i] = i;
        }

        var n = first;
        for (var i = first; i < original.Length; i++)
        {
            var c = original[i];
            var folded = Fold(c);
            if (folded == '\0')
            {
                continue; // dropped: zero-width or soft hyphen
            }

            buffer[n] = folded;
            map[n] = i;
            n++;
        }

        map[n] = original.Length;
        return new NormalizedText(original, new string(buffer, 0, n), map);
    }

    /// <summary>Maps a span of <see cref="Value"/> back to the original text.</summary>
    public TextSpan MapToOriginal(TextSpan span)
    {
        if (_map is null)
        {
            return span;
        }

        var start = _map[span.Start];
        var end = span.Length == 0 ? start : _map[span.End - 1] + 1;
        return TextSpan.FromBounds(start, end);
    }

    private static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFF01 + 0x21),
        '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u200E' or '\u200F' => '\0',
        '\u00A0' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000' => ' ',
        (>= '\u2010' and <= '\u2015') or '\u2212' => '-',
        '\u2018' or '\u2019' => '\'',
        '\u201C' or '\u201D' => '"',
        '\u2024' => '.',
        _ => c,
    };
}
