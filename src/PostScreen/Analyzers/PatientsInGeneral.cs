using System.Collections.Frozen;
using PostScreen.Analysis;

namespace PostScreen.Analyzers;

/// <summary>
/// Whether every word for a patient in a post is quantified ("any patient", "every patient", "no
/// patient stories", "312 patients"): teaching, policy, checklists and a department's numbers speak
/// of patients in general. "Teaching point:
/// always check a glucose in any patient with altered mental status" is not a story about one, but
/// "patient" is the anecdote model's strongest word.
/// </summary>
/// <remarks>
/// "some" and "many" are not quantifiers here: "Some patients should come with a warning label.
/// Today's bit the phlebotomist" goes on to one. A post with he or she in it is left to the model.
/// The rule only ever removes PS2001.
/// </remarks>
internal static class PatientsInGeneral
{
    public static bool Only(PostAnalysis analysis)
    {
        if ((analysis.PostLex & Lex.PatientWord) == 0)
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

            if (t.Has(Lex.PatientWord))
            {
                if (k == 0 || !(IsQuantifier(tokens[k - 1], text) || IsCount(tokens[k - 1], text)))
                {
                    return false;
                }

                found = true;
            }
            else if (t.IsSingularPersonPronoun(text))
            {
                return false;
            }
        }

        return found;
    }

    private static bool IsQuantifier(in Token t, string text) => t.Kind == TokenKind.Word && Quantifiers.Contains(t.Value(text));

    // "Our ED saw 312 patients yesterday", "treated 4,100 patients last year": a count of ten or more is a
    // department's numbers; "2 patients" may still be a story.
    private static bool IsCount(in Token t, string text) =>
        t.SmallNumber(text, 7) >= 10;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Quantifiers =
        WordSet.Of("any", "every", "all", "each", "no", "most", "few");
}
