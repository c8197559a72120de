using PostScreen.Analysis;
using PostScreen.Classifiers;
using PostScreen.Text;

namespace PostScreen.Tests.PostLevel;

/// <summary>Which posts' patient words refer to no patient, for the models' features.</summary>
public sealed class PatientReferencesTests
{
    private static bool KeepsPatient(string text)
    {
        using var analysis = new PostAnalysis(NormalizedText.Create(text));
        Assert.NotEqual(Lex.None, analysis.PostLex & Lex.PatientWord); // every case has a patient word
        return (PatientReferences.Mask(analysis, analysis.PostLex) & Lex.PatientWord) != Lex.None;
    }

    [Theory]
    [InlineData("Our patient safety team won a national award.")] // "patient" modifies a noun
    [InlineData("Join our patient panel to review the new leaflets.")]
    [InlineData("We need patient volunteers for the outpatient letters project.")]
    [InlineData("The family room on ICU has new sofas.")] // a room with no number is a place
    [InlineData("Another shift done. Bed, then gym.")] // the author's own bed
    [InlineData("As a patient with lupus, I value being listened to.")] // the author
    [InlineData("Sharing this in case it helps: the helpline is open weekdays.")] // an idiom
    [InlineData("Great case study on sepsis at journal club.")]
    public void Patient_words_that_name_no_patient_lose_the_patient_classes(string text) =>
        Assert.False(KeepsPatient(text));

    [Theory]
    [InlineData("The patient in bed 4 asked for tea.")]
    [InlineData("Bed 4 asked for tea again.")] // a numbered bed is a patient on the wards
    [InlineData("Room 12b wants a sandwich.")]
    [InlineData("Our patient safety team met the patient's family today.")] // one real reference is enough
    [InlineData("The lady in the family room was waiting for news.")]
    [InlineData("My patient was discharged.")]
    [InlineData("Interesting case in clinic today: a teenager with gout.")] // a case is a patient
    [InlineData("Our patient, a retired teacher, went home.")] // "patient" before a comma modifies nothing
    public void A_post_with_one_reference_to_a_patient_keeps_them(string text) =>
        Assert.True(KeepsPatient(text));
}
