using System.Collections.Frozen;
using PostScreen.Analysis;
using PostScreen.Classifiers;

namespace PostScreen.Analyzers;

/// <summary>
/// Whether every numbered room, bed or bay in a post is a place in the building rather than a
/// patient: "Mock code drill in bed 6 at 2pm", "The new bladder scanner lives in bay 3 now". On the
/// wards "bed 6" is how a patient is named ("Bed 6 went home today", "Room 5 wants to know why"),
/// so the training corpus teaches the model, and the cue phrases "in bed &lt;num&gt;", that a
/// numbered room is a patient; an announcement that names one then reads as an anecdote.
/// </summary>
/// <remarks>
/// A room is a place when a preposition stands before it ("in bay 3", "in trauma bay 1") and the post
/// names no person at all: no patient noun but the room words, no he/she, no relative, no title, no
/// mocking word ("Nutjob in bed 2" is a patient). A room that opens its clause ("Bed 16 is refusing
/// to shower", "Bed 12 has requested a fresh pillow") is a patient however it goes on. The rule
/// only ever removes PS2001; where it does not apply the model decides as before.
/// </remarks>
internal static class RoomsAsPlaces
{
    private const Lex PersonClasses = Lex.PatientPronoun | Lex.Relative | Lex.PersonTitle | Lex.Mockery;

    public static bool AreOnlyPlaces(PostAnalysis analysis)
    {
        // Most posts that reach this rule are stories that say "patient", "my mom" or "Mrs.": those classes
        // are always a person, so the post-wide union settles them without a walk.
        if ((analysis.PostLex & Lex.PatientNoun) == 0 || !analysis.HasDigits
            || (analysis.PostLex & (Lex.PatientStrong | Lex.Relative | Lex.PersonTitle | Lex.Mockery)) != 0)
        {
            return false;
        }

        var tokens = analysis.Tokens;
        var text = analysis.Text;
        var found = false;
        for (var k = 0; k < tokens.Length; k++)
        {
            ref readonly var t = ref tokens[k];
            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            if (IsNumberedRoom(tokens, k, text))
            {
                if (!AfterPreposition(tokens, k, text))
                {
                    return false;
                }

                found = true;
            }
            else if (IsPerson(t, text))
            {
                return false;
            }
        }

        return found;
    }

    private static bool IsNumberedRoom(ReadOnlySpan<Token> tokens, int k, string text) =>
        tokens[k].Has(Lex.PatientNoun) && k + 1 < tokens.Length && tokens[k + 1].Kind == TokenKind.Number
        && PatientReferences.IsRoomWord(tokens[k], text);

    /// <summary>
    /// "in bay 3", "at room 2", "in trauma bay 1", "in the sim bay 2": a preposition at most two
    /// words before the room, in the same sentence, with no person between.
    /// </summary>
    private static bool AfterPreposition(ReadOnlySpan<Token> tokens, int room, string text)
    {
        for (var j = room - 1; j >= 0 && j >= room - 3 && tokens[j].Sentence == tokens[room].Sentence && tokens[j].Kind == TokenKind.Word; j--)
        {
            if (Prepositions.Contains(tokens[j].Value(text)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPerson(in Token t, string text)
    {
        if (t.Has(PersonClasses))
        {
            return !t.Has(Lex.PatientPronoun) || t.IsSingularPersonPronoun(text);
        }

        return (t.Has(Lex.PatientNoun) && !PatientReferences.IsRoomWord(t, text) && !EpisodesOfCare.Contains(t.Value(text)))
               || People.Contains(t.Value(text));
    }

    // Patient nouns that are not a person besides the room words: words for an episode of care.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EpisodesOfCare =
        WordSet.Of("case", "admission", "admit", "consult");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> People =
        WordSet.Of("lad", "lass", "bloke", "fella", "chap", "dude", "sir", "ma'am", "maam", "madam", "twins", "triplets", "preemie", "preemies");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions =
        WordSet.Of("in", "at", "to", "into", "outside", "near", "by", "from", "beside", "opposite", "behind");
}
