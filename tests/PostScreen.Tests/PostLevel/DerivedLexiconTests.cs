using PostScreen.Analysis;

namespace PostScreen.Tests.PostLevel;

/// <summary>The Mockery, Occupation and Medical classes, including the blocks derived from WordNet (derive_lexicon.py).</summary>
public sealed class DerivedLexiconTests
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

    [Theory]
    [InlineData("flucloxacillin", true)] // "-cillin": no list has it
    [InlineData("Bisoprolol", true)]     // "-olol", any case
    [InlineData("dapagliflozin", true)]  // "-gliflozin"
    [InlineData("adalimumab", true)]     // "-umab"
    [InlineData("cholesterol", false)]   // "-terol" is no stem here for this word
    [InlineData("amol", false)]          // a stem alone, too short to be a name
    [InlineData("Marisol", false)]       // a name that ends like no stem
    public void Unlisted_drugs_are_drugs_by_their_stem(string word, bool drug) =>
        Assert.Equal(drug, (ClassOf(word) & Lex.Drug) != 0);

    [Theory]
    [InlineData("stonemason")] // WordNet: a hyponym of "worker"
    [InlineData("vicar")]      // of "clergyman"
    [InlineData("harpists")]   // plurals too
    public void Trades_are_occupations(string word) =>
        Assert.True((ClassOf(word) & Lex.Occupation) != 0, word);

    [Theory]
    [InlineData("clinician")] // health workers are the author and colleagues, not a detail of the patient
    [InlineData("paramedic")]
    [InlineData("washer")]    // also a machine
    [InlineData("guide")]     // also a verb
    [InlineData("private")]   // also an adjective: "a private room"
    [InlineData("clown")]     // an insult first: Mockery, not a trade
    public void Clinicians_and_words_that_are_more_than_a_kind_of_person_are_not(string word) =>
        Assert.True((ClassOf(word) & Lex.Occupation) == 0, word);

    [Theory]
    [InlineData("shingles")]   // WordNet: a hyponym of "disease"
    [InlineData("impetigo")]   // of "skin disease"
    [InlineData("penicillin")] // of "medicine"
    [InlineData("kidneys")]    // the plural of an internal organ
    [InlineData("platelets")]  // hand-written: WordNet files it under another first sense
    [InlineData("Zyrtec")]     // hand-written brand name, any case
    public void Words_of_ill_health_and_its_care_are_medical(string word) =>
        Assert.True((ClassOf(word) & Lex.Medical) != 0, word);

    [Theory]
    [InlineData("cold")]    // mostly an adjective
    [InlineData("thrush")]  // first a bird
    [InlineData("burnout")] // first a failure of a device, not a diagnosis
    [InlineData("ale")]     // drugs of abuse and drinks are left out
    [InlineData("coffee")]
    [InlineData("break")]
    public void Everyday_words_are_not_medical(string word) =>
        Assert.True((ClassOf(word) & Lex.Medical) == 0, word);

    [Fact]
    public void Occupations_are_post_level_classes_so_a_surname_that_is_a_trade_is_still_a_name()
    {
        Assert.True((ClassOf("baker") & Lex.Occupation) != 0);
        Assert.Contains(PostScreener.Default.Screen("Mrs. Baker in room 4 was admitted with sepsis.").Diagnostics, d => d.Id == "PS1001");
    }

    [Fact]
    public void Every_lexicon_entry_is_one_token_so_it_can_match()
    {
        // "x-ray" or "huntington's" would be split by the tokenizer and never looked up as a whole.
        using var stream = typeof(PostScreener).Assembly.GetManifestResourceStream("PostScreen.Resources.lexicon.txt")!;
        using var reader = new StreamReader(stream);
        var section = "";
        var unmatchable = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith('['))
            {
                section = trimmed;
            }
            else if (trimmed.Length > 0 && !trimmed.StartsWith('#') && section != "[MultiwordCity]")
            {
                foreach (var word in trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var tokens = Tokenizer.Tokenize(word, out var count);
                    if (count != 1 || tokens[0].Length != word.Length || tokens[0].Kind == TokenKind.Punct)
                    {
                        unmatchable.Add(section + " " + word);
                    }

                    System.Buffers.ArrayPool<Token>.Shared.Return(tokens);
                }
            }
        }

        Assert.Empty(unmatchable);
    }
}

