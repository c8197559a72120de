namespace PostScreen.Analysis;

/// <summary>
/// Classes of words that only the tone of a post needs (PS2002 and the anecdote model), kept apart
/// from <see cref="Lex"/>, whose 64 bits are all taken. The lexicon stores them in the same slot as
/// a word's <see cref="Lex"/>, so the tokenizer reads them with no second lookup.
/// </summary>
/// <remarks>
/// Mocking posts that use no insult ("Charming family.", "Fourth visit this month, like
/// clockwork", "weighing 310") share these words more than any one word: the classes let the
/// model generalise from the words it was trained on to others of the same kind.
/// </remarks>
[Flags]
internal enum Tone : byte
{
    None = 0,

    /// <summary>Praise and certainty that mockery turns ironic: lovely, charming, riveting, truly, clearly.</summary>
    Irony = 1,

    /// <summary>The same person back once more: again, another, regular, usual, clockwork, umpteenth.</summary>
    Recurrence = 2,

    /// <summary>Weight and bodily functions: weighs, bmi, vomit, pee, smell, breath.</summary>
    Body = 4,

    /// <summary>Nouns that liken a person to an animal or a thing: vulture, potato, dinosaur, witch, snowflake.</summary>
    Likeness = 8,

    /// <summary>A patient cast as a hotel guest: hotel, concierge, Tripadvisor, loyalty card, buffet, turndown.</summary>
    Hospitality = 16,
}
