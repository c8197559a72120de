using System.Buffers;
using PostScreen.Analysis;

namespace PostScreen.Recognizers;

/// <summary>
/// References to a photo or image of a person ("a pic of his x-ray", "her photo", "selfie with my
/// patient", "see attached image"). Whether it is a patient's is the linkage rules' call.
/// </summary>
internal sealed class PhotoRecognizer : BuiltInRecognizer
{
    // SearchValues, not string.Contains(..., OrdinalIgnoreCase): with invariant globalization the
    // latter takes a slow char-by-char path, which cost a microsecond per post here.
    private static readonly SearchValues<string> Ray = SearchValues.Create(["ray"], StringComparison.OrdinalIgnoreCase);

    public override string Name => "photo";

    protected override void Recognize(PostAnalysis analysis, RecognitionContext context)
    {
        if ((analysis.PostLex & Lex.PhotoNoun) == 0 && !analysis.Text.AsSpan().ContainsAny(Ray))
        {
            return;
        }

        var tokens = analysis.Tokens;
        var text = analysis.Text;
        bool? general = null; // walked once, and only for a post with a reference to report ("pray", "gray" and "tray" pass the guard above)
        for (var k = 0; k < tokens.Length; k++)
        {
            ref readonly var t = ref tokens[k];
            var start = t.Start;
            var end = t.End;
            var isXray = t.Kind == TokenKind.Word && t.Length == 1 && (text[t.Start] is 'x' or 'X') && k + 2 < tokens.Length &&
                         tokens[k + 1].IsPunct('-', text) && tokens[k + 2].Value(text).StartsWith("ray", StringComparison.OrdinalIgnoreCase);
            if (isXray)
            {
                end = tokens[k + 2].End;
            }
            else if (!t.Has(Lex.PhotoNoun))
            {
                continue;
            }

            var last = isXray ? k + 2 : k;
            // Owner before the noun ("his x-ray", "patient's photo", "my mom's scan") or "of" + a person after it.
            var owned = k > 0 && (tokens[k - 1].Has(Lex.PatientPronoun | Lex.PatientNoun | Lex.Relative) || tokens[k - 1].Is(TokenFlags.Possessive));
            var ofPerson = last + 2 < tokens.Length && tokens[last + 1].IsWord(text, "of") &&
                           analysis.CueAfter(last + 1, Lex.PatientPronoun | Lex.PatientNoun | Lex.Relative, 3);
            var shared = analysis.CueBefore(k, Lex.FirstPerson, 3) && (analysis.PostLex & (Lex.PatientNoun | Lex.Relative)) != 0;
            var withPerson = last + 1 < tokens.Length && analysis.CueAfter(last, Lex.PatientNoun | Lex.Relative, 3);
            if (!(owned || ofPerson || shared || withPerson))
            {
                k = last;
                continue;
            }

            if (general ??= OnlyPatientsInGeneral(tokens, text))
            {
                return; // "Please don't post photos of patients' x-rays": a rule about images, no one's image
            }

            context.Report(EntityKind.Photo, TextSpan.FromBounds(start, end), owned || ofPerson ? 0.8 : 0.65);

            // "a pic of my patient's x-ray" is one photo reference: skip the nested image noun.
            k = ofPerson ? Math.Min(tokens.Length - 1, last + 5) : last;
        }
    }

    /// <summary>
    /// Whether the post's only people are patients in general: plural with no owner ("photos of
    /// patients", not "my patients") or quantified ("any patient's scan"), and no he, she or relative.
    /// </summary>
    private static bool OnlyPatientsInGeneral(ReadOnlySpan<Token> tokens, string text)
    {
        const Lex People = Lex.PatientWord | Lex.Relative | Lex.PatientPronoun;
        var found = false;
        for (var k = 0; k < tokens.Length; k++)
        {
            ref readonly var t = ref tokens[k];
            if (!t.Has(People) || t.Kind != TokenKind.Word)
            {
                continue;
            }

            if (t.Has(Lex.PatientPronoun) && !t.IsSingularPersonPronoun(text))
            {
                continue;
            }

            var before = k > 0 && tokens[k - 1].Kind == TokenKind.Word ? tokens[k - 1].Value(text) : default;
            var plural = t.IsWord(text, "patients") || t.IsWord(text, "pts") || t.IsWord(text, "clients");
            if (!(plural && !Owners.Contains(before)) && !Quantifiers.Contains(before))
            {
                return false;
            }

            found = true;
        }

        return found;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Owners =
        WordSet.Of("my", "our", "the", "these", "those", "his", "her", "their", "your", "two", "three", "both");

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Quantifiers =
        WordSet.Of("any", "every", "all", "each", "no");
}
