using PostScreen.Analysis;
using PostScreen.Classifiers;
using PostScreen.Text;

namespace PostScreen.Tests.PostLevel;

/// <summary>The featurizer's shape facts, read back by their names.</summary>
public sealed class PostFeaturizerTests
{
    private const string MockingEmoji = "a mocking emoji with a patient in the post";
    private const string QuotedMockery = "a mocking word in quotes, mentioned rather than used ('stop calling patients \"junkies\"')";
    private const string Vocative = "a person addressed by a nickname ('Sure, buddy', 'Ma'am, I have')";
    private const string TimeOff = "time off, not a dose ('take the week', 'take whatever time you need')";
    private const string AsksTheOneAddressed = "starts with a handle, ends with a question (asks the one addressed)";
    private const string CareSettingHeading = "opens with a care setting and a colon, then someone else ('Dietitian clinic: she ...', 'Stoma visit: he ...')";
    private const string ChoiceOfCare = "a question weighing two courses of care in a post about health ('ER or wait?', 'Pause it, or keep going?')";

    /// <summary>The names of a post's features; <paramref name="prepare"/> can add to the analysis first (recognized entities).</summary>
    internal static List<string> FeatureNames(string text, Action<PostAnalysis>? prepare = null)
    {
        using var analysis = new PostAnalysis(NormalizedText.Create(text));
        prepare?.Invoke(analysis);
        var features = new List<int>();
        PostFeaturizer.Featurize(analysis, [], includeCues: false, features);
        var explainer = new PostFeaturizer.Explainer(analysis);
        return features.Select(f => PostFeaturizer.Name(f, explainer)).ToList();
    }

    [Theory]
    [InlineData("Had a patient today in bed 4 who asked whether the lisinopril was making him dizzy. Lovely man, @sam_h says hi.")]
    [InlineData("The frequent flyer is back in room 7. Third time this week, same story about the same pain.")]
    public void A_findings_top_features_are_labelled_as_each_alone(string text)
    {
        using var analysis = new PostAnalysis(NormalizedText.Create(text));
        var features = new List<int>();
        PostFeaturizer.Featurize(analysis, [], includeCues: false, features);
        var explainer = new PostFeaturizer.Explainer(analysis);

        // Three text features from the end of the post (the walk must go that far), a named feature,
        // and a text feature the post does not have: labelled together, each as it is alone.
        var named = features.First(f => PostFeaturizer.Name(f, explainer).StartsWith("lex:", StringComparison.Ordinal));
        var absent = Enumerable.Range(0, 8192).First(f => !features.Contains(f));
        var late = features.Where(f => PostFeaturizer.Name(f, explainer).StartsWith("word", StringComparison.Ordinal)).TakeLast(3).ToArray();
        foreach (var top in new[] { late, [late[0], named, absent], [absent, late[2]] })
        {
            var labels = explainer.Label([.. top.Select(f => (f, 1f))]);
            Assert.Equal(top.Select(f => PostFeaturizer.Name(f, explainer)), labels.Select(l => l.Label.Render(text)));
        }

        Assert.Equal("words#" + absent, PostFeaturizer.Name(absent, explainer));
        Assert.StartsWith("word", explainer.Label([(late[2], 1f)])[0].Label.Render(text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Our patient in bed 4 asked for a sandwich at 3am again \U0001F644")]
    [InlineData("\U0001F921 the patient who googled his rash")]
    [InlineData("That patient. \U0001F926\U0001F923")]
    [InlineData("Pt swore it was only two beers \U0001F480")]
    public void A_mocking_emoji_beside_a_patient_is_a_shape_feature(string text) =>
        Assert.Contains(MockingEmoji, FeatureNames(text));

    [Theory]
    [InlineData("Our patient went home smiling today \U0001F642")] // same surrogate lead, a kind emoji
    [InlineData("Night shift again \U0001F644 coffee please")] // no patient in the post
    [InlineData("Our patient is doing well \uD83D")] // a lone lead surrogate at the end
    [InlineData("Our patient is doing well \uDE44 today")] // a lone trail surrogate
    public void Other_emoji_and_broken_pairs_are_not(string text) =>
        Assert.DoesNotContain(MockingEmoji, FeatureNames(text));

    [Theory]
    [InlineData("Pt in 4 refused his meds again. Sure, buddy.")] // after a comma, at the sentence's end
    [InlineData("Bed 2 wants a steak. Enjoy your wait, lady \U0001F644")] // an emoji ends it too
    [InlineData("Ma'am I have five other patients.")] // first, then "I"
    [InlineData("Buddy, you're 80 with a catheter.")] // first, then a comma
    [InlineData("You are never a bother, sir.")] // kind address counts as well: the model weighs it
    [InlineData("Bloke wants his chips warmed up. Cheers, mate.")] // British and Australian forms
    [InlineData("Love, I'm not a vet.")]
    [InlineData("Lady in 3 wants a foot rub. Right away, your highness.")] // a mock title after "your"
    [InlineData("Your majesty, the wait is four hours.")]
    public void A_person_addressed_by_a_nickname_is_a_shape_feature(string text) =>
        Assert.Contains(Vocative, FeatureNames(text));

    [Theory]
    [InlineData("Sir in 18 yelled at the receptionist.")] // a reference to a patient, not an address
    [InlineData("My buddy from college visited the unit today.")]
    [InlineData("The lady in bed 3, who is lovely, went home.")]
    [InlineData("Your grace period ends today.")] // "your" + a title word that is not an address
    [InlineData("We love, support and respect our patients.")]
    public void A_nickname_that_does_not_address_anyone_is_not(string text) =>
        Assert.DoesNotContain(Vocative, FeatureNames(text));

    [Theory]
    [InlineData("Please stop calling patients 'junkies'. The label follows them.")]
    [InlineData("Language matters: \u201Cperson who uses drugs\u201D, not \u201Cjunkie\u201D.")] // curly quotes; the second quote holds it
    [InlineData("We retired 'gomer' from our vocabulary.")]
    public void A_mocking_word_in_quotes_is_a_shape_feature(string text) =>
        Assert.Contains(QuotedMockery, FeatureNames(text));

    [Theory]
    [InlineData("Stop calling patients junkies. The label follows them.")] // used, not quoted
    [InlineData("Our patient in 4 said the food was 'fine'. Idiot.")] // a quote without the mocking word
    [InlineData("He called the nurse a 'very rude and lazy person who never listens to anyone' lol")] // five words or more is not a short quote
    public void Other_quotes_and_unquoted_insults_are_not(string text) =>
        Assert.DoesNotContain(QuotedMockery, FeatureNames(text));

    [Fact]
    public void Explanations_name_words_inside_an_identifier_by_its_entity_never_by_the_words()
    {
        // A surname the lexicon does not know, so only the recognized entity can hide it.
        const string text = "Mrs. Qarlsdottir keeps pressing the call light.";
        var surname = text.IndexOf("Qarlsdottir", StringComparison.Ordinal);
        var names = FeatureNames(text, analysis => analysis.Entities.Add(
            new RecognizedEntity(EntityKind.Name, new TextSpan(surname, "Qarlsdottir".Length), 0.9, EntityLink.Patient, "test")));

        Assert.Contains("word:<NAME>", names);
        Assert.Contains("words:<NAME> keeps", names);
        Assert.DoesNotContain(names, n => n.Contains("qarlsdottir", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    // A finding's explanation is worked out when read, from the text analysed again with no recognizer
    // run (PostLevelEvidence): that is right only while the features read the text alone, never the
    // recognized identifiers. Scores with and without the identifiers must agree.
    [InlineData("Mrs. Qarlsdottir keeps pressing the call light.", "Qarlsdottir", EntityKind.Name)]
    [InlineData("@DrAnnaK my A1c is 9.4, should I be worried? Call me on 617-555-2368.", "617-555-2368", EntityKind.Phone)]
    [InlineData("Our 94-year-old patient was admitted on March 3 with sepsis.", "94-year-old", EntityKind.Age)]
    public void The_features_read_the_text_alone_not_the_identifiers(string text, string identifier, EntityKind kind)
    {
        var start = text.IndexOf(identifier, StringComparison.Ordinal);
        var entity = new RecognizedEntity(kind, new TextSpan(start, identifier.Length), 0.9, EntityLink.Patient, "test");
        Assert.Equal(Combined(text, null), Combined(text, entity));

        static List<int> Combined(string text, RecognizedEntity? entity)
        {
            using var analysis = new PostAnalysis(NormalizedText.Create(text));
            if (entity is not null)
            {
                analysis.Entities.Add(entity);
            }

            var cues = new List<CueMatch>();
            var features = new List<int>();
            Span<double> probabilities = stackalloc double[PostCategories.All.Length];
            PostLevelScores.Score(analysis, LinearPostModel.Combined, cues, features, probabilities);
            return features;
        }
    }

    [Theory]
    [InlineData("@gail_h take the week off and be with your dad.")]
    [InlineData("Take whatever time you need after the diagnosis.")]
    [InlineData("@sam take a day off, honestly.")]
    [InlineData("Take tomorrow and sleep.")]
    public void Taking_time_is_a_shape_feature(string text) =>
        Assert.Contains(TimeOff, FeatureNames(text));

    [Theory]
    [InlineData("@ben take one a day with food.")] // a dose, then its frequency
    [InlineData("@kim take them each day for a week.")]
    [InlineData("@lou take the amoxicillin for seven days.")] // the time is beyond three words
    [InlineData("@jo take 2 days of the steroid course.")]
    public void Taking_a_dose_is_not_time_off(string text) =>
        Assert.DoesNotContain(TimeOff, FeatureNames(text));

    [Theory]
    [InlineData("@AllergyNurse his lips puffed up after cashew. Home or A&E?")]
    [InlineData("@DrKhan is a resting rate of 110 too high?)")] // a bracket after the question mark
    [InlineData("  @nurse_j should I be worried?")] // space before the handle
    public void A_reply_that_ends_by_asking_is_a_shape_feature(string text) =>
        Assert.Contains(AsksTheOneAddressed, FeatureNames(text));

    [Theory]
    [InlineData("@kim take them each day for a week. Any questions, ring us.")] // tells, ends on a statement
    [InlineData("Is a resting rate of 110 too high? @DrKhan")] // the handle is not first
    [InlineData("Should I be worried? Asking for my sister.")]
    public void A_reply_that_ends_by_telling_is_not(string text) =>
        Assert.DoesNotContain(AsksTheOneAddressed, FeatureNames(text));

    [Theory]
    [InlineData("Home with Piriton or straight to the hospital?")] // a chemist's brand (Medical), no Clinical word
    [InlineData("Calpol and wait, or call 111?")]
    [InlineData("Is it the ER or urgent care for this?")] // a Clinical word, as before
    [InlineData("Big toe's flared up again. Pause it till the flare settles, or keep going?")] // the health word is in an earlier sentence
    public void A_question_weighing_two_courses_of_care_is_a_shape_feature(string text) =>
        Assert.Contains(ChoiceOfCare, FeatureNames(text));

    [Theory]
    [InlineData("Calpol and wait, then call 111.")] // no question
    [InlineData("Is the car park or the bus quicker?")] // no word of care
    [InlineData("Our team won the charity quiz. Pizza or curry to celebrate?")] // a choice in a post with no health word
    public void A_choice_with_no_care_or_no_question_is_not(string text) =>
        Assert.DoesNotContain(ChoiceOfCare, FeatureNames(text));

    [Theory]
    [InlineData("Dietitian clinic: she swears by cabbage soup.")] // a FacilityHead word
    [InlineData("Stoma visit: he named the bag Kevin.")] // an act of care (Encounter)
    [InlineData("Neurology: gent insists the tablets never work.")] // a specialty by its ending
    [InlineData("Our stroke unit tonight: bloke wanted a sandwich.")] // four words before the colon
    [InlineData("Diabetes clinic: the biscuit tin is empty by 9am.")] // a notice with no person: the model weighs it
    public void A_post_headed_by_a_care_setting_is_a_shape_feature(string text) =>
        Assert.Contains(CareSettingHeading, FeatureNames(text));

    [Theory]
    [InlineData("Stroke signs: if you see face drooping, call 999.")] // a question or condition word follows
    [InlineData("Travel clinic: I had my own jabs today.")] // the author follows
    [InlineData("Travel clinic: your jabs are due.")] // the reader follows
    [InlineData("Sleep clinic: @sam_h see you Monday.")] // a handle follows
    [InlineData("Monday thoughts: gent insists the tablets never work.")] // no word of care in the heading
    [InlineData("Our new rota for the whole dermatology clinic: chaos.")] // more than four words before the colon
    [InlineData("Dermatology clinic:")] // nothing after the colon
    [InlineData("Dermatology clinic.")] // no colon
    public void A_heading_of_no_care_setting_or_followed_by_the_author_is_not(string text) =>
        Assert.DoesNotContain(CareSettingHeading, FeatureNames(text));

    [Fact]
    public void The_shape_features_stay_below_the_tone_features()
    {
        const System.Reflection.BindingFlags Private = System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static;
        var type = typeof(PostFeaturizer);
        var shapeBase = (int)type.GetField("ShapeBase", Private)!.GetRawConstantValue()!;
        var toneBase = (int)type.GetField("ToneBase", Private)!.GetRawConstantValue()!;
        var shapes = ((string?[])type.GetField("ShapeNames", Private)!.GetValue(null)!).Length;
        Assert.True(shapeBase + shapes <= toneBase, $"{shapes} shapes from {shapeBase} run into the tones at {toneBase}");
    }
}
