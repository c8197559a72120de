using PostScreen.Analysis;
using PostScreen.Classifiers;
using PostScreen.Text;

namespace PostScreen.Tests.PostLevel;

/// <summary>The featurizer's shape facts, read back by their names.</summary>
public sealed class PostFeaturizerTests
{
    private const string MockingEmoji = "a mocking emoji with a patient in the post";

    private static List<string> FeatureNames(string text)
    {
        using var analysis = new PostAnalysis(NormalizedText.Create(text));
        var features = new List<int>();
        var sources = new List<(int, int)>();
        PostFeaturizer.Featurize(analysis, [], includeCues: false, features, sources);
        var explainer = new PostFeaturizer.Explainer(analysis, features, sources);
        return features.Select(f => PostFeaturizer.Name(f, explainer)).ToList();
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
}
