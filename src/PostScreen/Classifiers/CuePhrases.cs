using System.Collections.Frozen;
using PostScreen.Analysis;

namespace PostScreen.Classifiers;

/// <summary>
/// The rule half of the post-level detectors: cue phrases per category, matched over the shared
/// tokens (punctuation in the text is skipped unless the phrase names it). A phrase is words,
/// <c>&lt;num&gt;</c>, a lexical class (<c>&lt;relative&gt;</c>, <c>&lt;drug&gt;</c>,
/// <c>&lt;patient&gt;</c>, <c>&lt;clinical&gt;</c>, <c>&lt;mock&gt;</c>), <c>?</c>, or <c>*</c> (up
/// to three words). Phrases are indexed by their first word, so matching costs one lookup per token.
/// </summary>
internal static class CuePhrases
{
    private static readonly Phrase[] All = CheckWordHashes(Build());

    // The phrases spelt by their elements: all but the last, the clipped choice of care, which code
    // matches (ChoiceAfterDescription) and no index holds.
    private static readonly Phrase[] Spelled = All[..^1];

    // Phrases are indexed by their first two words when both are words ("the patient in" under
    // "the patient"), else by their first word: common first words ("the", "my", "is") start a
    // dozen phrases each, and the pair index tries only the few that can match.
    // Keys are the words' lexicon hashes, which the tokenizer already computed for every ASCII word,
    // so a lookup hashes nothing (a string-keyed lookup cost about 2% of a full screening). Matching
    // still compares every word, so a hash shared with an unrelated word only costs a failed try.
    private static readonly PhraseIndex ByFirstWord = new(
        Spelled.Where(p => p.Elements[0].Kind == ElementKind.Word && !StartsWithTwoWords(p)).GroupBy(p => (ulong)Lexicon.HashWord(p.Elements[0].Word!)));

    private static readonly PhraseIndex ByFirstTwoWords = new(
        Spelled.Where(StartsWithTwoWords).GroupBy(p => PairKey(Lexicon.HashWord(p.Elements[0].Word!), Lexicon.HashWord(p.Elements[1].Word!))));

    private static readonly Phrase[] ByClass = Spelled.Where(p => p.Elements[0].Kind != ElementKind.Word).ToArray();

    // What can start a phrase of ByClass: a word of one of these classes, or a number. Most tokens
    // are neither and skip the loop over ByClass, which otherwise ran for every token of every post.
    private static readonly Lex ClassStarts =
        ByClass.Where(p => p.Elements[0].Kind == ElementKind.Class).Aggregate(Lex.None, (all, p) => all | p.Elements[0].Class);

    private static readonly bool NumberStarts = ByClass.Any(p => p.Elements[0].Kind == ElementKind.Number);

    /// <summary>The first words of the phrases that start with a word (the lexicon marks them <see cref="Lex.CueStart"/>).</summary>
    public static IEnumerable<string> FirstWords() =>
        Spelled.Where(p => p.Elements[0].Kind == ElementKind.Word).Select(p => p.Elements[0].Word!).Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every phrase, for feature names.</summary>
    public static IReadOnlyList<Phrase> Phrases => All;

    /// <summary>Adds every match in the post to <paramref name="matches"/>: phrases in token order, then the clipped choice of care.</summary>
    public static void Match(PostAnalysis analysis, List<CueMatch> matches)
    {
        var tokens = analysis.Tokens;
        for (var k = 0; k < tokens.Length; k++)
        {
            ref readonly var t = ref tokens[k];
            if (t.Kind == TokenKind.Punct)
            {
                continue;
            }

            if (t.Has(Lex.CueStart)) // the lexicon marks ASCII words only, so t.Hash is set
            {
                if (ByFirstWord.Find(t.Hash) is { } phrases)
                {
                    TryAll(analysis, phrases, k, matches);
                }

                // The pair key: this word and the next (punctuation between them is skipped, as in matching).
                var next = k + 1;
                while (next < tokens.Length && tokens[next].Kind == TokenKind.Punct)
                {
                    next++;
                }

                if (next < tokens.Length && tokens[next].Kind == TokenKind.Word && tokens[next].Is(TokenFlags.AsciiWord)
                    && ByFirstTwoWords.Find(PairKey(t.Hash, tokens[next].Hash)) is { } pairPhrases)
                {
                    TryAll(analysis, pairPhrases, k, matches);
                }
            }

            if (!t.Has(ClassStarts) && !(NumberStarts && t.Kind is TokenKind.Number or TokenKind.Mixed))
            {
                continue; // no phrase of ByClass can start here (Punct and Gap never start one: see Matches)
            }

            foreach (var phrase in ByClass)
            {
                if (Matches(phrase.Elements[0], t, analysis.Text) && TryMatch(analysis, phrase, k) is var end and > 0)
                {
                    Add(analysis, k, matches, new CueMatch(phrase, TextSpan.FromBounds(t.Start, end)));
                }
            }
        }

        if (ClippedChoiceOfCare(analysis) is { } choice)
        {
            // Added last, after any phrase matched inside the question: among cues of equal weight the
            // first found is the evidence, so a phrase ("or wait") keeps its narrower span.
            matches.Add(new CueMatch(ChoiceAfterDescription, choice));
        }
    }

    /// <summary>
    /// A shape no phrase spells: a post that describes someone's state and ends by weighing two courses
    /// of care in a clipped question with no "should I" ("Toddler's been honking like a seal since
    /// teatime ... Hospital tonight or steam and see?", "Grandad's ankle is red, hot and twice the size
    /// ... Walk-in centre or GP?"). Missed on seven held-out splits in a row: the model reads "should"
    /// and "my", and these have neither. Its span is the question.
    /// </summary>
    private static readonly Phrase ChoiceAfterDescription = All[^1];

    /// <summary>
    /// The span of a post's last sentence when it is a question weighing a place or means of care with
    /// "or" ("Walk-in centre or GP?", "X-ray today or keep an eye out?"), after at least one earlier
    /// sentence of four or more words that speaks of a symptom, a body part, an illness, a drug, a
    /// worry or a relative, addresses no one ("you") and names no patient (the lexicon's PatientStrong words: "patient", "pt"): not
    /// "Busy day. Ward round at 8 or 9?", not a clinician's question about a patient, not a reply.
    /// </summary>
    private static TextSpan? ClippedChoiceOfCare(PostAnalysis analysis)
    {
        var tokens = analysis.Tokens;
        var text = analysis.Text;
        var last = tokens.Length - 1;
        while (last > 0 && IsHashtagEnd(tokens, last, text))
        {
            last -= 2; // "... or GP? #help": the hashtags after the question are no part of it
        }

        if (last < 1 || !tokens[last].IsPunct('?', text) || tokens[last].Sentence == 0 || (analysis.PostLex & DescriptionClasses) == 0)
        {
            return null;
        }

        var first = analysis.SentenceStart(last);

        var or = false;
        var care = false;
        for (var k = first; k < last; k++)
        {
            or |= tokens[k].IsWord(text, "or");
            care |= (tokens[k].Kind is TokenKind.Word or TokenKind.Number && PlacesOfCare.Contains(tokens[k].Value(text)))
                    || Analyzers.QuasiIdentifierAnalyzer.IsAandE(tokens, k, text);
        }

        if (!or || !care)
        {
            return null;
        }

        var words = 0;
        var described = false;
        for (var k = 0; k < first; k++)
        {
            ref readonly var t = ref tokens[k];
            if (t.Kind == TokenKind.Punct)
            {
                if (text[t.Start] == '@' && k == 0)
                {
                    k = Math.Max(k, analysis.HandleLast(k + 1)); // a reply's handle: who is asked, not described
                }

                continue;
            }

            if (t.Has(Lex.SecondPerson | Lex.PatientStrong))
            {
                return null;
            }

            words++;
            described |= t.Has(DescriptionClasses);
        }

        return words >= 4 && described ? TextSpan.FromBounds(tokens[first].Start, tokens[last].End) : null;
    }

    // What an earlier sentence names when it describes someone's state: "swollen", "ankle", "rash", "toddler".
    private const Lex DescriptionClasses = Lex.Symptom | Lex.Clinical | Lex.Medical | Lex.Drug | Lex.Worry | Lex.Relative;

    private static bool IsHashtagEnd(ReadOnlySpan<Token> tokens, int k, string text) =>
        k > 1 && tokens[k].Kind != TokenKind.Punct && tokens[k - 1].IsPunct('#', text) && tokens[k - 1].End == tokens[k].Start;

    // Places and means of care a clipped choice names (and "A&amp;E", read by QuasiIdentifierAnalyzer.IsAandE).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacesOfCare = WordSet.Of(
        "gp", "er", "ed", "hospital", "ward", "walk", "urgent", "111", "999", "911", "hours", "ray", "surgery", "doctor", "doc",
        "nurse", "pharmacy", "pharmacist", "chemist", "ambulance", "injuries", "midwife", "dentist", "clinic", "physio", "scan");

    private static ulong PairKey(uint first, uint second) => ((ulong)first << 32) | second;

    /// <summary>
    /// Keeps a match (its phrase starting at token <paramref name="k"/>) unless the phrase stands in
    /// quotation marks: a quoted phrase is mentioned, not used ("stop writing 'frequent flyer' in the
    /// chart" condemns the label it quotes); nor a phrase of advice given inside a condition ("if you
    /// have chest pain, call 911" is advice for anyone, not a diagnosis of the reader).
    /// </summary>
    private static void Add(PostAnalysis analysis, int k, List<CueMatch> matches, CueMatch match)
    {
        var text = analysis.Text;
        var (start, end) = (match.Span.Start, match.Span.End);
        var quoted = start > 0 && IsQuote(text[start - 1]) && end < text.Length && IsQuote(text[end]);
        var condition = match.Phrase.Category == PostCategory.AdviceGiven && (InCondition(analysis, k) || GivesAffection(analysis, match) || EndsOnNeed(analysis, match));
        if (!quoted && !condition && !(match.Phrase.Category == PostCategory.Anecdote && EndsInModifier(analysis, k, end)))
        {
            matches.Add(match);
        }
    }

    /// <summary>
    /// Whether the phrase ends in "patient" used as a modifier: "our patient advisory council", "my
    /// patient portal", "our patient safety team" name a group or a thing, not a patient.
    /// </summary>
    private static bool EndsInModifier(PostAnalysis analysis, int k, int end)
    {
        var tokens = analysis.Tokens;
        var text = analysis.Text;
        var next = k;
        while (next < tokens.Length && tokens[next].Start < end)
        {
            next++;
        }

        return next > k && next < tokens.Length && IsPatientModifier(tokens, next - 1, text);
    }

    /// <summary>Whether token <paramref name="k"/> is "patient" modifying the noun after it ("patient safety", "patient panel").</summary>
    internal static bool IsPatientModifier(ReadOnlySpan<Token> tokens, int k, string text) =>
        tokens[k].Has(Lex.PatientStrong) && k + 1 < tokens.Length && tokens[k + 1].Kind == TokenKind.Word
        && tokens[k + 1].Sentence == tokens[k].Sentence && PatientCompounds.Contains(tokens[k + 1].Value(text));

    // Nouns that "patient" modifies in the names of groups, services and things.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PatientCompounds =
        WordSet.Of(
            "advisory", "council", "councils", "portal", "portals", "safety", "experience", "education", "satisfaction", "advocate",
            "advocates", "advocacy", "population", "panel", "panels", "records", "record", "information", "leaflet", "leaflets", "survey",
            "surveys", "feedback", "services", "relations", "liaison", "transport", "navigator", "navigators", "engagement", "forum",
            "group", "groups", "voice", "representative", "representatives", "handbook", "charter", "rights", "flow", "volume", "volumes",
            "load", "care", "outcomes", "privacy", "confidentiality", "data", "app", "lounge", "library", "parking", "partners",
            "volunteer", "volunteers", "participation", "involvement", "representation", "stories", "story", "journey", "pathway",
            "pathways", "letters", "letter", "communications", "hub", "centre", "center", "champions", "champion", "ambassadors");

    /// <summary>
    /// Whether the phrase at token <paramref name="k"/> is part of a condition: right after "if"
    /// ("if you have chest pain"), or in a sentence that opens with one in a post addressed to no
    /// handle ("If your child won't wake, go to the ER" is for every parent; "@dan if it swells, you
    /// need to go in" is for Dan).
    /// </summary>
    private static bool InCondition(PostAnalysis analysis, int k)
    {
        var tokens = analysis.Tokens;
        var text = analysis.Text;
        if (k > 0 && IsConditional(tokens[k - 1], text))
        {
            return true;
        }

        var first = analysis.SentenceStart(k);
        return first < k && IsConditional(tokens[first], text) && !analysis.HasHandle;
    }

    /// <summary>
    /// "give him a hug", "give her our love", "give them a big high five": what a kind reply gives
    /// ("@pat_r so glad your son's surgery went well. Give him a high five from us." matched the
    /// advice cue "give him"), not a dose.
    /// </summary>
    private static bool GivesAffection(PostAnalysis analysis, CueMatch match)
    {
        if (!match.Phrase.Text.StartsWith("give ", StringComparison.Ordinal))
        {
            return false;
        }

        var tokens = analysis.Tokens;
        var text = analysis.Text;
        var next = analysis.TokenAt(match.Span.End);
        while (next + 1 < tokens.Length && (tokens[next].IsWord(text, "a") || tokens[next].IsWord(text, "our") || tokens[next].IsWord(text, "my")
                                            || tokens[next].IsWord(text, "all") || tokens[next].IsWord(text, "big")))
        {
            next++;
        }

        return next < tokens.Length && tokens[next].Kind == TokenKind.Word && Affection.Contains(tokens[next].Value(text));
    }

    /// <summary>
    /// "you need" with nothing after it in its clause: "take whatever time you need.", "call if you
    /// need, any hour" offer help; advice names what is needed ("you need antibiotics", "you need to rest").
    /// </summary>
    private static bool EndsOnNeed(PostAnalysis analysis, CueMatch match)
    {
        if (match.Phrase.Text is not ("you need" or "you'll need"))
        {
            return false;
        }

        var next = analysis.TokenAt(match.Span.End);
        return next >= analysis.Tokens.Length || analysis.Tokens[next].Kind == TokenKind.Punct;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Affection =
        WordSet.Of("hug", "hugs", "cuddle", "cuddles", "kiss", "kisses", "squeeze", "high", "love", "best", "wave", "cheer", "regards", "congratulations");

    private static bool IsConditional(in Token t, string text) =>
        t.Kind == TokenKind.Word && (t.IsWord(text, "if") || t.IsWord(text, "when") || t.IsWord(text, "unless") || t.IsWord(text, "whenever"));

    private static bool IsQuote(char c) => c is '\'' or '"' or '\u2018' or '\u2019' or '\u201C' or '\u201D';

    /// <summary>
    /// The indexes group phrases by their words' lexicon hashes. Phrase words are lower-case ASCII
    /// (<see cref="CheckWord"/>), and no two distinct words may share a hash (checked here), so
    /// grouping by hash groups by word exactly.
    /// </summary>
    private static Phrase[] CheckWordHashes(Phrase[] phrases)
    {
        var clash = phrases.SelectMany(p => p.Elements).Where(e => e.Kind == ElementKind.Word).Select(e => e.Word!).Distinct()
            .GroupBy(word => Lexicon.HashWord(word)).FirstOrDefault(g => g.Count() > 1);
        return clash is null
            ? phrases
            : throw new InvalidOperationException($"Cue phrase words '{string.Join("', '", clash)}' share a hash.");
    }

    private static bool StartsWithTwoWords(Phrase phrase) =>
        phrase.Elements.Length >= 2 && phrase.Elements[0].Kind == ElementKind.Word && phrase.Elements[1].Kind == ElementKind.Word;

    private static void TryAll(PostAnalysis analysis, Phrase[] phrases, int k, List<CueMatch> matches)
    {
        foreach (var phrase in phrases)
        {
            if (TryMatch(analysis, phrase, k) is var end and > 0)
            {
                Add(analysis, k, matches, new CueMatch(phrase, TextSpan.FromBounds(analysis.Tokens[k].Start, end)));
            }
        }
    }

    /// <summary>The end offset of the phrase matched from token <paramref name="start"/>, or 0.</summary>
    private static int TryMatch(PostAnalysis analysis, Phrase phrase, int start)
    {
        var tokens = analysis.Tokens;
        var text = analysis.Text;
        var k = start;
        var end = 0;
        for (var e = 0; e < phrase.Elements.Length; e++)
        {
            var element = phrase.Elements[e];
            if (element.Kind == ElementKind.Gap)
            {
                // Up to three words may stand here: try the rest of the phrase after 0..3 of them.
                var next = phrase.Elements[e + 1];
                for (var skipped = 0; skipped <= 3; skipped++)
                {
                    while (k < tokens.Length && tokens[k].Kind == TokenKind.Punct && next.Kind != ElementKind.Punct)
                    {
                        k++;
                    }

                    if (k < tokens.Length && Matches(next, tokens[k], text))
                    {
                        break;
                    }

                    if (k >= tokens.Length || tokens[k].Sentence != tokens[start].Sentence)
                    {
                        return 0;
                    }

                    k++;
                }

                continue;
            }

            while (k < tokens.Length && tokens[k].Kind == TokenKind.Punct && element.Kind != ElementKind.Punct)
            {
                k++;
            }

            if (k >= tokens.Length || !Matches(element, tokens[k], text))
            {
                return 0;
            }

            end = tokens[k].End;
            k++;
        }

        return end;
    }

    private static bool Matches(Element element, in Token token, string text) => element.Kind switch
    {
        ElementKind.Word => token.Kind == TokenKind.Word && token.Value(text).Equals(element.Word, StringComparison.OrdinalIgnoreCase),
        ElementKind.Number => token.Kind is TokenKind.Number or TokenKind.Mixed,
        ElementKind.Class => token.Has(element.Class),
        ElementKind.Punct => token.Kind == TokenKind.Punct && text[token.Start] == element.Word![0],
        _ => false,
    };

    private static Phrase[] Build()
    {
        var list = new List<Phrase>();
        void Add(PostCategory category, double weight, params string[] phrases)
        {
            foreach (var phrase in phrases)
            {
                list.Add(new Phrase(list.Count, category, weight, phrase, phrase.Split(' ').Select(Parse).ToArray()));
            }
        }

        // Anecdote: a specific patient or encounter narrated.
        Add(PostCategory.Anecdote, 0.9, "had a patient", "my patient", "my <num> year old patient", "my patients told", "one of my patients",
            "the patient in", "the guy in", "the lady in", "the gentleman in", "the woman in", "the man in", "the kid in", "the boy in",
            "the girl in", "the mom in", "a woman came in", "a man came in", "<num> came in", "i admitted", "we admitted", "we coded",
            "just discharged", "my first patient", "saw a patient", "told a patient", "patient in bed", "patient in room", "pt in",
            "in bed <num>", "in room <num>", "in bay <num>", "room <num> keeps", "treated the", "treated a", "delivered a",
            "a little girl in", "a little boy in", "our <num> year old patient", "yesterday my patient", "our favorite",
            "sat with a", "had to tell a", "took care of a", "looked after a", "our patient", "a patient asked", "a patient told",
            "my last patient", "just had a patient", "admitted a", "admitted the", "one of our", "discharged a", "i diagnosed", "picked up a");
        // Disrespect: mocking or demeaning a patient (the model vetoes mockery aimed elsewhere).
        Add(PostCategory.Disrespect, 0.9, "frequent flyer", "drug seeker", "idiot", "gomer", "professional patient", "walking disaster",
            "pooped on the table", "never learn", "dumb as", "wanted to slap", "laughing at the patient", "why do we even bother",
            "weighed like", "needed two beds", "right on schedule", "moron", "clown", "pathetic", "disgusting", "nutjob",
            "drama queen", "dirtbag", "our <mock>", "this <mock>", "another <mock>", "some <mock>", "junkie", "good riddance", "so dumb", "so fat", "too fat", "faking", "smells like", "lazy",
            "serves him right", "serves her right", "brain cells", "lord help us", "the audacity", "the entitlement", "cry me a river",
            "i can't with these", "put a sock in", "old fart", "meth head", "little brat", "waste of oxygen");
        // Advice request: asking publicly about one's own or a relative's case.
        Add(PostCategory.AdviceRequest, 0.9, "should i", "is it safe to take", "can anyone look at", "is that bad", "what do you think it is",
            "my <relative> has", "my <relative> has had", "my <relative> woke up", "do we need urgent care", "what dose of",
            "doctors of twitter", "what that means for me", "should i go back on", "my <clinical> is", "my <clinical> came back", "i have <any> should",
            "do i need", "is it normal", "is that normal", "is this normal", "should we", "should my", "can i take", "can i give",
            "is it safe", "am i ok", "what could it be", "does this look", "is that serious", "is this serious", "is it bad",
            "how much <drug> can", "i've had <symptom>", "i have <symptom>", "what would you do", "do i just",
            "er or wait", "or wait it out", "does he need", "does she need", "do they need", "need to go to the", "how worried",
            "what causes this", "what could this be", "what is this", "can someone tell me", "my <clinical> are", "asking for my",
            "now or wait", "or wait", "what do i do", "did i hurt", "is it still", "anyone know if",
            "do we need to go", "do we really need", "do i really need", "a & e or gp", "gp or a & e", "a & e or wait",
            "looked at ?", "checked ?");
        // Advice given: individualized clinical advice in public.
        Add(PostCategory.AdviceGiven, 0.9, "you should stop", "start <drug>", "no need to come in", "just take",
            "your <relative> has", "your labs look", "double your", "you need to increase", "take the leftover", "cut the <drug>",
            "skip your", "sounds like shingles", "keep him home", "keep her home", "recheck in a week", "you'll be fine", "definitely a",
            "you need", "you don't need", "you can stop", "you have", "stop the", "stop taking", "increase the", "increase your",
            "bump your", "lower your", "switch to", "restart your", "your <relative> needs", "no need for", "don't go to the er",
            "sounds like", "looks like", "give him", "give her", "give them", "go to the er",
            "you'll need", "you're fine", "is a same - day");
        // Last: the one shape matched by code, not by its elements (ChoiceAfterDescription).
        list.Add(new Phrase(list.Count, PostCategory.AdviceRequest, 0.9, "<a choice of care after a description>", []));
        return [.. list];
    }

    private static Element Parse(string part) => part switch
    {
        "<num>" => new Element(ElementKind.Number, null, Lex.None),
        "<relative>" => new Element(ElementKind.Class, null, Lex.Relative),
        "<drug>" => new Element(ElementKind.Class, null, Lex.Drug),
        "<patient>" => new Element(ElementKind.Class, null, Lex.PatientNoun),
        "<clinical>" => new Element(ElementKind.Class, null, Lex.Clinical),
        "<mock>" => new Element(ElementKind.Class, null, Lex.Mockery),
        "<symptom>" => new Element(ElementKind.Class, null, Lex.Symptom),
        "<instruction>" => new Element(ElementKind.Class, null, Lex.AdviceVerb),
        "<care>" => new Element(ElementKind.Class, null, Lex.Encounter),
        "<worry>" => new Element(ElementKind.Class, null, Lex.Worry),
        "<any>" or "*" => new Element(ElementKind.Gap, null, Lex.None),
        "?" or "-" or "&" => new Element(ElementKind.Punct, part, Lex.None),
        _ => new Element(ElementKind.Word, CheckWord(part), Lex.None),
    };

    /// <summary>A phrase word must be one the tokenizer can produce: lower-case ASCII, no possessive 's.</summary>
    private static string CheckWord(string word)
    {
        if (!System.Text.Ascii.IsValid(word) || word != word.ToLowerInvariant())
        {
            throw new InvalidOperationException($"Cue phrase word '{word}' must be lower-case ASCII.");
        }

        if (word.EndsWith("'s", StringComparison.Ordinal))
        {
            // The tokenizer splits a possessive 's off its word ("son's" is "son", marked possessive).
            throw new InvalidOperationException($"Cue phrase word '{word}' ends in 's, which the tokenizer splits off, so it could never match.");
        }

        return word;
    }

    internal enum ElementKind
    {
        Word,
        Number,
        Class,
        Punct,
        Gap,
    }

    internal sealed record Element(ElementKind Kind, string? Word, Lex Class);

    /// <summary>A cue phrase: which category it signals, how strongly, and its text (for evidence and feature names).</summary>
    internal sealed record Phrase(int Id, PostCategory Category, double Weight, string Text, Element[] Elements);

    /// <summary>
    /// Phrases by a 64-bit key (a first word's lexicon hash, or a pair of them): open addressing over
    /// two arrays, probed from the key's mixed bits. Every word that can start a phrase makes one or two
    /// lookups; a frozen dictionary's called an equality comparer per probe, this one compares integers.
    /// </summary>
    private sealed class PhraseIndex
    {
        private readonly ulong[] _keys;
        private readonly Phrase[]?[] _phrases; // null: an empty slot
        private readonly int _mask;

        public PhraseIndex(IEnumerable<IGrouping<ulong, Phrase>> groups)
        {
            var all = groups.ToArray();
            var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, all.Length * 4)); // load at most 1/4
            (_keys, _phrases, _mask) = (new ulong[size], new Phrase[]?[size], size - 1);
            foreach (var group in all)
            {
                var slot = Slot(group.Key);
                while (_phrases[slot] is not null)
                {
                    slot = (slot + 1) & _mask;
                }

                (_keys[slot], _phrases[slot]) = (group.Key, group.ToArray());
            }
        }

        /// <summary>The phrases filed under <paramref name="key"/>, or null.</summary>
        public Phrase[]? Find(ulong key)
        {
            for (var slot = Slot(key); _phrases[slot] is { } phrases; slot = (slot + 1) & _mask)
            {
                if (_keys[slot] == key)
                {
                    return phrases;
                }
            }

            return null;
        }

        // Fibonacci hashing: a pair key's low half is the second word's hash alone, so mix both halves.
        private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> 32) & _mask;
    }
}

/// <summary>A matched cue phrase and its span.</summary>
internal readonly record struct CueMatch(CuePhrases.Phrase Phrase, TextSpan Span);
