using System.Collections.Frozen;

namespace PostScreen.Analysis;

/// <summary>
/// A fixed set of words, matched in any case and looked up by a span of the post's text, so a lookup
/// builds no string. For short hand-written lists a rule reads directly; the lexicon's classes are
/// for words many rules share.
/// </summary>
internal static class WordSet
{
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Of(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
