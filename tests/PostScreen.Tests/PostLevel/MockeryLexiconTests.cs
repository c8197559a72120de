using PostScreen.Analysis;

namespace PostScreen.Tests.PostLevel;

/// <summary>The Mockery class, including the block derived from WordNet (derive_mockery.py).</summary>
public sealed class MockeryLexiconTests
{
    private static Lex ClassOf(string word) => Lexicon.Classify(word, Lexicon.HashWord(word));

    [Theory]
    [InlineData("nincompoop")] // WordNet: a hyponym of "simpleton"
    [InlineData("layabout")]   // of "idler"
    [InlineData("Drunkard")]   // of "drunkard", any case
    [InlineData("animal")]     // the singular of the hand-written "animals"
    [InlineData("winos")]      // the plural of the hand-written "wino"
    [InlineData("whales")]     // the plural of the hand-written "whale"
    public void Disparaging_nouns_and_the_other_number_of_listed_labels_are_mockery(string word) =>
        Assert.True((ClassOf(word) & Lex.Mockery) != 0, word);

    [Theory]
    [InlineData("pain")]      // "a pain in the neck" is a hyponym, but pain is first a feeling
    [InlineData("dog")]       // first an animal, not "a dull unattractive person"
    [InlineData("user")]      // first "a person who makes use of a thing"
    [InlineData("alcoholic")] // a diagnosis, excluded by hand with the reason in the script
    [InlineData("smell")]     // "smells" is listed; its singular is not a label for anyone
    [InlineData("drunk")]     // mostly an adjective: "came in drunk" reports a state
    [InlineData("patient")]
    public void Neutral_words_are_not(string word) =>
        Assert.True((ClassOf(word) & Lex.Mockery) == 0, word);
}
