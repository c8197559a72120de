using PostScreen.Analysis;

namespace PostScreen.Classifiers;

/// <summary>
/// Whether a post's words for a patient refer to a patient at all, for the features the post-level
/// models see. "Our patient safety team", "the family room", "Bed, then gym" and "As a patient with
/// lupus, ..." have the classes of a patient word and tell no patient's story; the anecdote model
/// leaned on the class (its heaviest weight) and fired on five of thirty everyday posts of a
/// hospital and its staff.
/// </summary>
internal static class PatientReferences
{
    /// <summary>
    /// <paramref name="lex"/> without the patient classes when the post has patient words and none
    /// of them refers to a patient; otherwise <paramref name="lex"/> unchanged.
    /// </summary>
    public static Lex Mask(PostAnalysis analysis, Lex lex)
    {
        if ((analysis.PostLex & Lex.PatientWord) == 0)
        {
            return lex;
        }

        var tokens = analysis.Tokens;
        var text = analysis.Text;
        for (var k = 0; k < tokens.Length; k++)
        {
            if (tokens[k].Has(Lex.PatientWord) && !IsNoPatient(tokens, k, text))
            {
                return lex;
            }
        }

        return lex & ~Lex.PatientWord;
    }

    /// <summary>
    /// Room, bed, bay, cubicle: the patient nouns that are a place, and name a patient only with a
    /// number ("bed 4"). Shared with <see cref="Analyzers.RoomsAsPlaces"/>.
    /// </summary>
    public static bool IsRoomWord(in Token t, string text) => t.Kind == TokenKind.Word && RoomWords.Contains(t.Value(text));

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoomWords =
        WordSet.Of("room", "bed", "bay", "cubicle");

    /// <summary>
    /// A patient word that names no patient: "patient" modifying a noun ("patient panel"), "as a
    /// patient" (the author, or a role), a room, bed or bay with no number after it (a place, or the
    /// author's own bed), and "case" in an idiom ("in case it helps", "worst case", "case study").
    /// </summary>
    private static bool IsNoPatient(ReadOnlySpan<Token> tokens, int k, string text)
    {
        ref readonly var t = ref tokens[k];
        if (t.IsWord(text, "case"))
        {
            return (k > 0 && (tokens[k - 1].IsWord(text, "in") || tokens[k - 1].IsWord(text, "any") || tokens[k - 1].IsWord(text, "worst")
                              || tokens[k - 1].IsWord(text, "best")))
                   || (k + 1 < tokens.Length && (tokens[k + 1].IsWord(text, "study") || tokens[k + 1].IsWord(text, "studies")
                                                 || tokens[k + 1].IsWord(text, "report") || tokens[k + 1].IsWord(text, "series")));
        }

        if (t.Has(Lex.PatientStrong))
        {
            return CuePhrases.IsPatientModifier(tokens, k, text)
                   || (k >= 2 && (tokens[k - 1].IsWord(text, "a") || tokens[k - 1].IsWord(text, "an")) && tokens[k - 2].IsWord(text, "as"));
        }

        return IsRoomWord(t, text)
               && !(k + 1 < tokens.Length && tokens[k + 1].Kind is TokenKind.Number or TokenKind.Mixed && tokens[k + 1].Sentence == t.Sentence);
    }
}
