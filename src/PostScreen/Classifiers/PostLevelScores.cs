using PostScreen.Analysis;

namespace PostScreen.Classifiers;

/// <summary>
/// The combined model's reading of one post: its cue matches, its features and the probability of
/// each post-level category. Computed once per analysis and shared: PS2001–PS4001 decide on it, and
/// PS1100 asks it whether a post its rules do not know as being about a patient reads as one.
/// </summary>
/// <remarks>
/// One instance per thread, reused: a post's scores never outlive its screening (explanations keep
/// labels read from the analysis before the analyzer returns, not these lists).
/// </remarks>
internal sealed class PostLevelScores
{
    [ThreadStatic]
    private static PostLevelScores? t_scores;

    private PostAnalysis? _analysis; // the analysis these scores are for; a reference, so never mistaken for a later one

    private PostLevelScores()
    {
    }

    /// <summary>The cue phrases that matched.</summary>
    public List<CueMatch> Cues { get; } = [];

    /// <summary>The features of <see cref="LinearPostModel.Combined"/>.</summary>
    public List<int> Features { get; } = new(256);

    /// <summary>The combined model's probability of each category, indexed by <see cref="PostCategory"/>.</summary>
    public double[] Probabilities { get; } = new double[PostCategories.All.Length];

    /// <summary>The probability of <paramref name="category"/>.</summary>
    public double this[PostCategory category] => Probabilities[(int)category];

    /// <summary>The scores of <paramref name="analysis"/>, computed on the first call for it on this thread.</summary>
    public static PostLevelScores Of(PostAnalysis analysis)
    {
        var scores = t_scores ??= new PostLevelScores();
        if (!ReferenceEquals(scores._analysis, analysis))
        {
            Score(analysis, LinearPostModel.Combined, scores.Cues, scores.Features, scores.Probabilities);
            scores._analysis = analysis;
        }

        return scores;
    }

    /// <summary>
    /// Matches <paramref name="analysis"/>'s cue phrases into <paramref name="cues"/>, its features for
    /// <paramref name="model"/> into <paramref name="features"/> (both cleared first), and writes the
    /// model's probability of each category: the one sequence every scoring of a post goes through.
    /// </summary>
    public static void Score(PostAnalysis analysis, LinearPostModel model, List<CueMatch> cues, List<int> features, Span<double> probabilities)
    {
        cues.Clear();
        CuePhrases.Match(analysis, cues);
        PostFeaturizer.Featurize(analysis, cues, model.UsesCues, features);
        model.Probabilities(features, probabilities);
    }
}
