using System.Collections.Frozen;
using PostScreen.Analysis;

namespace PostScreen.Analyzers;

/// <summary>
/// Whether every word for a patient in a post is quantified ("any patient", "every patient", "no
/// patient stories"): teaching, policy and checklists speak of patients in general. "Teaching point:
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
    private const Lex PatientWords = Lex.PatientNoun | Lex.PatientStrong;

    public static bool Only(PostAnalysis analysis)
    {
        if ((analysis.PostLex & PatientWords) == 0)
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

            if (t.Has(PatientWords))
            {
                if (k == 0 || tokens[k - 1].Kind != TokenKind.Word || !Quantifiers.Contains(tokens[k - 1].Value(text)))
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

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Quantifiers =
        WordSet.Of("any", "every", "all", "each", "no", "most", "few");
}
