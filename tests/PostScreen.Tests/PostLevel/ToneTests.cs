using System.Runtime.CompilerServices;
using PostScreen.Analysis;
using PostScreen.Classifiers;
using PostScreen.Text;

namespace PostScreen.Tests.PostLevel;

/// <summary>The tone classes the lexicon gives words for the post-level models, and the features built on them.</summary>
public sealed class ToneTests
{
    private const string Quip = "a short quip after the first sentence of a post about a patient ('Riveting.', 'Charming family.')";
    private const string BodyMockery = "weight or bodily functions with mockery and a patient";

    private static List<string> FeatureNames(string text) => PostFeaturizerTests.FeatureNames(text);

    private static Tone ToneOf(string word)
    {
        Lexicon.Classify(word, Lexicon.HashWord(word), out var tone);
        return tone;
    }

    [Theory]
    [InlineData("riveting", "Irony")]
    [InlineData("Lovely", "Irony")] // any case
    [InlineData("again", "Recurrence")]
    [InlineData("umpteenth", "Recurrence")]
    [InlineData("weighs", "Body")]
    [InlineData("vomited", "Body")]
    [InlineData("potato", "Likeness")]
    [InlineData("vultures", "Likeness")]
    [InlineData("Tripadvisor", "Hospitality")]
    [InlineData("concierge", "Hospitality")]
    [InlineData("shockingly", "Irony")]
    [InlineData("patient", "None")]
    [InlineData("xylophonist", "None")] // not in the lexicon at all
    public void Words_have_their_tone_class(string word, string expected) => Assert.Equal(Enum.Parse<Tone>(expected), ToneOf(word));

    [Fact]
    public void A_tone_word_keeps_its_lexical_classes()
    {
        // "vultures" is both a likeness and an insult; a word only in a tone block has no Lex class.
        Assert.True(Lexicon.Classify("vultures", Lexicon.HashWord("vultures")).HasFlag(Lex.Mockery));
        Assert.Equal(Lex.None, Lexicon.Classify("riveting", Lexicon.HashWord("riveting")));
    }

    [Fact]
    public void The_tokenizer_gives_each_word_its_tone_and_the_analysis_their_union()
    {
        using var analysis = new PostAnalysis(NormalizedText.Create("Bed 4 is back again. Riveting."));
        var tokens = analysis.Tokens;
        Assert.Equal(Tone.Recurrence, tokens[4].Tone); // again
        Assert.Equal(Tone.Irony, tokens[6].Tone);      // Riveting
        Assert.Equal(Tone.None, tokens[0].Tone);
        Assert.Equal(Tone.Recurrence | Tone.Irony, analysis.PostTone);
    }

    [Fact]
    public void A_token_stays_32_bytes() => Assert.Equal(32, Unsafe.SizeOf<Token>()); // the tone sits in padding

    [Theory]
    [InlineData("The patient in 3 wants a foot rub. Riveting.")]
    [InlineData("The patient's family asked if grandma could be put on a timer. Vultures.")] // a likeness
    [InlineData("Pt in 6 rates her pain 10/10 while snoring. Charming lady, truly.")]
    public void A_short_mocking_or_ironic_sentence_after_a_patient_story_is_a_quip(string text) =>
        Assert.Contains(Quip, FeatureNames(text));

    [Theory]
    [InlineData("Our patient advisory council meets the first Tuesday of every month. New members welcome.")] // short, no tone word
    [InlineData("Riveting. The patient in 3 wants a foot rub.")] // the first sentence is no quip
    [InlineData("The coffee machine is broken again. Riveting.")] // no patient in the post
    [InlineData("The patient in 3 wants a foot rub, which is a truly lovely request.")] // one long sentence
    public void Other_posts_have_no_quip(string text) =>
        Assert.DoesNotContain(Quip, FeatureNames(text));

    [Fact]
    public void A_patient_cast_as_a_hotel_guest_is_a_feature_after_the_shape_features()
    {
        const string hotel = "a patient cast as a hotel guest ('hotel', 'Tripadvisor', 'loyalty card')";
        var names = FeatureNames("Bed 12 wants his pillows fluffed and a menu. Five stars on Tripadvisor, apparently.");
        Assert.Contains(hotel, names);
        Assert.Contains("ironic praise or certainty with a patient in the post", names); // "apparently": the first class keeps offset 0
        Assert.DoesNotContain(hotel, FeatureNames("Our staff rated the hotel near the conference five stars.")); // no patient
    }

    [Fact]
    public void Weight_beside_mockery_and_a_patient_is_a_feature()
    {
        Assert.Contains(BodyMockery, FeatureNames("Our patient weighs 400 lb and wants to know why the gown doesn't fit lol"));
        Assert.DoesNotContain(BodyMockery, FeatureNames("Our patient weighs 400 lb and needs the bariatric bed.")); // no mockery
        Assert.DoesNotContain(BodyMockery, FeatureNames("I weigh more after night shift lol")); // no patient
    }

    [Fact]
    public void Disrespect_fires_at_a_lower_probability_than_the_other_categories()
    {
        Assert.Equal(0.35, PostCategory.Disrespect.Threshold());
        Assert.All(PostCategories.All.Where(c => c != PostCategory.Disrespect), c => Assert.Equal(0.5, c.Threshold()));
    }

    [Fact]
    public void Only_disrespect_is_conditioned_and_on_anecdote()
    {
        Assert.Equal(PostCategory.Anecdote, PostCategory.Disrespect.Given());
        Assert.All(PostCategories.All.Where(c => c != PostCategory.Disrespect), c => Assert.Null(c.Given()));
    }

    // P(disrespect) = P(anecdote) x P(mocking | anecdote): never above the anecdote model's own.
    [Theory]
    [InlineData("Frequent flyer in bay 3 is back again, third time this week lol. Some people never learn.")]
    [InlineData("The rota software has scheduled me in two hospitals at once. Finally, they've cloned me.")]
    [InlineData("Lady in bed 11 asked for a gin instead of her cocoa. The ward sister found her a tiny bottle.")]
    [InlineData("Wash your hands and get your flu jab.")]
    [InlineData("")]
    public void Disrespect_is_never_more_likely_than_an_anecdote(string text)
    {
        using var analysis = new PostAnalysis(NormalizedText.Create(text));
        var scores = PostLevelScores.Of(analysis);
        Assert.InRange(scores[PostCategory.Disrespect], 0, scores[PostCategory.Anecdote]);
    }

    [Fact]
    public void Sarcasm_at_the_system_is_not_mockery_of_a_patient()
    {
        // The mocking model has only ever seen anecdotes: a post about no patient gets a low anecdote
        // probability, and so a low disrespect one, however sardonic its words.
        using var analysis = new PostAnalysis(NormalizedText.Create("The rota software has scheduled me in two hospitals at once. Finally, they've cloned me. Riveting."));
        Assert.True(PostLevelScores.Of(analysis)[PostCategory.Disrespect] < PostCategory.Disrespect.Threshold());
    }
}
