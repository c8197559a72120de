using System.Collections.Frozen;
using System.Runtime.InteropServices;
using PostScreen.Analysis;

namespace PostScreen.Classifiers;

/// <summary>
/// Turns a post into the sparse features the post-level models use, at training time (the
/// <c>PostScreen.Training</c> project calls this very class) and at screening time, so the two
/// can never disagree. Features: hashed lower-cased word unigrams and bigrams (numbers as
/// <c>&lt;num&gt;</c>, handles as <c>&lt;handle&gt;</c>, drug names as <c>&lt;drug&gt;</c>, capitalized
/// given names and surnames as <c>&lt;name&gt;</c>, so the model learns the shape of a post rather
/// than the particular people and drugs of its training set), the lexical classes present, shape facts (starts with a handle, asks a
/// question, names a dose), and, for the combined model, the cue phrases that matched.
/// </summary>
internal static class PostFeaturizer
{
    /// <summary>Feature space size: hashed text features take the first part, named features the rest.</summary>
    public const int Dimension = 1 << 14;

    private const int NamedBase = Dimension - 1024;
    private const int HashMask = (1 << 13) - 1; // text hashes fall in [0, 8192)
    private const uint NumberHash = 0x9E3779B9u;
    private const uint HandleHash = 0x7F4A7C15u;
    private const uint DrugHash = 0x94D049BBu;
    private const uint NameHash = 0xBF58476Du;

    /// <summary>
    /// Writes feature indices (each with value 1) into <paramref name="features"/>; duplicates are
    /// removed. Which tokens produced a feature is found again only when a finding is explained
    /// (<see cref="Explainer"/>): most posts have no finding, and recording it for every feature cost
    /// as much as the rest of the text features.
    /// </summary>
    public static void Featurize(PostAnalysis analysis, List<CueMatch> cues, bool includeCues, List<int> features)
    {
        features.Clear();
        // Each feature counts once (training saw 0/1 values): the writer drops a repeat as it comes,
        // with a per-thread bitset, into a per-thread buffer big enough for every feature the post can
        // have (two text features per token and the named ones), so no add checks a list's capacity.
        var writer = new FeatureWriter(2 * analysis.Tokens.Length + NamedFeatureCount + (includeCues ? cues.Count : 0));
        var (question, dose) = TextFeatures(analysis, ref writer);
        var text = analysis.Text;

        // Lexical classes present in the post: 64 named features.
        var postLex = PatientReferences.Mask(analysis, analysis.PostLex); // "our patient safety team" names no patient
        var lex = (ulong)(postLex & ~Lex.CueStart); // CueStart is an index for cue matching, not a class of words
        for (; lex != 0; lex &= lex - 1)
        {
            writer.Add(NamedBase + System.Numerics.BitOperations.TrailingZeroCount(lex)); // set bits only, in order
        }

        if (text.Length > 0 && text.TrimStart().StartsWith('@'))
        {
            writer.Add(NamedBase + 64);
        }

        if (question)
        {
            writer.Add(NamedBase + 65);
        }

        if (dose)
        {
            writer.Add(NamedBase + 66);
        }

        var mockingEmoji = ShapeFeatures(analysis, postLex, ref writer);
        ToneFeatures(analysis, postLex, mockingEmoji, ref writer);

        if (includeCues)
        {
            foreach (var cue in cues)
            {
                writer.Add(NamedBase + 128 + cue.Phrase.Id);
            }
        }

        features.AddRange(writer.Finish());
    }

    // Named features other than cues: 64 classes, 3 post facts, 33 shapes, 7 tones, with room to spare.
    private const int NamedFeatureCount = 128;

    [ThreadStatic]
    private static ulong[]? t_seen;

    [ThreadStatic]
    private static int[]? t_buffer;

    /// <summary>
    /// Collects one post's features in order of first occurrence, dropping repeats, in per-thread
    /// scratch: a bitset of the features seen and a buffer sized for the post. Dropping a repeat as it
    /// comes writes each feature once (a pass over the list afterwards moved every feature again).
    /// </summary>
    private struct FeatureWriter : ITextFeatureSink
    {
        private readonly ulong[] _seen;
        private readonly int[] _buffer;
        private int _count;

        public FeatureWriter(int capacity)
        {
            _seen = t_seen ??= new ulong[Dimension / 64];
            _buffer = t_buffer is { } buffer && buffer.Length >= capacity ? buffer : t_buffer = new int[Math.Max(capacity, 512)];
            _count = 0;
        }

        /// <summary>Adds <paramref name="feature"/> unless the post already has it.</summary>
        public void Add(int feature)
        {
            ref var word = ref _seen[feature >> 6];
            var bit = 1UL << (feature & 63);
            if ((word & bit) == 0)
            {
                word |= bit;
                _buffer[_count++] = feature;
            }
        }

        public bool Take(int feature, int previousFirst, int first)
        {
            Add(feature);
            return true;
        }

        /// <summary>
        /// The features, in order; leaves the bitset empty (every set bit belongs to a kept feature, so
        /// clearing their words clears it, not 2 KB per post). Nothing between the first add and this
        /// can throw (every feature is below <see cref="Dimension"/>), so no try/finally guards it.
        /// </summary>
        public readonly ReadOnlySpan<int> Finish()
        {
            var kept = _buffer.AsSpan(0, _count);
            foreach (var f in kept)
            {
                _seen[f >> 6] = 0;
            }

            return kept;
        }
    }

    /// <summary>
    /// A readable name for a feature index, for explanations: the words of this post that hash to a
    /// text feature ("word:patient", "words:had a"; handles, numbers, drugs and names only by their
    /// class, so an explanation never repeats an identifier), or the named feature.
    /// </summary>
    public static string Name(int index, Explainer explainer) => explainer.Label(index).Render(explainer.Text);

    /// <summary>The name of a named feature (an index at or above the text features).</summary>
    private static string NamedFeature(int index)
    {
        var named = index - NamedBase;
        return named switch
        {
            < 64 => "lex:" + ((Lex)(1UL << named)).ToString(),
            64 => "starts with a handle",
            65 => "asks a question",
            66 => "names a dose",
            >= ShapeBase and < ToneBase when named - ShapeBase < ShapeNames.Length && ShapeNames[named - ShapeBase] is { } shape => shape,
            >= ToneBase and < 128 when named - ToneBase < ToneNames.Length => ToneNames[named - ToneBase],
            >= 128 when named - 128 < CuePhrases.Phrases.Count => "cue:\"" + CuePhrases.Phrases[named - 128].Text + "\"",
            _ => "feature#" + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Names the features of one post, finding the tokens behind a text feature when asked.</summary>
    internal sealed class Explainer(PostAnalysis analysis)
    {
        /// <summary>The post's text, which labels are rendered from.</summary>
        public string Text => analysis.Text;

        /// <summary>
        /// A feature's label, with everything that needs the analysis read now ("word:patient",
        /// "words:had a", "word:&lt;drug&gt;" for a text feature of this post), rendered later from the text alone.
        /// </summary>
        public FeatureLabel Label(int index) => Label([(index, 0f)])[0].Label;

        /// <summary>
        /// The labels of up to three distinct features with their weights (a finding's top three),
        /// found in one walk over the post's text features that stops when every text feature among
        /// them is found: a walk per feature cost a finding three.
        /// </summary>
        public (FeatureLabel Label, float Weight)[] Label(ReadOnlySpan<(int Feature, float Weight)> top)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(top.Length, 3);
            var finder = new SourcesFinder(TextFeatureAt(top, 0), TextFeatureAt(top, 1), TextFeatureAt(top, 2));
            if (finder.Left > 0)
            {
                TextFeatures(analysis, ref finder);
            }

            var labels = new (FeatureLabel, float)[top.Length];
            for (var i = 0; i < top.Length; i++)
            {
                // The first tokens to produce the feature, as the feature list kept its first occurrence;
                // none for a named feature, or for a text feature this post does not have.
                var (index, weight) = top[i];
                var (previous, first) = i switch { 0 => finder.A, 1 => finder.B, _ => finder.C };
                labels[i] = (first < 0
                    ? new FeatureLabel(index, default, default)
                    : new FeatureLabel(index, previous < 0 ? default : TokenLabelOf(analysis, previous), TokenLabelOf(analysis, first)), weight);
            }

            return labels;
        }

        private static int TextFeatureAt(ReadOnlySpan<(int Feature, float Weight)> top, int i) =>
            i < top.Length && top[i].Feature < NamedBase ? top[i].Feature : -1;
    }

    /// <summary>A feature's name, ready to render from the post's text once the analysis is gone.</summary>
    internal readonly record struct FeatureLabel(int Index, TokenLabel Previous, TokenLabel First)
    {
        public string Render(string text) =>
            Index >= NamedBase ? NamedFeature(Index)
            : First.IsNone ? "words#" + Index.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : Previous.IsNone ? "word:" + First.Render(text)
            : "words:" + Previous.Render(text) + " " + First.Render(text);
    }

    /// <summary>A token as an explanation shows it: a class or entity tag, or its span, lower-cased when rendered.</summary>
    internal readonly record struct TokenLabel(string? Tag, int Start, int Length)
    {
        public bool IsNone => Tag is null && Length == 0;

        public string Render(string text) => Tag ?? text.Substring(Start, Length).ToLowerInvariant();
    }

    private const int ShapeBase = 67;

    // Lexicon hashes of words tested on every word (a hash compare before the string compare).
    private static readonly uint CantHash = Lexicon.HashWord("can't");
    private static readonly uint CannotHash = Lexicon.HashWord("cannot");
    private static readonly uint IfHash = Lexicon.HashWord("if");
    private static readonly uint TakeHash = Lexicon.HashWord("take");

    // The classes a word's own shape tests ask for (ShapeFeatures); its other tests need a sentence
    // start, a comma before, a mocking word in the post, or one of three words found by hash.
    private const Lex WordShapeClasses = Lex.AdviceVerb | Lex.Relative | Lex.FirstPerson | Lex.PersonTitle | Lex.SecondPerson;

    /// <summary>Names of the shape features, by their offset from <see cref="ShapeBase"/>.</summary>
    private static readonly string?[] ShapeNames =
    [
        "mockery and a patient in the post", "mockery and a patient in one sentence", "a first-person question about symptoms, care or worry",
        "'my' + a relative, with symptoms or care", "starts with a handle, addresses 'you'", "starts with a handle, names a drug or instruction",
        "a sentence that opens with an instruction", "'you' and an instruction in one sentence", "'you' and symptoms or care in one sentence",
        "'your own' (sends the reader to their own clinician)", "an act of care with a patient or time", "'I' and an act of care in one sentence",
        "a question about worry", "an age ('N year old')", "'I' and a symptom in one sentence", "a question by the author",
        "general language and 'you'", "'your doctor' (redirects)", "a mocking label for a person ('this clown')",
        "the author as the patient ('I was diagnosed')", "a mocking emoji with a patient in the post", "a question about someone's care",
        "a patient's words in scare quotes",
        "a question weighing two courses of care in a post about health ('ER or wait?', 'Pause it, or keep going?')",
        "declines to advise ('I can't give advice')",
        "conditional general advice ('if you ...')", "a person addressed by a nickname ('Sure, buddy', 'Ma'am, I have')",
        "a mocking word in quotes, mentioned rather than used ('stop calling patients \"junkies\"')",
        "a mock name made of a complaint ('Mr. Chest Pain', 'Mrs. \"I know my rights\"')",
        "a numbered room, bed or bay in a sentence about a class, meeting or schedule ('the class meets in room 5')",
        "time off, not a dose ('take the week', 'take whatever time you need')",
        "starts with a handle, ends with a question (asks the one addressed)",
        "opens with a care setting and a colon, then someone else ('Dietitian clinic: she ...', 'Stoma visit: he ...')",
    ];

    /// <summary>
    /// Facts about how the post's words combine, within a sentence or across the post: the
    /// conjunctions a linear model cannot form from words alone (mockery about a patient, a
    /// first-person question about a symptom, an instruction addressed to "you"). Returns whether
    /// a mocking emoji stands in a post about a patient, which the tone features read too.
    /// </summary>
    private static bool ShapeFeatures(PostAnalysis analysis, Lex post, ref FeatureWriter features)
    {
        var tokens = analysis.Tokens;
        var text = analysis.Text;
        var noPatient = (analysis.PostLex & ~post) != 0 ? Lex.PatientWord : Lex.None; // masked: no sentence has one either
        const Lex Care = Lex.Symptom | Lex.Clinical | Lex.Drug | Lex.Worry;
        ulong shape = 0;
        void Set(int bit) => shape |= 1UL << bit;

        if ((post & Lex.Mockery) != 0 && (post & Lex.PatientWord) != 0)
        {
            Set(0);
        }

        if ((post & Lex.PatientWord) != 0 && HasMockingEmoji(analysis.Text))
        {
            Set(20);
        }

        if ((post & (Lex.PatientWord | Lex.Mockery)) != 0)
        {
            var (quoted, mockingQuoted) = ShortQuotes(analysis, checkMockery: (post & Lex.Mockery) != 0);
            if (quoted && (post & Lex.PatientWord) != 0)
            {
                Set(22);
            }

            if (mockingQuoted)
            {
                Set(27);
            }
        }

        var startsWithHandle = tokens.Length > 1 && tokens[0].IsPunct('@', text);
        if (startsWithHandle && (post & Lex.SecondPerson) != 0)
        {
            Set(4);
        }

        if (startsWithHandle && (post & (Lex.AdviceVerb | Lex.Drug)) != 0)
        {
            Set(5);
        }

        if (startsWithHandle && (tokens[^1].IsPunct('?', text) || (tokens[^1].Kind == TokenKind.Punct && tokens[^2].IsPunct('?', text))))
        {
            Set(31); // a reply that ends by asking the one it addresses: "@nurse_sam ... Home or A&E?" asks, a diagnosis tells
        }

        var sentenceStart = true;
        var mockeryPost = (post & Lex.Mockery) != 0;
        for (var k = 0; k < tokens.Length; k++)
        {
            ref readonly var t = ref tokens[k];
            var lastOfSentence = k + 1 == tokens.Length || tokens[k + 1].Sentence != t.Sentence;
            if (t.Kind == TokenKind.Word && !sentenceStart && !mockeryPost && (t.Lex & WordShapeClasses) == 0
                && t.Hash != CantHash && t.Hash != CannotHash && t.Hash != IfHash && !(k > 0 && tokens[k - 1].IsPunct(',', text)))
            {
                // Most words: no test below can hold for a word of none of these classes that neither
                // starts a sentence nor follows a comma, in a post with no mocking word. One test each.
            }
            else if (t.Kind == TokenKind.Word)
            {
                var firstWord = sentenceStart;
                if (sentenceStart && t.Has(Lex.AdviceVerb) && !(k > 0 && tokens[k - 1].IsPunct('@', text)))
                {
                    Set(6);
                }

                sentenceStart = false;
                if (t.Has(Lex.Relative) && k > 0 && tokens[k - 1].IsWord(text, "my") && (post & Care) != 0)
                {
                    Set(3);
                }

                // Cheap class and length tests first: these run for every word of the post.
                if ((post & Lex.Mockery) != 0 && t.Length <= 7 && NextWordHas(tokens, k, 2, Lex.Mockery) && IsDeterminer(t.Value(text)))
                {
                    Set(18);
                }

                if (t.Has(Lex.FirstPerson) && (t.IsWord(text, "myself") || (t.IsWord(text, "i") && k + 2 < tokens.Length && IsBeOrGot(tokens[k + 1].Value(text))
                                                 && tokens[k + 2].Has(Lex.Encounter | Lex.Clinical))))
                {
                    Set(19);
                }

                if ((t.Hash == CantHash || t.Hash == CannotHash) && (t.IsWord(text, "can't") || t.IsWord(text, "cannot")) && k + 1 < tokens.Length
                    && (tokens[k + 1].IsWord(text, "advise") || tokens[k + 1].IsWord(text, "give") || tokens[k + 1].IsWord(text, "assess") || tokens[k + 1].IsWord(text, "diagnose")))
                {
                    Set(24);
                }

                // A nickname can only address someone first in a sentence or after a comma: test those few words only.
                if (t.Length <= 10 && (firstWord || (k > 0 && tokens[k - 1].IsPunct(',', text))) && IsVocative(tokens, k, text, firstWord))
                {
                    Set(26);
                }

                if (t.Has(Lex.AdviceVerb) && t.Hash == TakeHash && TakesTimeOff(tokens, k, text))
                {
                    Set(30);
                }

                if (t.Has(Lex.PersonTitle) && IsMockName(tokens, k, text))
                {
                    Set(28);
                }

                if (t.Length == 2 && k + 1 < tokens.Length && tokens[k + 1].Has(Lex.SecondPerson) && t.IsWord(text, "if")
                    && (tokens[k + 1].IsWord(text, "you") || tokens[k + 1].IsWord(text, "you're") || tokens[k + 1].IsWord(text, "your")))
                {
                    Set(25);
                }

                if (t.Has(Lex.SecondPerson) && t.IsWord(text, "your") && k + 1 < tokens.Length)
                {
                    var next = tokens[k + 1].Value(text);
                    if (next.Equals("own", StringComparison.OrdinalIgnoreCase))
                    {
                        Set(9);
                    }
                    else if (next.Equals("doctor", StringComparison.OrdinalIgnoreCase) || next.Equals("pediatrician", StringComparison.OrdinalIgnoreCase)
                             || next.Equals("pharmacist", StringComparison.OrdinalIgnoreCase) || next.Equals("gp", StringComparison.OrdinalIgnoreCase)
                             || next.Equals("prescriber", StringComparison.OrdinalIgnoreCase) || next.Equals("care", StringComparison.OrdinalIgnoreCase))
                    {
                        Set(17);
                    }
                }
            }
            else if (t.Kind == TokenKind.Number && k + 1 < tokens.Length)
            {
                var next = k + 2 < tokens.Length && tokens[k + 1].IsPunct('-', text) ? tokens[k + 2] : tokens[k + 1];
                if (next.IsWord(text, "year") || next.IsWord(text, "yo") || next.IsWord(text, "yr"))
                {
                    Set(13);
                }
            }
            else if (t.Kind == TokenKind.Punct && text[t.Start] == '@' && sentenceStart)
            {
                // A handle at the start of a sentence is an address, not its first word: skip it.
                while (k + 1 < tokens.Length && tokens[k + 1].Start == tokens[k].End && tokens[k + 1].Sentence == t.Sentence)
                {
                    k++;
                }

                lastOfSentence = k + 1 == tokens.Length || tokens[k + 1].Sentence != t.Sentence;
            }

            if (!lastOfSentence)
            {
                continue;
            }

            // Sentence-level conjunctions, once per sentence at its last token.
            var lex = analysis.SentenceLex(t.Sentence) & ~noPatient;
            var question = tokens[k].IsPunct('?', text) || (k > 0 && tokens[k - 1].IsPunct('?', text));
            var first = (lex & Lex.FirstPerson) != 0;
            var you = (lex & Lex.SecondPerson) != 0;
            if ((lex & Lex.Mockery) != 0 && (lex & Lex.PatientWord) != 0)
            {
                Set(1);
            }

            if (question && first && (lex & Care) != 0)
            {
                Set(2);
            }

            if (you && (lex & Lex.AdviceVerb) != 0)
            {
                Set(7);
            }

            if (you && (lex & (Lex.Symptom | Lex.Clinical | Lex.Drug)) != 0)
            {
                Set(8);
            }

            if ((lex & Lex.Encounter) != 0 && (lex & (Lex.PatientWord | Lex.ShiftTime)) != 0)
            {
                Set(10);
            }

            if (first && (lex & Lex.Encounter) != 0)
            {
                Set(11);
            }

            if (question && (lex & (Lex.FirstPerson | Lex.Relative | Lex.PatientPronoun)) != 0 && (lex & Care) != 0)
            {
                Set(21);
            }

            // A choice in a post about health, its illness named here or in an earlier sentence: "Big
            // toe's flared up again. Pause it till the flare settles, or keep going?"
            if (question && ((lex | post) & (Lex.Clinical | Lex.Drug | Lex.Medical | Lex.Symptom)) != 0 && SentenceHasWord(tokens, k, text, "or"))
            {
                Set(23);
            }

            if (question && (lex & Lex.Worry) != 0)
            {
                Set(12);
            }

            if (first && (lex & Lex.Symptom) != 0)
            {
                Set(14);
            }

            if ((lex & Lex.PatientNoun) != 0 && RoomInScheduledSentence(analysis, k, lex))
            {
                Set(29);
            }

            if (question && first)
            {
                Set(15);
            }

            if (you && (lex & Lex.General) != 0)
            {
                Set(16);
            }

            sentenceStart = true;
        }

        if (OpensWithCareSetting(analysis))
        {
            Set(32);
        }

        var mockingEmoji = (shape & (1UL << 20)) != 0;
        for (; shape != 0; shape &= shape - 1)
        {
            features.Add(NamedBase + ShapeBase + System.Numerics.BitOperations.TrailingZeroCount(shape)); // set bits only, in order
        }

        return mockingEmoji;
    }

    private const int ToneBase = 100;

    /// <summary>Names of the tone features, by their offset from <see cref="ToneBase"/>.</summary>
    private static readonly string[] ToneNames =
    [
        "ironic praise or certainty with a patient in the post", "a patient back again ('another', 'regular', 'fourth time')",
        "weight or bodily functions with a patient in the post", "a likeness to an animal or a thing with a patient in the post",
        "a short quip after the first sentence of a post about a patient ('Riveting.', 'Charming family.')",
        "weight or bodily functions with mockery and a patient",
        "a patient cast as a hotel guest ('hotel', 'Tripadvisor', 'loyalty card')",
    ];

    /// <summary>
    /// The tone classes (<see cref="Tone"/>) in a post about a patient, and two shapes of mockery that
    /// use no insult: a short quip that follows the story ("Lovely. Really lovely lady."), and a
    /// patient's weight or bodily functions next to laughter or an insult. A class alone, in a post
    /// with no patient, only taught the anecdote model that "Another shift done ... back again
    /// tomorrow" is a story (cross-validated F1 was the same without it).
    /// </summary>
    private static void ToneFeatures(PostAnalysis analysis, Lex post, bool mockingEmoji, ref FeatureWriter features)
    {
        var tone = (uint)analysis.PostTone;
        var patient = (post & Lex.PatientWord) != 0;
        if (!patient)
        {
            return;
        }

        for (var bits = tone; bits != 0; bits &= bits - 1)
        {
            // Classes 0-3 at offsets 0-3; the later classes after the two shape features (offsets 4, 5).
            var tz = System.Numerics.BitOperations.TrailingZeroCount(bits);
            features.Add(NamedBase + ToneBase + (tz < 4 ? tz : tz + 2));
        }

        if (HasShortQuip(analysis))
        {
            features.Add(NamedBase + ToneBase + 4);
        }

        if ((tone & (uint)Tone.Body) != 0 && ((post & Lex.Mockery) != 0 || mockingEmoji))
        {
            features.Add(NamedBase + ToneBase + 5);
        }
    }

    /// <summary>
    /// Whether a sentence after the first has one to four words, one of them mocking, ironic or a
    /// likeness ("Riveting.", "Charming family.", "Vultures."): not "New members welcome." or "Cake at 3."
    /// </summary>
    private static bool HasShortQuip(PostAnalysis analysis)
    {
        if ((analysis.PostLex & Lex.Mockery) == 0 && (analysis.PostTone & (Tone.Irony | Tone.Likeness)) == 0)
        {
            return false; // no word of the post could make a sentence a quip: skip the walk
        }

        var tokens = analysis.Tokens;
        var sentence = 0;
        var words = 0;
        var toned = false;
        for (var k = 0; k < tokens.Length; k++)
        {
            if (tokens[k].Sentence != sentence)
            {
                if (sentence > 0 && toned && words <= 4)
                {
                    return true;
                }

                sentence = tokens[k].Sentence;
                words = 0;
                toned = false;
            }

            words += tokens[k].Kind == TokenKind.Punct ? 0 : 1;
            toned |= tokens[k].Has(Lex.Mockery) || (tokens[k].Tone & (Tone.Irony | Tone.Likeness)) != 0;
        }

        return sentence > 0 && toned && words <= 4;
    }

    /// <summary>Eye-rolls, clowns, nausea and tears of laughter: how mockery is often written without a word for it.</summary>
    /// <remarks>
    /// Every such emoji is a surrogate pair led by U+D83D or U+D83E: one vectorized search for those
    /// two leads (most posts have none), then the code point is checked. A multi-string
    /// <c>SearchValues</c> took a dictionary-driven path here and cost about 3% of a full screening.
    /// </remarks>
    private static bool HasMockingEmoji(string text)
    {
        var span = text.AsSpan();
        for (var i = span.IndexOfAny('\uD83D', '\uD83E'); i >= 0; i = span.IndexOfAny('\uD83D', '\uD83E'))
        {
            if (i + 1 < span.Length && char.IsLowSurrogate(span[i + 1])
                && char.ConvertToUtf32(span[i], span[i + 1]) is 0x1F644 or 0x1F921 or 0x1F922 or 0x1F602 or 0x1F926 or 0x1F480 or 0x1F923)
            {
                return true;
            }

            span = span[(i + 1)..];
        }

        return false;
    }

    // Opening quotation marks: straight ones and the left curly ones (ShortQuotes finds each one's closing pair).
    private static readonly System.Buffers.SearchValues<char> Quotes = System.Buffers.SearchValues.Create("'\"\u2018\u201C");

    /// <summary>
    /// Quoted spans of one to four words: whether there is one ('seizures', "chest pain": how a
    /// patient's claim is often mocked), and, with <paramref name="checkMockery"/>, whether one holds
    /// a mocking word. A quoted insult is usually mentioned, not used ("stop calling patients
    /// 'frequent flyers'"), which is how posts that condemn mockery differ from mockery.
    /// </summary>
    private static (bool Any, bool Mocking) ShortQuotes(PostAnalysis analysis, bool checkMockery)
    {
        var text = analysis.Text;
        var any = false;
        for (var i = 0; i < text.Length; i++)
        {
            var skip = text.AsSpan(i).IndexOfAny(Quotes); // vectorized: most text has no quote at all
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var c = text[i];
            if (c == '\'' && i > 0 && char.IsLetter(text[i - 1]))
            {
                continue; // not an opening quote (an apostrophe inside a word is not one)
            }

            var close = c switch { '\u2018' => '\u2019', '\u201C' => '\u201D', _ => c };
            var spaces = 0;
            for (var j = i + 1; j < text.Length && j < i + 40; j++)
            {
                if (text[j] == close && j > i + 1 && (j + 1 == text.Length || !char.IsLetter(text[j + 1])))
                {
                    if (spaces <= 3)
                    {
                        any = true;
                        if (!checkMockery)
                        {
                            return (true, false);
                        }

                        if (HasMockery(analysis, i + 1, j))
                        {
                            return (true, true);
                        }

                        i = j; // go on after this quote
                    }

                    break;
                }

                spaces += text[j] == ' ' ? 1 : 0;
            }
        }

        return (any, false);
    }

    /// <summary>Whether a token between the offsets is a mocking word.</summary>
    private static bool HasMockery(PostAnalysis analysis, int start, int end)
    {
        var tokens = analysis.Tokens;
        for (var k = analysis.TokenAt(start); k < tokens.Length && tokens[k].Start < end; k++)
        {
            if (tokens[k].Has(Lex.Mockery))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence ending at token <paramref name="last"/> has the word.</summary>
    private static bool SentenceHasWord(ReadOnlySpan<Token> tokens, int last, string text, string word)
    {
        for (var j = last; j >= 0 && tokens[j].Sentence == tokens[last].Sentence; j--)
        {
            if (tokens[j].IsWord(text, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the post opens with a heading of one to four words naming a place or kind of care and a
    /// colon, and goes on about someone other than the author or the reader ("Dietitian clinic: she's
    /// 'eating clean' now", "Stoma visit: he's ..."): how clinicians head a story from their day, often
    /// with no patient word in it. Not "Stroke signs: if you ..." nor "Travel clinic: I ...": a heading
    /// followed by the author, the reader, a handle or a question word heads advice or a notice.
    /// </summary>
    private static bool OpensWithCareSetting(PostAnalysis analysis)
    {
        var tokens = analysis.Tokens;
        var text = analysis.Text;
        var colon = 0;
        while (colon < tokens.Length && colon <= 4 && tokens[colon].Kind == TokenKind.Word)
        {
            colon++;
        }

        if (colon == 0 || colon > 4 || colon + 1 >= tokens.Length || !tokens[colon].IsPunct(':', text))
        {
            return false;
        }

        var care = false;
        for (var k = 0; k < colon && !care; k++)
        {
            care = tokens[k].Has(CareSettingClasses) || IsSpecialtyWord(tokens[k].Value(text));
        }

        ref readonly var next = ref tokens[colon + 1];
        return care && !next.IsPunct('@', text) && !next.Has(Lex.FirstPerson | Lex.SecondPerson)
            && !(next.Kind == TokenKind.Word && HeadingQuestionWords.Contains(next.Value(text)));
    }

    // The classes of a word that names a place or kind of care in a heading ("clinic", "visit", "stoma").
    private const Lex CareSettingClasses = Lex.FacilityHead | Lex.Clinical | Lex.Medical | Lex.Symptom | Lex.Encounter | Lex.Occupation | Lex.Drug;

    /// <summary>A specialty or its practitioner by its ending: "audiology", "psychiatry", "paediatrics", "podiatrist".</summary>
    private static bool IsSpecialtyWord(ReadOnlySpan<char> word) =>
        word.EndsWith("ology", StringComparison.OrdinalIgnoreCase) || word.EndsWith("iatry", StringComparison.OrdinalIgnoreCase)
        || (word.Length >= 8 && word.EndsWith("ics", StringComparison.OrdinalIgnoreCase))
        || (word.Length >= 7 && word.EndsWith("ist", StringComparison.OrdinalIgnoreCase));

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadingQuestionWords =
        WordSet.Of("is", "are", "do", "does", "can", "could", "should", "what", "why", "how", "who", "when", "where", "anyone", "any", "if");

    private static bool IsDeterminer(ReadOnlySpan<char> word) =>
        word.Equals("our", StringComparison.OrdinalIgnoreCase) || word.Equals("this", StringComparison.OrdinalIgnoreCase)
        || word.Equals("that", StringComparison.OrdinalIgnoreCase) || word.Equals("another", StringComparison.OrdinalIgnoreCase)
        || word.Equals("some", StringComparison.OrdinalIgnoreCase) || word.Equals("the", StringComparison.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Vocatives =
        WordSet.Of(
            "sir", "ma'am", "maam", "madam", "buddy", "pal", "champ", "bro", "dude", "lady", "princess", "karen", "honey", "hun",
            "sweetie", "sweetheart", "babe", "kid", "kiddo", "mister", "missy", "chief", "boss", "grandpa", "grandma", "genius",
            "einstein", "sherlock", "friend", "mate", "love", "luv", "bud", "pet", "son", "fella", "darling", "darl", "folks");

    // "your majesty", "your lordship": a mock title is a form of address too.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MockTitles =
        WordSet.Of("majesty", "highness", "lordship", "ladyship", "grace");

    // Words of a schedule or a class that the event class (read by the PHI linkage rules) does not hold.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ScheduleWords =
        WordSet.Of(
            "meets", "meet", "session", "sessions", "drill", "training", "orientation", "refresher", "booked", "closed", "cleaning",
            "practice", "induction", "staff");

    /// <summary>
    /// Whether the sentence ending at token <paramref name="last"/> has a numbered room, bed or bay
    /// ("room 5", "bay 2") and words of a class, meeting or schedule: a place in the building, not a
    /// patient. The model weighs it against the patient words around it.
    /// </summary>
    private static bool RoomInScheduledSentence(PostAnalysis analysis, int last, Lex sentenceLex)
    {
        if (!analysis.HasDigits)
        {
            return false; // a numbered room needs a number: most posts have none, and skip both walks
        }

        var tokens = analysis.Tokens;
        var text = analysis.Text;
        var first = analysis.SentenceStart(last);

        // The numbered room first (cheap class and kind tests); the schedule words only if there is one.
        var room = false;
        for (var k = first; k < last && !room; k++)
        {
            room = tokens[k].Has(Lex.PatientNoun) && tokens[k + 1].Kind == TokenKind.Number
                   && (tokens[k].IsWord(text, "room") || tokens[k].IsWord(text, "bed") || tokens[k].IsWord(text, "bay") || tokens[k].IsWord(text, "bays"));
        }

        if (!room || (sentenceLex & Lex.EventCue) != 0)
        {
            return room;
        }

        for (var k = first; k <= last; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && tokens[k].Length <= 11 && ScheduleWords.Contains(tokens[k].Value(text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A title followed by a complaint or a quote instead of a surname: "Mr. Chest Pain", "Mrs.
    /// Migraine", "Mrs. 'I know my rights'". A person's name is not a symptom or a clinical word.
    /// </summary>
    private static bool IsMockName(ReadOnlySpan<Token> tokens, int k, string text)
    {
        var next = k + 1;
        if (next < tokens.Length && tokens[next].IsPunct('.', text) && tokens[next].Start == tokens[k].End)
        {
            next++;
        }

        if (next >= tokens.Length || tokens[next].Sentence != tokens[k].Sentence)
        {
            return false;
        }

        ref readonly var n = ref tokens[next];
        if (n.Kind == TokenKind.Punct)
        {
            return n.Length == 1 && Quotes.Contains(text[n.Start]) && next + 1 < tokens.Length && tokens[next + 1].Start == n.End; // an opening quote
        }

        // The complaint may be the first or the second capitalized word ("Mr. Chest Pain").
        for (var j = next; j < next + 2 && j < tokens.Length && tokens[j].Kind == TokenKind.Word && tokens[j].Is(TokenFlags.Capitalized); j++)
        {
            if (tokens[j].Has(Lex.Symptom | Lex.Medical | Lex.Clinical | Lex.Mockery) && !tokens[j].Has(Lex.FirstName | Lex.Surname))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether word <paramref name="k"/> addresses someone by a nickname: first in its sentence and
    /// followed by a comma or "you"/"I" ("Buddy, you're 80", "Ma'am I have five patients"), or after
    /// a comma at the sentence's end ("Sure, buddy.", "Enjoy your wait, lady"). Clinicians rarely
    /// address a patient in a post except to mock or to comfort them; the model learns which.
    /// </summary>
    private static bool IsVocative(ReadOnlySpan<Token> tokens, int k, string text, bool firstWord)
    {
        if (!Vocatives.Contains(tokens[k].Value(text)))
        {
            // "your majesty": the title's word ends the address.
            return tokens[k].IsWord(text, "your") && k + 1 < tokens.Length && tokens[k + 1].Sentence == tokens[k].Sentence
                && MockTitles.Contains(tokens[k + 1].Value(text)) && IsAddress(tokens, k, k + 1, text, firstWord);
        }

        return IsAddress(tokens, k, k, text, firstWord);
    }

    /// <summary>Whether the words <paramref name="first"/>..<paramref name="last"/> stand apart as an address: "Sure, buddy." or "Buddy, you're 80".</summary>
    private static bool IsAddress(ReadOnlySpan<Token> tokens, int first, int last, string text, bool firstWord)
    {
        var hasNext = last + 1 < tokens.Length && tokens[last + 1].Sentence == tokens[last].Sentence;
        if (firstWord)
        {
            return hasNext && (tokens[last + 1].IsPunct(',', text) || tokens[last + 1].Has(Lex.SecondPerson | Lex.FirstPerson));
        }

        return first > 0 && tokens[first - 1].IsPunct(',', text) && (!hasNext || tokens[last + 1].Kind == TokenKind.Punct);
    }

    /// <summary>
    /// Whether "take" at <paramref name="k"/> takes time rather than a medicine: a word of time within
    /// the next three words of its sentence, with no number before it and no "a", "each", "per" or
    /// "every" before it unless that word follows "take" ("take the week", "take whatever time you
    /// need", "take a day off"; not "take one a day", "take them each day"). Kind replies that name an
    /// illness and send someone home read as advice given to a model that knows "take the" from doses.
    /// </summary>
    private static bool TakesTimeOff(ReadOnlySpan<Token> tokens, int k, string text)
    {
        for (var j = k + 1; j < tokens.Length && j <= k + 3 && tokens[j].Sentence == tokens[k].Sentence; j++)
        {
            ref readonly var w = ref tokens[j];
            if (w.Kind != TokenKind.Word || w.Has(Lex.Drug) || DoseCountWords.Contains(w.Value(text)))
            {
                return false;
            }

            if (TimeOffWords.Contains(w.Value(text)))
            {
                var before = tokens[j - 1];
                return j == k + 1 || j - 1 == k + 1
                    || !(before.IsWord(text, "a") || before.IsWord(text, "each") || before.IsWord(text, "per") || before.IsWord(text, "every"));
            }
        }

        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeOffWords =
        WordSet.Of("time", "week", "weekend", "day", "days", "afternoon", "morning", "evening", "tomorrow", "leave", "break", "holiday", "month", "rest");

    // How many of a medicine, or how often: "take one a day", "take half", "take it twice".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DoseCountWords =
        WordSet.Of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twice", "once", "half");

    private static bool IsBeOrGot(ReadOnlySpan<char> word) =>
        word.Equals("was", StringComparison.OrdinalIgnoreCase) || word.Equals("got", StringComparison.OrdinalIgnoreCase)
        || word.Equals("am", StringComparison.OrdinalIgnoreCase) || word.Equals("had", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether one of the next <paramref name="window"/> words after token <paramref name="k"/> has the class.</summary>
    private static bool NextWordHas(ReadOnlySpan<Token> tokens, int k, int window, Lex lex)
    {
        for (var j = k + 1; j < tokens.Length && j <= k + window; j++)
        {
            if (tokens[j].Has(lex))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How a token enters the text features: its hash, the class name it backs off to, and its last token.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static (uint Hash, string? Class, int Last) Classify(PostAnalysis analysis, ReadOnlySpan<Token> tokens, string text, int k)
    {
        ref readonly var t = ref tokens[k];

        // Most words back off to no class: answered here, inlined into the per-word loop (which passes
        // its own tokens and text, not re-read from the analysis per word), before the handle, number,
        // drug and name checks below.
        return t.Kind == TokenKind.Word && (t.Lex & (Lex.Drug | Lex.FirstName | Lex.Surname)) == 0 && !(k > 0 && tokens[k - 1].IsPunct('@', text))
            ? (WordHash(t, text), null, k)
            : ClassifyMarked(analysis, k);
    }

    private static (uint Hash, string? Class, int Last) ClassifyMarked(PostAnalysis analysis, int k)
    {
        var tokens = analysis.Tokens;
        var text = analysis.Text;
        ref readonly var t = ref tokens[k];
        if (analysis.HandleLast(k) is var last and >= 0)
        {
            return (HandleHash, "<handle>", last);
        }

        if (t.Kind != TokenKind.Word)
        {
            return (NumberHash, "<num>", k);
        }

        if (t.Has(Lex.Drug))
        {
            return (DrugHash, "<drug>", k);
        }

        if (t.Is(TokenFlags.Capitalized) && t.Has(Lex.FirstName | Lex.Surname) && !t.Has(Lex.NotName))
        {
            return (NameHash, "<name>", k);
        }

        return (WordHash(t, text), null, k);
    }

    /// <summary>A word's hash: the tokenizer's, for ASCII words (the same FNV-1a), else computed here.</summary>
    private static uint WordHash(in Token t, string text) => t.Is(TokenFlags.AsciiWord) ? t.Hash : HashLower(t.Value(text));

    /// <summary>
    /// A token as an explanation shows it: its class, or, inside a recognized identifier, the
    /// identifier's entity (<c>&lt;NAME&gt;</c>), so explanations never repeat an identifier even when
    /// its words are not in the lexicon; otherwise the word in lower case.
    /// </summary>
    private static TokenLabel TokenLabelOf(PostAnalysis analysis, int k)
    {
        if (Classify(analysis, analysis.Tokens, analysis.Text, k).Class is { } backedOff)
        {
            return new TokenLabel(backedOff, 0, 0);
        }

        ref readonly var token = ref analysis.Tokens[k];
        foreach (var entity in analysis.Entities)
        {
            if (entity.Span.Start <= token.Start && token.End <= entity.Span.End)
            {
                return new TokenLabel(EntityTags[(int)entity.Kind], 0, 0);
            }
        }

        return new TokenLabel(null, token.Start, token.Length);
    }

    // "<NAME>", "<PHONE>", ...: one string per entity kind, built once.
    private static readonly string[] EntityTags =
        [.. Enumerable.Range(0, EntityKinds.All.Count + 1).Select(i => "<" + ((EntityKind)i).ToEntityName() + ">")];

    /// <summary>Takes the text features one by one, with the tokens that produced each.</summary>
    private interface ITextFeatureSink
    {
        /// <summary>Takes a feature from token <paramref name="first"/> (and <paramref name="previousFirst"/> for a word pair, else -1); false stops the walk.</summary>
        bool Take(int feature, int previousFirst, int first);
    }

    /// <summary>Explaining: the tokens behind the first occurrence of up to three distinct text features (-1: none).</summary>
    private struct SourcesFinder(int a, int b, int c) : ITextFeatureSink
    {
        public (int PreviousFirst, int First) A = (-1, -1), B = (-1, -1), C = (-1, -1);

        /// <summary>How many of the features are still to be found.</summary>
        public int Left = (a >= 0 ? 1 : 0) + (b >= 0 ? 1 : 0) + (c >= 0 ? 1 : 0);

        public bool Take(int candidate, int previousFirst, int first)
        {
            if (candidate == a && A.First < 0)
            {
                A = (previousFirst, first);
                Left--;
            }
            else if (candidate == b && B.First < 0)
            {
                B = (previousFirst, first);
                Left--;
            }
            else if (candidate == c && C.First < 0)
            {
                C = (previousFirst, first);
                Left--;
            }

            return Left > 0;
        }
    }

    /// <summary>
    /// The hashed unigram and bigram features, in token order, each with the tokens that produced it.
    /// One definition serves training, screening and explaining (a struct sink, so no call is virtual).
    /// </summary>
    private static (bool Question, bool Dose) TextFeatures<TSink>(PostAnalysis analysis, ref TSink sink)
        where TSink : struct, ITextFeatureSink
    {
        var tokens = analysis.Tokens;
        var text = analysis.Text;
        var local = sink; // a copy in a local: through the ref, every take read and wrote its fields in memory
        uint previous = 0;
        var previousToken = -1;
        var question = false;
        var dose = false;
        for (var k = 0; k < tokens.Length; k++)
        {
            ref readonly var t = ref tokens[k];
            if (t.Kind == TokenKind.Punct)
            {
                question |= text[t.Start] == '?';
                if (text[t.Start] is '.' or '!' or '?')
                {
                    previousToken = -1; // bigrams do not cross sentence ends
                }

                continue;
            }

            var first = k;
            var (hash, _, last) = Classify(analysis, tokens, text, k);
            k = last;

            if (!local.Take((int)(hash & HashMask), -1, first)
                || (previousToken >= 0 && !local.Take((int)((previous * 31 + hash + 0x85EBCA6Bu) & HashMask), previousToken, first)))
            {
                break;
            }

            dose |= t.Kind == TokenKind.Number && k + 1 < tokens.Length && tokens[k + 1].IsWord(text, "mg");
            previous = hash;
            previousToken = first;
        }

        sink = local;
        return (question, dose);
    }

    private static uint HashLower(ReadOnlySpan<char> word)
    {
        // The lexicon's FNV-1a, so ASCII words hash as the tokenizer already hashed them.
        var hash = Lexicon.HashSeed;
        foreach (var c in word)
        {
            hash = Lexicon.HashStep(hash, char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c < 128 ? c : char.ToLowerInvariant(c));
        }

        return hash;
    }
}
