using PostScreen.Analysis;
using PostScreen.Classifiers;
using PostScreen.Recognizers;
using PostScreen.Text;

namespace PostScreen.Analyzers;

/// <summary>
/// The top contributing features of one post's post-level findings, shared by them: worked out
/// when the first finding's properties are read, by analysing the post's text again and scoring it
/// as screening did, once for every category that has a finding on the post (a post with an
/// anecdote and a request finding was analysed and scored once per finding).
/// </summary>
/// <remarks>
/// Categories are added while the analyzer reports (one thread); properties are read afterwards,
/// maybe on several threads: a race works the labels out twice and keeps one of two equal arrays,
/// as <see cref="Diagnostic"/> does with a deferred message, with no lock.
/// </remarks>
internal sealed class PostExplanation(LinearPostModel model, PostAnalysis analysis)
{
    private readonly NormalizedText _text = analysis.Normalized;
    private readonly List<RecognizedEntity> _entities = analysis.Entities;
    private int _categories; // a bit per category with a finding on the post
    private (PostFeaturizer.FeatureLabel Label, float Weight)[]?[]? _top;

    /// <summary>The post's text, which the labels are rendered from.</summary>
    public string Text => _text.Value;

    /// <summary>Notes a category that has a finding on the post, before any of its properties are read.</summary>
    public void Add(PostCategory category) => _categories |= 1 << (int)category;

    /// <summary>The features that pushed <paramref name="category"/>'s score up, strongest first, with their weights (at most three).</summary>
    public (PostFeaturizer.FeatureLabel Label, float Weight)[] TopFeatures(PostCategory category)
    {
        var top = _top;
        if (top?[(int)category] is not { } labels)
        {
            top = Compute(_categories | (1 << (int)category));
            _top = top;
            labels = top[(int)category]!;
        }

        return labels;
    }

    private (PostFeaturizer.FeatureLabel Label, float Weight)[]?[] Compute(int categories)
    {
        using var again = new PostAnalysis(_text);
        again.Entities.AddRange(_entities);
        var features = new List<int>(128);
        Span<double> probabilities = stackalloc double[PostCategories.All.Length];
        PostLevelScores.Score(again, model, [], features, probabilities);
        var explainer = new PostFeaturizer.Explainer(again);
        var top = new (PostFeaturizer.FeatureLabel Label, float Weight)[]?[PostCategories.All.Length];
        Span<(int Feature, float Weight)> topThree = stackalloc (int, float)[3];
        foreach (var category in PostCategories.All)
        {
            if ((categories & (1 << (int)category)) == 0)
            {
                continue;
            }

            model.TopThree(category, features, topThree);
            var contributing = 0; // features with a positive weight come first; unused slots weigh 0
            while (contributing < topThree.Length && topThree[contributing].Weight > 0)
            {
                contributing++;
            }

            top[(int)category] = explainer.Label(topThree[..contributing]);
        }

        return top;
    }
}
