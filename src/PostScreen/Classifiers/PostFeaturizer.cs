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
    /// removed. With <paramref name="sources"/>, also which tokens produced each, kept aligned, so a
    /// finding can be explained without featurizing twice.
    /// </summary>
    public static void Featurize(PostAnalysis analysis, IReadOnlyList<CueMatch> cues, bool includeCues, List<int> features, List<(int PreviousFirst, int First)>? sources = null)
    {
        features.Clear();
        sources?.Clear();
        var (question, dose) = TextFeatures(analysis, features, sources);
        var textFeatures = features.Count;
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

        // Named features have no token source.
        for (var i = textFeatures; sources is not null && i < features.Count; i++)
        {
            sources.Add((-2, -2));
        }

        // Each feature counts once (training saw 0/1 values): drop repeats with a bitset, in one pass.
        Span<ulong> seen = stackalloc ulong[Dimension / 64];
        seen.Clear();
        var n = 0;
        for (var i = 0; i < features.Count; i++)
        {
            var f = features[i];
            ref var word = ref seen[f >> 6];
            var bit = 1UL << (f & 63);
            if ((word & bit) == 0)
            {
                word |= bit;
                if (sources is not null)
                {
                    sources[n] = sources[i];
                }

                features[n++] = f;
            }
        }

        features.RemoveRange(n, features.Count - n);
        sources?.RemoveRange(n, sources.Count - n);
    }

    /// <summary>
    /// A readable name for a feature index, for explanations: the words of this post that hash to a
    /// text feature ("word:patient", "words:had a"; handles, numbers, drugs and names only by their
    /// class, so an explanation never repeats an identifier), or the named feature.
    /// </summary>
    public static string Name(int index, Explainer explainer)
    {
        if (index < NamedBase)
        {
            return explainer.NameOf(index) ?? "words#" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
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

    /// <summary>Names the features of one post from the sources recorded while featurizing it.</summary>
    internal sealed class Explainer(PostAnalysis analysis, List<int> features, List<(int PreviousFirst, int First)> sources)
    {
        /// <summary>The name of a text feature of this post ("word:patient", "words:had a", "word:&lt;drug&gt;").</summary>
        public string? NameOf(int index)
        {
            var at = features.IndexOf(index);
            if (at < 0 || sources[at].First < 0)
            {
                return null;
            }

            var (previous, first) = sources[at];
            return previous < 0 ? "word:" + TokenName(analysis, first) : "words:" + TokenName(analysis, previous) + " " + TokenName(analysis, first);
        }
    }

    /// <summary>How a token enters the text features: its hash, the class name it backs off to, and its last token.</summary>
    private static (uint Hash, string? Class, int Last) Classify(PostAnalysis analysis, int k)
    {
        var tokens = analysis.Tokens;
        var text = analysis.Text;
        var t = tokens[k];
        if (k > 0 && tokens[k - 1].IsPunct('@', text) && tokens[k - 1].End == t.Start)
        {
            var last = k;
            while (last + 1 < tokens.Length && tokens[last + 1].Start == tokens[last].End && (tokens[last + 1].Kind != TokenKind.Punct || text[tokens[last + 1].Start] == '_'))
            {
                last++; // the rest of the handle
            }

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

        return (HashLower(t.Value(text)), null, k);
    }

    private static string TokenName(PostAnalysis analysis, int k) =>
        Classify(analysis, k).Class ?? analysis.Tokens[k].Value(analysis.Text).ToString().ToLowerInvariant();

    /// <summary>
    /// The hashed unigram and bigram features, in token order; with <paramref name="sources"/>, also
    /// which tokens produced each (for explanations). One definition serves training, screening and explaining.
    /// </summary>
    private static (bool Question, bool Dose) TextFeatures(PostAnalysis analysis, List<int> features, List<(int PreviousFirst, int First)>? sources)
    {
        var tokens = analysis.Tokens;
        var text = analysis.Text;
        uint previous = 0;
        var previousToken = -1;
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
            var (hash, _, last) = Classify(analysis, k);
            k = last;
            features.Add((int)(hash & HashMask));
            sources?.Add((-1, first));
            if (previousToken >= 0)
            {
                features.Add((int)((previous * 31 + hash + 0x85EBCA6Bu) & HashMask));
                sources?.Add((previousToken, first));
            }

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
            var lower = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c < 128 ? c : char.ToLowerInvariant(c);
            hash = (hash ^ lower) * 16777619u;
        }

        return hash;
    }
}
