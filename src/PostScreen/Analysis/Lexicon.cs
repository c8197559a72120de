using System.Collections.Frozen;
using System.Reflection;

namespace PostScreen.Analysis;

/// <summary>
/// The word lists behind <see cref="Lex"/>, loaded once from the embedded <c>lexicon.txt</c>.
/// Lookups take a span of the text, so classifying a token allocates nothing.
/// </summary>
internal static class Lexicon
{
    private static readonly FrozenDictionary<string, Lex> Words;
    private static readonly FrozenDictionary<string, Lex>.AlternateLookup<ReadOnlySpan<char>> WordLookup;
    private static readonly FrozenSet<string> MultiwordCities;
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MultiwordLookup;

    static Lexicon()
    {
        var words = new Dictionary<string, Lex>(StringComparer.OrdinalIgnoreCase);
        var multi = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PostScreen.Resources.lexicon.txt")
            ?? throw new InvalidOperationException("The embedded lexicon is missing from the PostScreen assembly.");
        using var reader = new StreamReader(stream);
        var current = Lex.None;
        var inMultiword = false;
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            if (trimmed[0] == '[')
            {
                var name = trimmed[1..^1];
                inMultiword = name == "MultiwordCity";
                current = inMultiword ? Lex.City : Enum.Parse<Lex>(name);
                continue;
            }

            if (inMultiword)
            {
                multi.Add(trimmed);
                continue;
            }

            foreach (var word in trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                words[word] = words.GetValueOrDefault(word) | current;
            }
        }

        Words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        WordLookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        MultiwordCities = multi.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        MultiwordLookup = MultiwordCities.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The classes of one word (case-insensitive); <see cref="Lex.None"/> when unknown.</summary>
    public static Lex Classify(ReadOnlySpan<char> word) =>
        WordLookup.TryGetValue(word, out var lex) ? lex : Lex.None;

    /// <summary>Whether a slice such as "San Diego" is a known multi-word place.</summary>
    public static bool IsMultiwordCity(ReadOnlySpan<char> slice) => MultiwordLookup.Contains(slice);
}
