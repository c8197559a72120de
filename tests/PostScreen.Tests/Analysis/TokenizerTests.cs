using PostScreen.Analysis;

namespace PostScreen.Tests.Analysis;

/// <summary>
/// The tokenizer's one pass: sentence marks and the post's totals (sentence and post word classes,
/// tones, digits), which the rest of the pipeline reads instead of walking the tokens again.
/// </summary>
public sealed class TokenizerTests
{
    public static TheoryData<string> Texts =>
    [
        "",
        "   ",
        "My 94-year-old patient Mrs. Alvarez was admitted on March 3.",
        "Dr. Chen saw him at St. Mary's. He left! Why? Call (555) 123-4567\nNew line, new sentence",
        "He said \"stop.\" Then he left. O'Brien's chart?! J. Smith, MRN A1234567.",
        "Tasted the lisinopril \U0001F922 … naïve café résumé ٣ done",
        "Lovely family. Back again, like clockwork. Weighs 310 and wants the buffet.", // tone classes
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_totals_are_the_unions_of_the_tokens(string text)
    {
        var tokens = Tokenizer.Tokenize(text, out var count, out var totals);
        try
        {
            var span = tokens.AsSpan(0, count);
            Assert.Equal(count == 0 ? 0 : span[^1].Sentence + 1, totals.SentenceCount);
            var postLex = Lex.None;
            var postTone = Tone.None;
            var hasDigits = false;
            var sentenceLex = new Lex[Math.Max(1, totals.SentenceCount)];
            foreach (var t in span)
            {
                postLex |= t.Lex;
                postTone |= t.Tone;
                hasDigits |= t.Kind is TokenKind.Number or TokenKind.Mixed;
                sentenceLex[t.Sentence] |= t.Lex;
            }

            Assert.Equal(postLex, totals.PostLex);
            Assert.Equal(postTone, totals.PostTone);
            Assert.Equal(hasDigits, totals.HasDigits);
            Assert.Equal(sentenceLex[..totals.SentenceCount], totals.SentenceLex[..totals.SentenceCount]);
        }
        finally
        {
            System.Buffers.ArrayPool<Token>.Shared.Return(tokens);
            System.Buffers.ArrayPool<Lex>.Shared.Return(totals.SentenceLex);
        }
    }

    [Theory]
    // A title's or an initial's dot ends no sentence; '!' and '?' do, a line break does.
    [InlineData("Dr. Chen saw him. He left!", "Dr|0 .|0 Chen|0 saw|0 him|0 .|0 He|1 left|1 !|1")]
    [InlineData("J. Smith? Yes\nno", "J|0 .|0 Smith|0 ?|0 Yes|1 no|2")]
    // Punctuation right after the end keeps it pending: the next word after a space starts the sentence.
    [InlineData("He said \"stop.\" Then", "He|0 said|0 \"|0 stop|0 .|0 \"|0 Then|1")]
    [InlineData("Really?! Yes", "Really|0 ?|0 !|0 Yes|1")]
    // No space after the dot: a decimal or a domain, not an end.
    [InlineData("Took 2.5 mg at example.org today", "Took|0 2|0 .|0 5|0 mg|0 at|0 example|0 .|0 org|0 today|0")]
    public void Sentences_end_where_a_reader_would_end_them(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text, out var count);
        try
        {
            var actual = string.Join(' ', tokens.Take(count).Select(t => text.Substring(t.Start, t.Length) + "|" + t.Sentence));
            Assert.Equal(expected, actual);
        }
        finally
        {
            System.Buffers.ArrayPool<Token>.Shared.Return(tokens);
        }
    }

    [Theory]
    [InlineData("patient")] // seven letters: compared four characters at a time, the last four overlapping
    [InlineData("my")] // under four: compared one at a time
    [InlineData("nurse")]
    [InlineData("grandmother")]
    public void A_word_classifies_the_same_in_any_case(string word)
    {
        var lower = Lexicon.Classify(word, Lexicon.HashWord(word), out var lowerTone);
        Assert.NotEqual(Lex.None, lower);
        foreach (var variant in new[] { word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..] })
        {
            Assert.Equal(lower, Lexicon.Classify(variant, Lexicon.HashWord(variant), out var tone));
            Assert.Equal(lowerTone, tone);
        }
    }

    [Theory]
    [InlineData("bisoprolol", true)]
    [InlineData("Flucloxacillin", true)]
    [InlineData("dapagliflozin", true)]
    [InlineData("controlled", false)] // "-ed": no stem ends in those two letters
    [InlineData("cholesterol", false)] // "-terol" is not a stem
    [InlineData("patrol", false)] // a stem's ending, but under seven letters
    public void An_unlisted_word_with_a_drug_stem_is_a_drug(string word, bool drug) =>
        Assert.Equal(drug, Lexicon.Classify(word, Lexicon.HashWord(word)).HasFlag(Lex.Drug));

    [Theory]
    [InlineData("nan", "Relative")]         // a grandmother, though also a given name
    [InlineData("Grandad", "Relative")]
    [InlineData("hubby", "Relative")]
    [InlineData("bloke", "PatientNoun")]    // everyday words for the person a story is about
    [InlineData("pensioner", "PatientNoun")]
    [InlineData("caller", "PatientNoun")]
    public void Everyday_words_for_family_and_people_have_their_class(string word, string expected) =>
        Assert.True(Lexicon.Classify(word, Lexicon.HashWord(word)).HasFlag(Enum.Parse<Lex>(expected)), word);

    [Theory]
    // A number's value when it has at most the digits asked for; -1 for longer numbers, words and
    // codes (other scripts' digits make a word, not a number).
    [InlineData("aged 83 today", 1, 3, 83)]
    [InlineData("aged 083 today", 1, 3, 83)]
    [InlineData("room 1234 today", 1, 3, -1)]
    [InlineData("room 1234 today", 1, 4, 1234)]
    [InlineData("aged eighty today", 1, 3, -1)]
    [InlineData("code A12 today", 1, 3, -1)]
    [InlineData("aged ٨٣ today", 1, 3, -1)]
    public void A_small_number_is_read_from_its_digits(string text, int index, int maxDigits, int expected)
    {
        var tokens = Tokenizer.Tokenize(text, out _);
        try
        {
            Assert.Equal(expected, tokens[index].SmallNumber(text, maxDigits));
        }
        finally
        {
            System.Buffers.ArrayPool<Token>.Shared.Return(tokens);
        }
    }
}
