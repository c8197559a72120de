using PostScreen.Analysis;

namespace PostScreen.Recognizers;

/// <summary>
/// Personal names: a title and capitalized words ("Mrs. Alvarez", "Dr. Chen" — the latter marked
/// as a clinician's), gazetteer first names with an optional surname ("Maria Lopez"), a
/// capitalized word with a gazetteer surname, and a capitalized word after "named", "patient",
/// or "pt". The span covers the name words, not the title.
/// </summary>
internal sealed class NameRecognizer : BuiltInRecognizer
{
    private const Lex NotNameWord = Lex.NotName | Lex.Month | Lex.Weekday | Lex.StateName | Lex.FacilityHead | Lex.StreetSuffix |
                                    Lex.Clinical | Lex.PatientNoun | Lex.Relative | Lex.CountyWord | Lex.PersonTitle | Lex.ClinicianTitle;

    public override string Name => "name";

    protected override void Recognize(PostAnalysis analysis, RecognitionContext context)
    {
        var tokens = analysis.Tokens;
        var text = analysis.Text;
        var k = 0;
        while (k < tokens.Length)
        {
            ref readonly var t = ref tokens[k];
            if (t.Kind != TokenKind.Word || (!t.Is(TokenFlags.Capitalized) && (t.Lex & (Lex.NameIntro | Lex.PatientNoun)) == 0))
            {
                k++;
                continue;
            }

            // Title + Name
            if ((t.Has(Lex.PersonTitle) || t.Has(Lex.ClinicianTitle)) && t.Is(TokenFlags.Capitalized))
            {
                var n = k + 1;
                if (n < tokens.Length && tokens[n].IsPunct('.', text) && tokens[n].Start == t.End)
                {
                    n++;
                }

                var end = NameWords(analysis, n, allowUnknown: true, out var last);
                if (end > 0)
                {
                    var clinician = t.Has(Lex.ClinicianTitle);
                    context.Report(EntityKind.Name, TextSpan.FromBounds(tokens[n].Start, end), 0.9, EntityLink.Infer,
                        clinician ? EntityHint.Clinician : EntityHint.PatientTitle);
                    k = last + 1;
                    continue;
                }
            }

            // "named X", "patient X", "pt X"
            if ((t.Has(Lex.NameIntro) || (t.Has(Lex.PatientNoun) && t.Length <= 8 && !t.Is(TokenFlags.Capitalized))) && k + 1 < tokens.Length &&
                tokens[k + 1].Is(TokenFlags.Capitalized) && tokens[k + 1].Kind == TokenKind.Word && !tokens[k + 1].Has(NotNameWord) &&
                tokens[k + 1].Sentence == t.Sentence && !IsLoneLetter(analysis, k + 1))
            {
                var end = NameWords(analysis, k + 1, allowUnknown: true, out var last);
                if (end > 0)
                {
                    context.Report(EntityKind.Name, TextSpan.FromBounds(tokens[k + 1].Start, end), 0.8, EntityLink.Infer, EntityHint.PatientTitle);
                    k = last + 1;
                    continue;
                }
            }

            // Gazetteer: FirstName [Surname|Capitalized]  or  Capitalized Surname
            if (t.Is(TokenFlags.Capitalized) && !t.Is(TokenFlags.AllUpper) && !t.Has(NotNameWord & ~Lex.StateName))
            {
                var next = k + 1 < tokens.Length && tokens[k + 1].Kind == TokenKind.Word && tokens[k + 1].Is(TokenFlags.Capitalized) &&
                           tokens[k + 1].Start - t.End == 1 && !tokens[k + 1].Has(NotNameWord) && !tokens[k + 1].Is(TokenFlags.AllUpper)
                    ? k + 1
                    : -1;
                if (t.Has(Lex.FirstName) && AfterSaintOrMount(tokens, k, text))
                {
                    k++; // "St. Vincent's", "Saint Luke", "Mt. Rainier": a hospital, a church or a place named after one
                    continue;
                }

                if (t.Has(Lex.FirstName))
                {
                    var hasSurname = next > 0 && (tokens[next].Has(Lex.Surname) || tokens[next].IsUnknownWord);
                    var end = hasSurname ? tokens[next].End : t.End;
                    var sentenceStart = k == 0 || tokens[k - 1].Sentence != t.Sentence;
                    var confidence = hasSurname ? 0.85 : sentenceStart ? 0.55 : 0.65;
                    // "Nurse Kelly", "Midwife Ann", "Father Michael": a clinician or a chaplain named by role, as
                    // "Dr. Chen" is by title.
                    var byRole = k > 0 && tokens[k - 1].Is(TokenFlags.Capitalized) && tokens[k - 1].Sentence == t.Sentence && IsRoleTitle(tokens[k - 1], text);
                    context.Report(EntityKind.Name, TextSpan.FromBounds(t.Start, end), confidence, EntityLink.Infer,
                        byRole ? EntityHint.Clinician : EntityHint.None);
                    k = hasSurname ? next + 1 : k + 1;
                    continue;
                }

                if (next > 0 && tokens[next].Has(Lex.Surname) && t.IsUnknownWord)
                {
                    context.Report(EntityKind.Name, TextSpan.FromBounds(t.Start, tokens[next].End), 0.7);
                    k = next + 1;
                    continue;
                }
            }

            k++;
        }
    }

    private static bool AfterSaintOrMount(ReadOnlySpan<Token> tokens, int k, string text)
    {
        var before = k - 1;
        if (before > 0 && tokens[before].IsPunct('.', text) && tokens[before].End == tokens[k].Start - 1)
        {
            before--; // "St. Vincent": the abbreviation's period
        }

        return before >= 0 && tokens[before].Kind == TokenKind.Word && tokens[before].Is(TokenFlags.Capitalized)
               && (tokens[before].IsWord(text, "st") || tokens[before].IsWord(text, "saint") || tokens[before].IsWord(text, "mt")
                   || tokens[before].IsWord(text, "mount") || tokens[before].IsWord(text, "san") || tokens[before].IsWord(text, "santa"));
    }

    private static bool IsRoleTitle(in Token t, string text) =>
        t.IsWord(text, "nurse") || t.IsWord(text, "midwife") || t.IsWord(text, "matron") || t.IsWord(text, "sister") || t.IsWord(text, "paramedic")
        || t.IsWord(text, "father") || t.IsWord(text, "pastor") || t.IsWord(text, "rabbi") || t.IsWord(text, "imam") || t.IsWord(text, "reverend")
        || t.IsWord(text, "chaplain");

    /// <summary>
    /// A lone capital letter that does not start a name: "room B", "bed C" and "bay A" are places in
    /// the unit and "patient X" names no one, but "pt J. Smith" starts with an initial.
    /// </summary>
    private static bool IsLoneLetter(PostAnalysis analysis, int index)
    {
        var tokens = analysis.Tokens;
        var initial = index + 2 < tokens.Length && tokens[index + 1].IsPunct('.', analysis.Text) && tokens[index + 1].Start == tokens[index].End &&
                      tokens[index + 2].Kind == TokenKind.Word && tokens[index + 2].Is(TokenFlags.Capitalized);
        return tokens[index].Length == 1 && !initial;
    }

    /// <summary>
    /// One or two capitalized name words starting at <paramref name="index"/>; returns the end
    /// offset or 0 when there is none.
    /// </summary>
    private static int NameWords(PostAnalysis analysis, int index, bool allowUnknown, out int last)
    {
        var tokens = analysis.Tokens;
        last = -1;
        var end = 0;
        for (var k = index; k < tokens.Length && k < index + 3; k++)
        {
            ref readonly var w = ref tokens[k];
            if (w.Kind != TokenKind.Word || !w.Is(TokenFlags.Capitalized) || (k > index && w.Start - tokens[k - 1].End != 1) ||
                (w.Has(NotNameWord) && !w.Has(Lex.FirstName | Lex.Surname)) || (!allowUnknown && w.IsUnknownWord) ||
                (k > index && w.Sentence != tokens[index].Sentence))
            {
                // Allow a middle initial: "John Q. Public".
                if (k > index && w.Kind == TokenKind.Punct && analysis.Text[w.Start] == '.' && tokens[k - 1].Length == 1)
                {
                    continue;
                }

                break;
            }

            end = w.End;
            last = k;
            if (tokens[k].Is(TokenFlags.Possessive))
            {
                break;
            }
        }

        return end;
    }
}
