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

    /// <summary>Writes feature indices (each with value 1) into <paramref name="features"/>; duplicates are removed.</summary>
    public static void Featurize(PostAnalysis analysis, IReadOnlyList<CueMatch> cues, bool includeCues, List<int> features)
    {
        features.Clear();
        var (question, dose) = TextFeatures(analysis, features, names: null);
        var text = analysis.Text;

        // Lexical classes present in the post: 64 named features.
        var lex = (ulong)analysis.PostLex;
        for (var bit = 0; bit < 64; bit++)
        {
            if ((lex & (1UL << bit)) != 0)
            {
                features.Add(NamedBase + bit);
            }
        }

        if (text.Length > 0 && text.TrimStart().StartsWith('@'))
        {
            features.Add(NamedBase + 64);
        }

        if (question)
        {
            features.Add(NamedBase + 65);
        }

        if (dose)
        {
            features.Add(NamedBase + 66);
        }

        if (includeCues)
        {
            foreach (var cue in cues)
            {
                features.Add(NamedBase + 128 + cue.Phrase.Id);
            }
        }

        features.Sort();
        var n = 0;
        for (var i = 0; i < features.Count; i++)
        {
            if (i == 0 || features[i] != features[i - 1])
            {
                features[n++] = features[i];
            }
        }

        features.RemoveRange(n, features.Count - n);
    }

    /// <summary>
    /// A readable name for a feature index, for explanations: the words of this post that hash to a
    /// text feature ("word:patient", "words:had a"; handles, numbers, drugs and names only by their
    /// class, so an explanation never repeats an identifier), or the named feature.
    /// </summary>
    public static string Name(int index, PostAnalysis analysis)
    {
        if (index < NamedBase)
        {
            var indices = new List<int>();
            var names = new List<string>();
            TextFeatures(analysis, indices, names);
            var at = indices.IndexOf(index);
            return at < 0 ? "words#" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) : names[at];
        }

        var named = index - NamedBase;
        return named switch
        {
            < 64 => "lex:" + ((Lex)(1UL << named)).ToString(),
            64 => "starts with a handle",
            65 => "asks a question",
            66 => "names a dose",
            >= 128 when named - 128 < CuePhrases.Phrases.Count => "cue:\"" + CuePhrases.Phrases[named - 128].Text + "\"",
            _ => "feature#" + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// The hashed unigram and bigram features, in token order; with <paramref name="names"/>, also a
    /// readable name for each (for explanations). One definition serves training, screening and explaining.
    /// </summary>
    private static (bool Question, bool Dose) TextFeatures(PostAnalysis analysis, List<int> features, List<string>? names)
    {
        var tokens = analysis.Tokens;
        var text = analysis.Text;
        uint previous = 0;
        var previousToken = -1;
        var previousName = string.Empty;
        var question = false;
        var dose = false;
        for (var k = 0; k < tokens.Length; k++)
        {
            var t = tokens[k];
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
            uint hash;
            string? name = null;
            if (k > 0 && tokens[k - 1].IsPunct('@', text) && tokens[k - 1].End == t.Start)
            {
                hash = HandleHash;
                name = "<handle>";
                while (k + 1 < tokens.Length && tokens[k + 1].Start == tokens[k].End && (tokens[k + 1].Kind != TokenKind.Punct || text[tokens[k + 1].Start] == '_'))
                {
                    k++; // the rest of the handle
                }
            }
            else if (t.Kind != TokenKind.Word)
            {
                hash = NumberHash;
                name = "<num>";
            }
            else if (t.Has(Lex.Drug))
            {
                hash = DrugHash;
                name = "<drug>";
            }
            else if (t.Is(TokenFlags.Capitalized) && t.Has(Lex.FirstName | Lex.Surname) && !t.Has(Lex.NotName))
            {
                hash = NameHash;
                name = "<name>";
            }
            else
            {
                hash = HashLower(t.Value(text));
            }

            features.Add((int)(hash & HashMask));
            if (names is not null)
            {
                name ??= t.Value(text).ToString().ToLowerInvariant();
                names.Add("word:" + name);
            }

            if (previousToken >= 0)
            {
                features.Add((int)((previous * 31 + hash + 0x85EBCA6Bu) & HashMask));
                names?.Add("words:" + previousName + " " + name);
            }

            previousName = name ?? string.Empty;

            dose |= t.Kind == TokenKind.Number && k + 1 < tokens.Length && tokens[k + 1].IsWord(text, "mg");
            previous = hash;
            previousToken = first;
        }

        return (question, dose);
    }

    private static uint HashLower(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * 16777619u;
        }

        return hash;
    }
}
