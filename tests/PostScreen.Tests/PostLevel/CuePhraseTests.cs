using PostScreen.Analysis;
using PostScreen.Classifiers;
using PostScreen.Text;

namespace PostScreen.Tests.PostLevel;

/// <summary>Which cue phrases a post matches.</summary>
public sealed class CuePhraseTests
{
    private static List<string> Cues(string text)
    {
        using var analysis = new PostAnalysis(NormalizedText.Create(text));
        var matches = new List<CueMatch>();
        CuePhrases.Match(analysis, matches);
        return matches.Select(m => text.Substring(m.Span.Start, m.Span.Length)).ToList();
    }

    [Fact]
    public void A_cue_phrase_in_use_matches_with_its_span() =>
        Assert.Contains("frequent flyer", Cues("Our frequent flyer is back in bay 4 again."));

    [Theory]
    [InlineData("Our patient advisory council meets the first Tuesday of every month.", false)]
    [InlineData("Log in to our patient portal to see your results.", false)]
    [InlineData("Our patient safety team won an award.", false)]
    [InlineData("Our patient in bed 4 went home today.", true)]
    [InlineData("Our patient. Advisory notes to follow.", true)] // the next word is in another sentence
    public void Patient_as_a_modifier_is_no_anecdote_cue(string text, bool cue) =>
        Assert.Equal(cue, Cues(text).Contains("Our patient"));

    [Theory]
    [InlineData("Stop writing 'frequent flyer' in the chart.")]
    [InlineData("Stop writing \"frequent flyer\" in the chart.")]
    [InlineData("Stop writing \u201Cfrequent flyer\u201D in the chart.")]
    public void A_cue_phrase_in_quotation_marks_is_mentioned_not_used(string text) =>
        Assert.DoesNotContain("frequent flyer", Cues(text));

    [Theory]
    [InlineData("If you have a fever and a stiff neck, go to the ER.", "you have")]
    [InlineData("When you need a refill, use the portal.", "you need")]
    [InlineData("Unless you're fine with waiting, book early.", "you're fine")]
    [InlineData("If your baby won't feed and is floppy, go to the ER now.", "go to the ER")] // a condition, addressed to no one
    public void Advice_that_is_itself_a_condition_is_not_advice_given(string text, string cue) =>
        Assert.DoesNotContain(cue, Cues(text));

    [Theory]
    [InlineData("@dan_p if the swelling is worse, you need to go in tonight.", "you need")]
    [InlineData("@dan_p thanks for the pic. If it spreads past the line, go to the ER tonight.", "go to the ER")] // addressed to Dan
    public void Advice_given_after_a_condition_still_matches(string text, string cue) =>
        Assert.Equal([cue], Cues(text));

    [Theory]
    [InlineData("Toddler's been wheezing since teatime and his lips look pale. Hospital tonight or steam and see?", "Hospital tonight or steam and see?")]
    [InlineData("Grandad's ankle is hot and swollen since Sunday. Walk-in centre or GP?", "Walk-in centre or GP?")]
    [InlineData("Son's rash spread to his chest overnight. A&E or wait for the surgery? #help", "A&E or wait for the surgery?")] // hashtags after it, A&E as letters
    [InlineData("@NurseAmy my knee swelled up after netball on Saturday. Physio or GP?", "Physio or GP?")] // the reply's handle is skipped
    public void A_clipped_choice_of_care_after_a_description_is_a_request_cue(string text, string question) =>
        Assert.Contains(question, Cues(text));

    [Theory]
    [InlineData("Busy day tomorrow with the audit. Ward round at 8 or 9?")] // no symptom, illness or relative described
    [InlineData("Walk-in centre or GP for a swollen ankle?")] // no earlier sentence
    [InlineData("Our patient's ankle is hot and swollen. Walk-in centre or GP?")] // a clinician's patient
    [InlineData("Two pts with hot, swollen ankles on the ward tonight. Walk-in centre or GP?")] // "pts" too (PatientStrong)
    [InlineData("@sam your ankle is hot and swollen. Walk-in centre or GP?")] // addressed to someone
    [InlineData("Grandad's ankle is hot and swollen. Ice or a bandage?")] // no place or means of care
    [InlineData("Grandad's ankle is hot and swollen. Walk-in centre, then home.")] // no question
    [InlineData("Ankle swollen. GP or walk-in?")] // the description is under four words
    public void Other_choices_and_descriptions_are_not(string text) =>
        Assert.DoesNotContain(Cues(text), c => c.EndsWith('?'));
}
