using System.Collections.Frozen;
using System.Collections.Immutable;
using PostScreen.Analysis;
using PostScreen.Classifiers;

namespace PostScreen.Analyzers;

/// <summary>
/// PS1100: a post about a patient (a patient, a relative, an act of care such as "treated", someone
/// arriving or staying for care, or a story the anecdote model is sure of) that combines details which together single the patient out — a
/// rare condition, a small place or named facility, a specific date or time, an age, an occupation,
/// an unusual event — even when no name appears. Warning; Error when the post also has a
/// patient-linked direct identifier. Spans the first detail; the message names the details.
/// </summary>
internal sealed class QuasiIdentifierAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptors.QuasiIdentifiers];

    public override void Initialize(AnalysisContext context) => context.RegisterPostAction(Analyze);

    /// <summary>The word classes that are a detail by themselves.</summary>
    private const Lex DetailWords = Lex.RareCondition | Lex.Occupation | Lex.UnusualEvent | Lex.SmallPlace | Lex.Weekday | Lex.TimeWord;

    /// <summary>The anecdote probability at which a post no rule knows as being about a patient counts as one.</summary>
    private const double SureStory = 0.75;

    /// <summary>PS1100's entity in DESIGN.md's vocabulary: a combination, not one identifier.</summary>
    public const string EntityName = "QUASI_IDENTIFIERS";

    // Lexicon hashes of words tested on every token (a hash compare before the string compare).
    private static readonly uint OnlyHash = Lexicon.HashWord("only");
    private static readonly uint OneHash = Lexicon.HashWord("one");
    private static readonly uint CameHash = Lexicon.HashWord("came");
    private static readonly uint BroughtHash = Lexicon.HashWord("brought");
    private static readonly uint FlewHash = Lexicon.HashWord("flew");
    private static readonly uint FlownHash = Lexicon.HashWord("flown");
    private static readonly uint OurHash = Lexicon.HashWord("our");
    private static readonly uint WasHash = Lexicon.HashWord("was");
    private static readonly uint WereHash = Lexicon.HashWord("were");
    private static readonly uint HadHash = Lexicon.HashWord("had");
    private static readonly uint InHash = Lexicon.HashWord("in");
    private static readonly uint OnHash = Lexicon.HashWord("on");
    private static readonly uint CarriedHash = Lexicon.HashWord("carried");
    private static readonly uint DiseaseHash = Lexicon.HashWord("disease");
    private static readonly uint SyndromeHash = Lexicon.HashWord("syndrome");
    private static readonly uint DayHash = Lexicon.HashWord("day");
    private static readonly uint EveHash = Lexicon.HashWord("eve");
    private static readonly uint WinchedHash = Lexicon.HashWord("winched");
    private static readonly uint StretcheredHash = Lexicon.HashWord("stretchered");
    private static readonly uint ByHash = Lexicon.HashWord("by");
    // Words of care the Encounter class lacks ("repaired by our surgeons") and words that name a course
    // of care ("treatment at our clinic", "review with us").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TreatmentWords =
        WordSet.Of(
            "repaired", "fixed", "reset", "replaced", "treatment", "therapy", "dialysis", "chemo", "chemotherapy", "radiotherapy", "transfusion", "transfusions", "infusion",
            "infusions", "surgery", "operation", "rehab", "review", "reviews", "physio", "check", "checkup", "appointment");

    // The author's team or its carers, after "with our" ("began chemo with our haematology team").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CareTeamWords =
        WordSet.Of(
            "team", "teams", "nurse", "nurses", "doctor", "doctors", "surgeon", "surgeons", "consultant", "consultants", "physio",
            "physios", "therapist", "therapists", "specialist", "specialists", "crew", "staff");

    private static readonly uint AtHash = Lexicon.HashWord("at");
    private static readonly uint WithHash = Lexicon.HashWord("with");
    private static readonly uint AgedHash = Lexicon.HashWord("aged");
    private static readonly uint OldHash = Lexicon.HashWord("old");

    // Declared after every hash they read (static fields initialize in order): the words ArrivesForCare
    // looks for, and one bit (the hash's low six bits) per word, a one-instruction filter before the list.
    private static readonly uint[] ArrivalWordHashes =
        [CameHash, BroughtHash, FlewHash, FlownHash, WasHash, WereHash, OurHash, HadHash, InHash, OnHash, CarriedHash, WinchedHash, StretcheredHash, ByHash, AtHash, WithHash];

    private static readonly ulong ArrivalWordBits = ArrivalWordHashes.Aggregate(0UL, (bits, hash) => bits | 1UL << (int)(hash & 63));

    // Conditions named after a person that are common (more than about 1 in 2,000 people), and
    // capitalized words that name no person ("Lyme" is a town; "Kidney disease" starts a sentence).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonEponyms =
        WordSet.Of(
            "parkinson", "alzheimer", "crohn", "lyme", "graves", "hashimoto", "down", "raynaud", "tourette", "asperger", "sjogren",
            "meniere", "paget", "osgood", "gilbert", "peyronie", "dupuytren", "hodgkin", "bell", "kidney", "liver", "heart", "lung",
            "celiac", "coeliac", "sickle", "thyroid", "gum", "bowel", "inflammatory", "autoimmune", "rare", "chronic",
            "legionnaires", "this", "that", "the", "his", "her", "their", "my", "our", "of", "with", "and", "metabolic",
            "genetic", "infectious", "tick", "mad", "cow", "foot", "hand", "mouth", "reflux", "fifth", "cat", "scratch",
            "long", "short", "qt", "nephrotic", "compartment", "serotonin", "carpal", "tunnel");

    /// <summary>
    /// "could still coach his son's team", "wants to nurse the baby": a trade's name used as a verb
    /// after "to" or a modal is what someone does, not their job.
    /// </summary>
    private static bool IsVerbMarker(in Token t, string text) =>
        t.Kind == TokenKind.Word && t.Length <= 6
        && (t.IsWord(text, "to") || t.IsWord(text, "still") || t.IsWord(text, "could") || t.IsWord(text, "can") || t.IsWord(text, "will")
            || t.IsWord(text, "would") || t.IsWord(text, "should") || t.IsWord(text, "might") || t.IsWord(text, "cannot"));

    /// <summary>
    /// "Monday thoughts:", "Friday vibes", "Happy Thanksgiving": a day named as a greeting or a
    /// hashtag's words dates the post, not the encounter in it; "every Tuesday", "each night" recur,
    /// and name no day of the encounter; and "Sat with ..." is no day at all.
    /// </summary>
    private static bool IsNotTheEncounterDay(ReadOnlySpan<Token> tokens, int k, string text) =>
        IsVerbNotDay(tokens, k, text)
        || (k + 1 < tokens.Length && tokens[k + 1].Kind == TokenKind.Word && tokens[k + 1].Sentence == tokens[k].Sentence
         && DayGreetingWords.Contains(tokens[k + 1].Value(text)))
        || (k > 0 && (tokens[k - 1].IsWord(text, "happy") || tokens[k - 1].IsWord(text, "every") || tokens[k - 1].IsWord(text, "each")));

    /// <summary>
    /// "Sat with an old farmer tonight", "Wed in June": the short forms "sat", "sun" and "wed" are
    /// also words; they name a day only before a period, a comma or a number, or after "on".
    /// </summary>
    private static bool IsVerbNotDay(ReadOnlySpan<Token> tokens, int k, string text)
    {
        ref readonly var t = ref tokens[k];
        if (t.Length != 3 || !(t.IsWord(text, "sat") || t.IsWord(text, "sun") || t.IsWord(text, "wed")))
        {
            return false;
        }

        var dayAfter = k + 1 < tokens.Length && (tokens[k + 1].IsPunct('.', text) || tokens[k + 1].IsPunct(',', text) || tokens[k + 1].Kind == TokenKind.Number);
        var dayBefore = k > 0 && (tokens[k - 1].IsWord(text, "on") || tokens[k - 1].IsWord(text, "next") || tokens[k - 1].IsWord(text, "last"));
        return !(dayAfter || dayBefore);
    }

    /// <summary>The classes of a word that says a post is about a patient: a patient word, a relative, a verb of care.</summary>
    private const Lex AboutAPatient = Lex.PatientWord | Lex.Relative | Lex.Encounter;

    /// <summary>
    /// Whether a word of <see cref="AboutAPatient"/> speaks of a patient or their care: not "children's"
    /// naming a ward ("Local butcher ... raised £3,000 for the children's ward"), not a nurse's title
    /// ("our new ward sister, Jade, who joins us from Oban on Monday"), nor "visited" with a
    /// place of care after it ("A journalist ... visited our stroke unit on Tuesday"), which name a
    /// place and a visit. A spot check of a hospital's staff news found both reading a trade and a day
    /// as details of a patient.
    /// </summary>
    private static bool SpeaksOfAPatient(ReadOnlySpan<Token> tokens, string text)
    {
        for (var k = 0; k < tokens.Length; k++)
        {
            ref readonly var t = ref tokens[k];
            if (!t.Has(AboutAPatient))
            {
                continue;
            }

            var only = t.Lex & AboutAPatient;
            var namesAPlace = (only == Lex.Relative && t.Is(TokenFlags.Possessive) && PlaceOfCareWithin(tokens, k + 1, 2, text))
                              || (only == Lex.Encounter && IsVisit(t, text) && PlaceOfCareWithin(tokens, k + 1, 4, text))
                              || (only == Lex.Relative && IsNursingSister(tokens, k, text));
            if (!namesAPlace)
            {
                return true;
            }
        }

        return false;

        // "our new ward sister, Jade", "our deputy sister", "Sister Rachel Obi": a nurse's title in British usage, not a relative.
        static bool IsNursingSister(ReadOnlySpan<Token> tokens, int k, string text) =>
            tokens[k].IsWord(text, "sister")
            && ((k > 0 && tokens[k - 1].Kind == TokenKind.Word && SisterTitles.Contains(tokens[k - 1].Value(text)))
                || (tokens[k].Is(TokenFlags.Capitalized) && k + 1 < tokens.Length && tokens[k + 1].Is(TokenFlags.Capitalized)
                    && tokens[k + 1].Kind == TokenKind.Word && tokens[k + 1].Sentence == tokens[k].Sentence));

        static bool IsVisit(in Token t, string text) =>
            t.IsWord(text, "visited") || t.IsWord(text, "visit") || t.IsWord(text, "visits") || t.IsWord(text, "visiting") || t.IsWord(text, "toured");
    }

    /// <summary>Whether one of the <paramref name="count"/> words from token <paramref name="k"/> on, in its sentence, names a place of care.</summary>
    private static bool PlaceOfCareWithin(ReadOnlySpan<Token> tokens, int k, int count, string text)
    {
        for (var j = k; j < tokens.Length && j < k + count && tokens[j].Sentence == tokens[k].Sentence; j++)
        {
            if (tokens[j].Kind == TokenKind.Word && PlacesOfCare.Contains(tokens[j].Value(text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "from Tobermory", "in Penzance", "near Hawes": a capitalized word after "in", "from", "near" or "outside"
    /// that the lexicon does not know (no name, month, department or other class) is most often a
    /// place the city list lacks, and the small ones are what the list lacks. Words in capitals
    /// ("in ICU", "from A&amp;E") are units and teams, not places.
    /// </summary>
    private static bool IsUnlistedPlace(ReadOnlySpan<Token> tokens, int k, string text)
    {
        ref readonly var t = ref tokens[k];
        if (k == 0 || !IsUnknownCapitalized(t))
        {
            return false;
        }

        ref readonly var before = ref tokens[k - 1];
        return before.End + 1 == t.Start
            && (before.IsWord(text, "in") || before.IsWord(text, "from") || before.IsWord(text, "near") || before.IsWord(text, "outside"));
    }

    /// <summary>
    /// A capitalized word of three letters or more that the lexicon does not know (no name, month,
    /// department or other class) and that is not in capitals ("ICU" is a unit): where PS1100 takes
    /// it for a place, most often a small one the city list lacks.
    /// </summary>
    private static bool IsUnknownCapitalized(in Token t) =>
        t.Kind == TokenKind.Word && t.Is(TokenFlags.Capitalized) && !t.Is(TokenFlags.AllUpper) && t.Lex == 0 && t.Length >= 3;

    /// <summary>"A&amp;E" at token <paramref name="k"/>: three tokens, "A", "&amp;", "E", with nothing between them (PS4001's urgent-care signs read it too).</summary>
    internal static bool IsAandE(ReadOnlySpan<Token> tokens, int k, string text) =>
        k + 2 < tokens.Length && tokens[k].IsWord(text, "a") && tokens[k + 1].IsPunct('&', text) && tokens[k + 2].IsWord(text, "e")
        && tokens[k + 1].Start == tokens[k].End && tokens[k + 2].Start == tokens[k + 1].End;

    /// <summary>
    /// "a weekend in Benidorm", "a fortnight on Skye", "his holiday in Crete": where someone goes for
    /// a stay, not where they live, so no detail that singles them out ("man wanted every vaccine
    /// going for a weekend in Benidorm"). The place is token <paramref name="k"/>.
    /// </summary>
    private static bool IsStayAway(ReadOnlySpan<Token> tokens, int k, string text) =>
        k >= 2 && (tokens[k - 1].IsWord(text, "in") || tokens[k - 1].IsWord(text, "on") || tokens[k - 1].IsWord(text, "to"))
        && tokens[k - 2].Kind == TokenKind.Word && Stays.Contains(tokens[k - 2].Value(text));

    // The words before "sister" that make it a nurse's title: "ward sister", "deputy sister".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SisterTitles =
        WordSet.Of("ward", "charge", "theatre", "junior", "senior", "night", "deputy");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Stays =
        WordSet.Of("weekend", "weekends", "holiday", "holidays", "fortnight", "honeymoon", "trip", "trips", "getaway", "vacation",
            "cruise", "stag", "hen", "break", "minibreak");

    /// <summary>
    /// "the town's only locksmith", "the island's only GP": a small place's one person in a role; and
    /// "Canna's only schoolchild": a capitalized possessive the lexicon does not know (no name, no
    /// month, no class) is most often a place the city list lacks, as after "in" or "from".
    /// </summary>
    private static bool IsPlacesOwn(in Token t) => t.Is(TokenFlags.Possessive) && (t.Has(Lex.SmallPlace) || IsUnknownCapitalized(t));

    /// <summary>
    /// "the only firefighter in town", "the town's only locksmith", "lost its only GP", "its one
    /// chemist", "the one vet in Moab": one person in a role, at "only" or "one" (token <paramref name="k"/>).
    /// "one" is a unique role only after "its", or before a trade ("the one thing I learned" is not).
    /// </summary>
    private static bool IsUniqueRole(ReadOnlySpan<Token> tokens, int k, string text)
    {
        ref readonly var before = ref tokens[k - 1];
        if (tokens[k].IsWord(text, "only"))
        {
            return before.IsWord(text, "the") || before.IsWord(text, "our") || before.IsWord(text, "its") || IsPlacesOwn(before);
        }

        return tokens[k].IsWord(text, "one")
               && (before.IsWord(text, "its")
                   || ((before.IsWord(text, "the") || IsPlacesOwn(before)) && k + 1 < tokens.Length
                       && tokens[k + 1].Has(Lex.Occupation) && !tokens[k + 1].Has(Lex.ClinicianTitle)));
    }

    // Numbers a person's age is written in, one to ninety-nine ("eighty-two" is a tens word and a unit).
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> NumberWords =
        new[]
        {
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
            "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        }.Select((word, i) => (word, years: i + 1))
        .Concat(new[] { "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" }.Select((word, i) => (word, years: 20 + 10 * i)))
        .ToFrozenDictionary(w => w.word, w => w.years, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // One bit per number word (its lexicon hash's low six bits), declared after the words: SpelledAge
    // runs after every comma, and this one-instruction test spares most words the dictionary lookup.
    private static readonly ulong NumberWordBits =
        NumberWords.Dictionary.Keys.Aggregate(0UL, (bits, word) => bits | 1UL << (int)(Lexicon.HashWord(word) & 63));

    // Where someone stays for care ("is on our ward", "has been in the stroke unit"): wider than the
    // places of IsPlaceOfCare, which follow the looser "had ... in".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacesOfCare =
        WordSet.Of("ward", "wards", "unit", "units", "hospital", "hospitals", "hospice", "clinic", "clinics", "department", "centre",
                   "center", "wing", "icu", "nicu", "picu", "theatre", "theatres", "practice", "surgery", "home", "homes");

    // Words for a person (the people among the lexicon's patient words) that an age in brackets may follow.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonWords =
        WordSet.Of("patient", "pt", "client", "resident", "man", "woman", "lady", "gent", "gentleman", "guy", "boy", "girl", "lad", "lass",
                   "chap", "bloke", "widow", "widower", "teenager", "teen");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DayGreetingWords =
        WordSet.Of("thoughts", "motivation", "vibes", "mood", "blues", "musings", "feels", "funday", "reflections", "check-in", "wisdom");

    private static void Analyze(PostAnalysisContext context)
    {
        if (Find(context.Analysis) is not { } finding)
        {
            return;
        }

        var evidence = new Evidence(finding);
        var diagnostic = Diagnostic.CreateDeferred(Descriptors.QuasiIdentifiers, finding.Details[0].Span, finding.Confidence,
            evidence, evidence.Properties, []);
        context.ReportDiagnostic(finding.Direct ? diagnostic.WithSeverity(DiagnosticSeverity.Error) : diagnostic);
    }

    /// <summary>
    /// PS1100's message and properties, built when first read, as PS2001's are: most callers look at
    /// the verdict and IDs, and the names, the message and the properties' dictionary were most of
    /// what a finding allocated.
    /// </summary>
    private sealed class Evidence(QuasiIdentifierFinding finding) : DeferredMessage
    {
        public DeferredProperties Properties { get; } = new EvidenceProperties(finding);

        public override string Format() => Descriptors.QuasiIdentifiers.FormatMessage(finding.Names);

        private sealed class EvidenceProperties(QuasiIdentifierFinding finding) : DeferredProperties
        {
            public override ImmutableDictionary<string, string> Create() =>
                ImmutableDictionary<string, string>.Empty.Add(Diagnostic.EntityProperty, EntityName).Add("details", finding.Names);
        }
    }

    /// <summary>
    /// The details of <paramref name="analysis"/> that single out a patient, or null when fewer than
    /// two combine or the post is about no patient. Computed once per analysis: PS2001 reads it too
    /// (a post that singles out a patient narrates one).
    /// </summary>
    internal static QuasiIdentifierFinding? Find(PostAnalysis analysis)
    {
        // The last analysis this thread asked about and its finding, as PostLevelScores keeps the
        // model's scores: the shared analysis need not know about this analyzer.
        if (!ReferenceEquals(t_analysis, analysis))
        {
            t_finding = Compute(analysis);
            t_analysis = analysis;
        }

        return t_finding;
    }

    [ThreadStatic]
    private static PostAnalysis? t_analysis; // a reference, so never mistaken for a later analysis

    [ThreadStatic]
    private static QuasiIdentifierFinding? t_finding;

    [ThreadStatic]
    private static List<(string Kind, TextSpan Span)>? t_details;

    /// <summary>The details of a post about a patient that combine, or null when fewer than two do or it is about no patient.</summary>
    /// <param name="analysis">The post.</param>
    /// <param name="rulesOnly">
    /// Ask only the phrase rules whether the post is about a patient, not the anecdote model (tests pin
    /// the rules with it: a retrained model moves the posts near its bar).
    /// </param>
    internal static QuasiIdentifierFinding? Compute(PostAnalysis analysis, bool rulesOnly = false)
    {
        var post = analysis.PostLex;
        var tokens = analysis.Tokens;
        var text = analysis.Text;
        // Each kind of detail once, with its first span, in order found: a per-thread list (a dictionary
        // per post with a detail was most of what PS1100 allocated; there are seven kinds).
        var details = t_details ??= new List<(string Kind, TextSpan Span)>(8);
        details.Clear();
        for (var k = 0; k < tokens.Length; k++)
        {
            ref readonly var t = ref tokens[k];
            if (t.Kind == TokenKind.Punct)
            {
                if (text[t.Start] == '@' && analysis.HandleLast(k + 1) is var handleLast and >= 0)
                {
                    k = handleLast; // "@tired_teacher" is someone's handle, not their trade
                }
                else if (text[t.Start] == ',' && SpelledAgeAside(tokens, k, text) is var (from, to))
                {
                    Remember("an age", TextSpan.FromBounds(tokens[from].Start, tokens[to].End));
                }

                continue;
            }

            // Most words are lower-case and of no detail class: every test below needs a class, a
            // capital, a number, "only" or "aged", so skip them at once.
            if (t.Kind == TokenKind.Word && !t.Is(TokenFlags.Capitalized) && (t.Lex & (DetailWords | Lex.AgeCue)) == 0 && t.Hash != OnlyHash && t.Hash != OneHash)
            {
                continue;
            }

            var span = new TextSpan(t.Start, t.Length);
            if (t.Has(Lex.RareCondition) && !t.IsWord(text, "rare"))
            {
                Remember("a rare condition", span);
            }
            else if (IsEponymousCondition(tokens, k, text))
            {
                Remember("a rare condition", TextSpan.FromBounds(t.Start, tokens[k + 1].End));
            }
            else if (t.Has(Lex.Occupation) && !t.Has(Lex.ClinicianTitle) && !(k > 0 && (tokens[k - 1].IsWord(text, "other") || IsVerbMarker(tokens[k - 1], text))))
            {
                Remember("an occupation", span);
            }
            else if (t.Has(Lex.UnusualEvent) && !IsMedicalAttack(tokens, k, text))
            {
                Remember("an unusual event", span);
            }
            else if ((t.Has(Lex.SmallPlace) || IsUnlistedPlace(tokens, k, text)) && !IsStayAway(tokens, k, text))
            {
                Remember("a small place", span);
            }
            else if (t.Kind == TokenKind.Number && (IsAgeUnit(tokens, k + 1, text) || IsAgeAside(tokens, k, text) || IsAgeStated(tokens, k, text)))
            {
                Remember("an age", span);
            }
            else if (t.Hash == AgedHash && t.IsWord(text, "aged") && SpelledAge(tokens, k + 1, text) is var (_, ageEnd))
            {
                Remember("an age", TextSpan.FromBounds(tokens[k + 1].Start, tokens[ageEnd].End)); // "aged seven"
            }
            else if (t.Hash == OldHash && SpelledAgeUnitStart(tokens, k, text) is var ageStart and >= 0)
            {
                Remember("an age", TextSpan.FromBounds(tokens[ageStart].Start, t.End)); // "four-year-old"
            }
            else if (t.Has(Lex.Weekday | Lex.TimeWord) && !IsNotTheEncounterDay(tokens, k, text))
            {
                Remember("a specific date or time", span);
            }
            else if (IsNamedDay(tokens, k, text))
            {
                Remember("a specific date or time", TextSpan.FromBounds(t.Start, tokens[k + 1].End));
            }
            else if ((t.Hash == OnlyHash || t.Hash == OneHash) && k > 0 && IsUniqueRole(tokens, k, text))
            {
                Remember("a unique role", TextSpan.FromBounds(tokens[k - 1].Start, t.End));
            }
        }

        var direct = false;
        foreach (var entity in analysis.Entities)
        {
            if (!entity.IsPatientLinked)
            {
                continue;
            }

            switch (entity.Kind)
            {
                case EntityKind.Location or EntityKind.Zip:
                    Remember("a small place", entity.Span);
                    break;
                case EntityKind.Date:
                    Remember("a specific date or time", entity.Span);
                    break;
                case EntityKind.Age:
                    Remember("an age", entity.Span);
                    break;
                default:
                    direct |= !entity.Kind.IsWarningByDefault();
                    break;
            }
        }

        if (details.Count < 2)
        {
            return null;
        }

        // Whether the post is about a patient is asked last: most posts have fewer than two details,
        // and the question costs more than finding them (phrase rules over every word, and for some
        // posts the model's scores).
        // The rules for "about a patient" are phrases ("came in", "is on our ward", "had ... in clinic");
        // every held-out split found more ("is recovering on our cardiac ward", "carried the only
        // midwife in Barra down"). A post the anecdote model is sure is a patient's story is about a
        // patient too: sure, at 0.75, not at PS2001's 0.5, because staff news that names a trade and a
        // day ("Local butcher ... raised £3,000 for the children's ward ... on Saturday", 0.60) sits
        // just above PS2001's bar, and the stories the rules missed in held-out splits read 0.79-1.00.
        // The model's scores are computed once per post and shared with PS2001-PS4001, which run anyway.
        var aboutAPatient = ((post & AboutAPatient) != 0 && SpeaksOfAPatient(tokens, text)) || ArrivesForCare(tokens, text)
            || ((post & (Lex.Clinical | Lex.UnusualEvent | Lex.Symptom)) != 0 && NamesSomeoneByAge(tokens, text, post))
            || (!rulesOnly && PostLevelScores.Of(analysis)[PostCategory.Anecdote] >= SureStory);
        if (!aboutAPatient)
        {
            return null;
        }

        // In position order, stably (equal starts keep the order found): an insertion sort over a copy,
        // as the per-thread list is reused; there are at most seven kinds of detail.
        var ordered = details.ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            var detail = ordered[i];
            var j = i - 1;
            for (; j >= 0 && ordered[j].Span.Start > detail.Span.Start; j--)
            {
                ordered[j + 1] = ordered[j];
            }

            ordered[j + 1] = detail;
        }

        return new QuasiIdentifierFinding(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(ordered), direct);

        // "came in", "came into our ED", "came back to clinic", "was seen in our ED", "brought in", "flew in",
        // "was flown in", "was flown to Seattle", "flew the boy to Perth": someone arriving for care, the way many patient posts start; and "our 10-year-old":
        // a patient of the team named by their age alone ("my 8 year old" is more often a parent's own child).
        static bool ArrivesForCare(ReadOnlySpan<Token> tokens, string text)
        {
            var hadSentence = -1; // the sentence of the last "had", for "had ... in clinic"
            for (var k = 0; k + 1 < tokens.Length; k++)
            {
                // This runs over every word of posts with no patient word: one bit test of the tokenizer's
                // hash rules out most words, then the hashes, then the strings.
                var hash = tokens[k].Hash;
                if ((ArrivalWordBits & (1UL << (int)(hash & 63))) == 0 || !ArrivalWordHashes.AsSpan().Contains(hash))
                {
                    continue;
                }

                var next = tokens[k + 1];
                if ((tokens[k].IsWord(text, "came") && (next.IsWord(text, "in") || next.IsWord(text, "into") || next.IsWord(text, "back")
                                                         || (next.IsWord(text, "to") && k + 2 < tokens.Length && tokens[k + 2].IsWord(text, "us"))
                                                         || IsOntoAPlaceOfCare(tokens, k + 1, text)))
                    || ((tokens[k].IsWord(text, "brought") || tokens[k].IsWord(text, "flew") || tokens[k].IsWord(text, "flown")) && next.IsWord(text, "in"))
                    || (IsCarrying(tokens[k], text) && IsDeterminer(next, text))
                    || (tokens[k].IsWord(text, "our") && next.Kind == TokenKind.Number && IsAgeUnit(tokens, k + 2, text))
                    || ((tokens[k].IsWord(text, "was") || tokens[k].IsWord(text, "were")) && (next.IsWord(text, "seen") || next.IsWord(text, "flown")))
                    || (hadSentence == tokens[k].Sentence && tokens[k].IsWord(text, "in") && (IsPlaceOfCare(tokens, k + 1, text) || next.IsWord(text, "on")))
                    || IsInAPlaceOfCare(tokens, k, text)
                    || IsCareByOurTeam(tokens, k, text)
                    || IsCareWithUs(tokens, k, text))
                {
                    return true;
                }

                if (tokens[k].IsWord(text, "had"))
                {
                    hadSentence = tokens[k].Sentence;
                }
            }

            return false;
        }

        // "came onto our ward", "came to the stroke unit": arriving at a place of care, "our" or "the"
        // before it and at most one word between ("came to work on our ward" is staff).
        static bool IsOntoAPlaceOfCare(ReadOnlySpan<Token> tokens, int k, string text) =>
            (tokens[k].IsWord(text, "onto") || tokens[k].IsWord(text, "to")) && k + 2 < tokens.Length
            && (tokens[k + 1].IsWord(text, "our") || tokens[k + 1].IsWord(text, "the")) && PlaceOfCareWithin(tokens, k + 2, 2, text);

        // "had the only blacksmith in Ashby in clinic", "had a 101-year-old in our ED": someone seen
        // for care, said with "had ... in clinic" (or the ED, ER, A&E, resus, ICU, HDU, office, surgery) in one sentence.
        // Narrower than PlacesOfCare on purpose: "had ... in" a hospital, a home or a practice is as
        // often the author's own news ("had my second baby in hospital", "had our team day in the unit").
        static bool IsPlaceOfCare(ReadOnlySpan<Token> tokens, int k, string text)
        {
            if (k < tokens.Length && (tokens[k].IsWord(text, "the") || tokens[k].IsWord(text, "our")))
            {
                k++;
            }

            return k < tokens.Length && (tokens[k].IsWord(text, "clinic") || tokens[k].IsWord(text, "ed") || tokens[k].IsWord(text, "er")
                || tokens[k].IsWord(text, "office") || tokens[k].IsWord(text, "surgery") || tokens[k].IsWord(text, "resus")
                || tokens[k].IsWord(text, "icu") || tokens[k].IsWord(text, "hdu") || IsAandE(tokens, k, text));
        }

        // "has been on our ward since Tuesday", "is in our ICU", "is still in the stroke unit": someone
        // staying in a place of care, said with a form of "be" (or "still", "back", "recovering") before "in" or "on" and "our" or "the"
        // before the place (at most one word between: "our trauma ward"). Staff "work on" a ward.
        static bool IsInAPlaceOfCare(ReadOnlySpan<Token> tokens, int k, string text)
        {
            if (k == 0 || !(tokens[k].IsWord(text, "in") || tokens[k].IsWord(text, "on")) || !IsBeing(tokens[k - 1], text)
                || k + 2 >= tokens.Length || !(tokens[k + 1].IsWord(text, "our") || tokens[k + 1].IsWord(text, "the")))
            {
                return false;
            }

            return PlaceOfCareWithin(tokens, k + 2, 2, text) || tokens[k + 2].IsWord(text, "resus") || tokens[k + 2].IsWord(text, "hdu");
        }

        // "aortic root repaired by our surgeons", "treated by our team", "operated on by our night team",
        // "looked after by our nurses": an act of care done by the author's team, the passive way a
        // post in shorthand says who was cared for ("by the" is as often a guideline or a paper).
        static bool IsCareByOurTeam(ReadOnlySpan<Token> tokens, int k, string text)
        {
            if (!tokens[k].IsWord(text, "by") || !tokens[k + 1].IsWord(text, "our"))
            {
                return false;
            }

            return CareJustBefore(tokens, k, text);
        }

        // "began treatment at our clinic", "had her review with us", "started dialysis in our unit", "began
        // chemo with our haematology team": care named by a word of care or treatment just before "at our"
        // or "in our" and a place of care, "with us", or "with our" and the team. "worked with us for 30
        // years" and "a meeting at our clinic" name no care.
        static bool IsCareWithUs(ReadOnlySpan<Token> tokens, int k, string text)
        {
            var withUs = tokens[k].IsWord(text, "with")
                         && (tokens[k + 1].IsWord(text, "us") || (tokens[k + 1].IsWord(text, "our") && CareTeamWithin(tokens, k + 2, text)));
            if (!withUs && !((tokens[k].IsWord(text, "at") || tokens[k].IsWord(text, "in")) && tokens[k + 1].IsWord(text, "our")
                             && k + 2 < tokens.Length && PlaceOfCareWithin(tokens, k + 2, 2, text)))
            {
                return false;
            }

            return CareJustBefore(tokens, k, text);
        }

        // A word for the team or a carer among the two words at k ("our haematology team", "our headache nurse").
        static bool CareTeamWithin(ReadOnlySpan<Token> tokens, int k, string text)
        {
            for (var j = k; j < tokens.Length && j < k + 2 && tokens[j].Kind == TokenKind.Word && tokens[j].Sentence == tokens[k].Sentence; j++)
            {
                if (CareTeamWords.Contains(tokens[j].Value(text)))
                {
                    return true;
                }
            }

            return false;
        }

        // A word of care ("treated", "repaired") or of a course of care ("treatment", "review") among
        // the two words before token k, in its sentence.
        static bool CareJustBefore(ReadOnlySpan<Token> tokens, int k, string text)
        {
            for (var j = k - 1; j >= 0 && j >= k - 2 && tokens[j].Kind == TokenKind.Word && tokens[j].Sentence == tokens[k].Sentence; j--)
            {
                if (tokens[j].Has(Lex.Encounter) || TreatmentWords.Contains(tokens[j].Value(text)))
                {
                    return true;
                }
            }

            return false;
        }

        static bool IsBeing(in Token t, string text) =>
            t.IsWord(text, "is") || t.IsWord(text, "was") || t.IsWord(text, "been") || t.IsWord(text, "are") || t.IsWord(text, "were")
            || t.IsWord(text, "still") || t.IsWord(text, "back") || t.IsWord(text, "remains") || t.IsWord(text, "remained")
            || t.IsWord(text, "recovering") || t.IsWord(text, "staying") || t.IsWord(text, "resting");

        // "The 13-year-old ... collapsed at practice" in a post with clinical words or an unusual event
        // ("thrown from a bull"): a specific person, named by age, in a story of their injury or care.
        // "A 45-year-old presents with ..." is a teaching case, and in a post in the first person with no
        // "he" or "she" an age aside is the author's own ("Been coughing up blood. Smoker, 55. Urgent?").
        static bool NamesSomeoneByAge(ReadOnlySpan<Token> tokens, string text, Lex post)
        {
            var asideIsTheAuthors = (post & Lex.FirstPerson) != 0 && (post & Lex.PatientPronoun) == 0;
            for (var k = 0; k + 2 < tokens.Length; k++)
            {
                if (tokens[k + 1].Kind == TokenKind.Number
                    && (tokens[k].IsWord(text, "the") && IsAgeUnit(tokens, k + 2, text) || !asideIsTheAuthors && IsAgeAside(tokens, k + 1, text)))
                {
                    return true;
                }
            }

            return false;
        }

        // "Canavan disease", "Wilson's disease", "Menkes syndrome": a condition named after a person
        // is usually rare; the common ones are listed and do not count.
        static bool IsEponymousCondition(ReadOnlySpan<Token> tokens, int k, string text) =>
            tokens[k].Kind == TokenKind.Word && tokens[k].Is(TokenFlags.Capitalized) && k + 1 < tokens.Length
            && (tokens[k + 1].Hash == DiseaseHash || tokens[k + 1].Hash == SyndromeHash) // a hash compare first: this runs on every capitalized word
            && (tokens[k + 1].IsWord(text, "disease") || tokens[k + 1].IsWord(text, "syndrome"))
            && !CommonEponyms.Contains(tokens[k].Value(text));

        // "the only blacksmith in Ashby, 67, ..." or "aged 63": an age set off after a person, or
        // after "aged". A count in a list ("3, 4, 5") has a number, not a word, before its comma.
        static bool IsAgeAside(ReadOnlySpan<Token> tokens, int k, string text)
        {
            if (tokens[k].SmallNumber(text, 3) is < 1 or > 120)
            {
                return false;
            }

            if (k > 0 && tokens[k - 1].IsWord(text, "aged"))
            {
                return true;
            }

            var comma = k >= 1 && tokens[k - 1].IsWord(text, "now") ? k - 2 : k - 1; // "..., now 12, ..."
            return (comma >= 1 && tokens[comma].IsPunct(',', text) && tokens[comma - 1].Kind == TokenKind.Word
                    && EndsAside(tokens, k, text))
                || IsAgeInBrackets(tokens, k, text);
        }

        // "Eday lobsterman (83)", "the patient (91)": a number in brackets right after a trade or a
        // word for a person. After other words a bracketed number is a count or a step ("admissions
        // (12)", "bed (4)", "option (2)"); after a relative ("Dad (77) has had a swollen calf since
        // Friday") it is most often the author's own family asking for advice, as two posts in the
        // training corpus are.
        static bool IsAgeInBrackets(ReadOnlySpan<Token> tokens, int k, string text) =>
            k >= 2 && k + 1 < tokens.Length && tokens[k - 1].IsPunct('(', text) && tokens[k + 1].IsPunct(')', text)
            && tokens[k - 1].End == tokens[k].Start && tokens[k + 1].Start == tokens[k].End
            && tokens[k - 2].Kind == TokenKind.Word && !tokens[k - 2].Is(TokenFlags.Possessive)
            && (tokens[k - 2].Has(Lex.Occupation) || PersonWords.Contains(tokens[k - 2].Value(text)));

        // "Fair Isle's knitwear designer, eighty-two, came ...", "..., now twelve, back with us": an
        // age written in words, set off by the comma at k after a word, as IsAgeAside reads digits.
        // The first and last token of the number, or null. Not a count in a list ("one, two, three",
        // "the beds, one, two, three"), nor "one" set off ("Three admissions overnight, one, a farmer
        // from Hoy, ...": a pronoun far more often than an infant's age).
        static (int From, int To)? SpelledAgeAside(ReadOnlySpan<Token> tokens, int k, string text)
        {
            if (k < 1 || tokens[k - 1].Kind != TokenKind.Word)
            {
                return null;
            }

            // The word after the comma first: it is rarely a number, so most commas stop at one lookup.
            var from = k + 1 < tokens.Length && tokens[k + 1].IsWord(text, "now") ? k + 2 : k + 1;
            return SpelledAge(tokens, from, text) is var (years, to) && years > 1 && EndsAside(tokens, to, text)
                   && SpelledAge(tokens, k - 1, text) is null && !(to + 2 < tokens.Length && SpelledAge(tokens, to + 2, text) is not null) // "beds, one, two, ..." counts
                ? (from, to)
                : null;
        }

        // "four-year-old", "six-month-old", "eighty-two-year-old": an age in words joined by hyphens to
        // its unit and "old", ending at the "old" at k. The first token of the number, or -1.
        static int SpelledAgeUnitStart(ReadOnlySpan<Token> tokens, int k, string text)
        {
            if (k < 4 || !tokens[k].IsWord(text, "old") || !Joined(tokens, k - 1, text) || !Joined(tokens, k - 3, text)
                || !(tokens[k - 2].IsWord(text, "year") || tokens[k - 2].IsWord(text, "month") || tokens[k - 2].IsWord(text, "week")))
            {
                return -1;
            }

            // The number ends at k - 4: a tens word, a hyphen and a unit ("eighty-two"; SpelledAge reads
            // the hyphen), or one word.
            if (k >= 6 && SpelledAge(tokens, k - 6, text) is (_, var last) && last == k - 4)
            {
                return k - 6;
            }

            return SpelledAge(tokens, k - 4, text) is (_, var single) && single == k - 4 ? k - 4 : -1;
        }

        // A hyphen at k with no space on either side.
        static bool Joined(ReadOnlySpan<Token> tokens, int k, string text) =>
            k > 0 && k + 1 < tokens.Length && tokens[k].IsPunct('-', text) && tokens[k].Start == tokens[k - 1].End && tokens[k + 1].Start == tokens[k].End;

        // An aside's end: a comma or full stop right after its last token.
        static bool EndsAside(ReadOnlySpan<Token> tokens, int last, string text) =>
            last + 1 < tokens.Length && (tokens[last + 1].IsPunct(',', text) || tokens[last + 1].IsPunct('.', text))
            && tokens[last + 1].Start == tokens[last].End;

        // "seven", "fifteen", "eighty-two": a person's age from one to ninety-nine written in words
        // at k, with the index of its last token, or null.
        static (int Years, int Last)? SpelledAge(ReadOnlySpan<Token> tokens, int k, string text)
        {
            // Number words have three to nine letters and one of a few hash bits: a length test and a bit test spare most words the lookup.
            if (k >= tokens.Length || tokens[k].Kind != TokenKind.Word || tokens[k].Length is < 3 or > 9
                || (tokens[k].Is(TokenFlags.AsciiWord) && (NumberWordBits & 1UL << (int)(tokens[k].Hash & 63)) == 0)
                || !NumberWords.TryGetValue(tokens[k].Value(text), out var years))
            {
                return null;
            }

            // "eighty-two": a tens word, a hyphen and a unit, written together.
            if (years >= 20 && Joined(tokens, k + 1, text) && NumberWords.TryGetValue(tokens[k + 2].Value(text), out var unit) && unit < 10)
            {
                return (years + unit, k + 2);
            }

            return (years, k);
        }

        // "mom is 19 and a barrel racer", "he was 58.": a person's age said with "is" or "was" after a
        // relative or "he"/"she", ending the clause ("she is 5 weeks pregnant" and "he was 2 hours late" do not).
        static bool IsAgeStated(ReadOnlySpan<Token> tokens, int k, string text)
        {
            if (k < 2 || !(tokens[k - 1].IsWord(text, "is") || tokens[k - 1].IsWord(text, "was"))
                || tokens[k].SmallNumber(text, 3) is < 1 or > 120
                || !(tokens[k - 2].Has(Lex.Relative) || tokens[k - 2].IsWord(text, "he") || tokens[k - 2].IsWord(text, "she")))
            {
                return false;
            }

            return k + 1 == tokens.Length || tokens[k + 1].Kind == TokenKind.Punct && !tokens[k + 1].IsPunct('%', text)
                || tokens[k + 1].IsWord(text, "and") || tokens[k + 1].IsWord(text, "but") || tokens[k + 1].IsWord(text, "with");
        }

        // "Boxing Day", "Labor Day", "New Year's Eve": a named day, capitalized, in two words.
        static bool IsNamedDay(ReadOnlySpan<Token> tokens, int k, string text) =>
            tokens[k].Kind == TokenKind.Word && tokens[k].Is(TokenFlags.Capitalized) && k + 1 < tokens.Length
            && tokens[k + 1].Is(TokenFlags.Capitalized) && (tokens[k + 1].Hash == DayHash || tokens[k + 1].Hash == EveHash)
            && (tokens[k + 1].IsWord(text, "day") || tokens[k + 1].IsWord(text, "eve"));

        // "flew the 12-year-old to Sydney", "flown a miner in", "carried the only midwife down", "winched a climber
        // off": someone carried to care; "flew to Denver" is the author's trip.
        static bool IsCarrying(in Token t, string text) =>
            t.IsWord(text, "flew") || t.IsWord(text, "flown") || t.IsWord(text, "carried") || t.IsWord(text, "winched") || t.IsWord(text, "stretchered");

        static bool IsDeterminer(Token t, string text) =>
            t.IsWord(text, "the") || t.IsWord(text, "a") || t.IsWord(text, "an") || t.IsWord(text, "our");

        // "a heart attack", "an asthma attack": everyday medicine, unlike a bear or shark attack.
        static bool IsMedicalAttack(ReadOnlySpan<Token> tokens, int k, string text) =>
            tokens[k].IsWord(text, "attack") && k > 0
            && (tokens[k - 1].IsWord(text, "heart") || tokens[k - 1].IsWord(text, "asthma") || tokens[k - 1].IsWord(text, "panic")
                || tokens[k - 1].IsWord(text, "anxiety") || tokens[k - 1].IsWord(text, "gout") || tokens[k - 1].IsWord(text, "migraine"));

        // "94-year-old", "94 yo", and an infant's "6 months old" or "3-week-old".
        static bool IsAgeUnit(ReadOnlySpan<Token> tokens, int k, string text)
        {
            k = SkipHyphen(tokens, k, text);
            if (k >= tokens.Length)
            {
                return false;
            }

            if (tokens[k].IsWord(text, "year") || tokens[k].IsWord(text, "yo"))
            {
                return true;
            }

            var old = SkipHyphen(tokens, k + 1, text);
            return (tokens[k].IsWord(text, "month") || tokens[k].IsWord(text, "months") || tokens[k].IsWord(text, "week") || tokens[k].IsWord(text, "weeks"))
                && old < tokens.Length && tokens[old].IsWord(text, "old");
        }

        static int SkipHyphen(ReadOnlySpan<Token> tokens, int k, string text) =>
            k + 1 < tokens.Length && tokens[k].IsPunct('-', text) ? k + 1 : k;

        void Remember(string kind, TextSpan span)
        {
            foreach (var detail in details)
            {
                if (detail.Kind == kind)
                {
                    return;
                }
            }

            details.Add((kind, span));
        }
    }
}

/// <summary>
/// The details that together single out a patient (in position order, each kind once with its first
/// span), and whether the post also has a patient-linked direct identifier.
/// </summary>
internal sealed class QuasiIdentifierFinding(ImmutableArray<(string Kind, TextSpan Span)> details, bool direct)
{
    private string? _names;

    /// <summary>The details, in position order.</summary>
    public ImmutableArray<(string Kind, TextSpan Span)> Details { get; } = details;

    /// <summary>Whether the post also has a patient-linked direct identifier.</summary>
    public bool Direct { get; } = direct;

    /// <summary>The kinds of detail, as the message names them: "an age, a small place".</summary>
    public string Names => _names ??= string.Join(", ", Details.Select(d => d.Kind));

    /// <summary>More details that combine make a surer finding.</summary>
    public double Confidence => Math.Min(0.95, 0.45 + 0.15 * Details.Length);
}
