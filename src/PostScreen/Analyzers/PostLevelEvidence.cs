using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using PostScreen.Analysis;
using PostScreen.Classifiers;
using PostScreen.Recognizers;
using PostScreen.Text;

namespace PostScreen.Analyzers;

/// <summary>
/// A post-level finding's message and explanation (cue, top features, probability), rendered when
/// first read, as Roslyn defers a diagnostic's message: most callers look only at the verdict and
/// IDs. The explanation is worked out then too: the analysis is gone by that time, so the post's
/// text is analysed again and scored as screening scored it (its features depend on the text
/// alone), and the identifiers the recognizers found, kept from the screening, name the words inside
/// them. Finding the top three features and the words behind them when a finding was reported cost
/// a tenth of the post-level time of a typical post, for properties few callers read.
/// </summary>
internal sealed class PostLevelEvidence : DeferredMessage
{
    private readonly DiagnosticDescriptor _descriptor;
    private readonly PostCategory _category;
    private readonly LinearPostModel _model;
    private readonly NormalizedText _text;
    private readonly List<RecognizedEntity> _entities;
    private readonly string? _cue;
    private readonly double _confidence;
    private readonly string? _rule;

    /// <param name="descriptor">The finding's descriptor.</param>
    /// <param name="category">The finding's category, whose weights rank the features.</param>
    /// <param name="model">The model that scored the post.</param>
    /// <param name="analysis">The post's analysis: its text and its resolved entities are kept.</param>
    /// <param name="cue">The strongest cue phrase's text, if a cue matched.</param>
    /// <param name="confidence">The finding's confidence.</param>
    /// <param name="rule">What a rule found, when a rule rather than the model or a cue flagged the post.</param>
    public PostLevelEvidence(
        DiagnosticDescriptor descriptor, PostCategory category, LinearPostModel model, PostAnalysis analysis, string? cue, double confidence,
        string? rule = null)
    {
        _descriptor = descriptor;
        _category = category;
        _model = model;
        _text = analysis.Normalized;
        _entities = analysis.Entities;
        _cue = cue;
        _confidence = confidence;
        _rule = rule;
        Properties = new DeferredEvidenceProperties(this);
    }

    /// <summary>The properties, built on first read.</summary>
    public DeferredProperties Properties { get; }

    public override string Format() =>
        _descriptor.FormatMessage(_rule ?? (_cue is not null ? $"cue \"{_cue}\"" : "model score " + _confidence.ToString("0.00", CultureInfo.InvariantCulture)));

    /// <summary>The features that pushed the score up, strongest first, with their weights (at most three).</summary>
    private (PostFeaturizer.FeatureLabel Label, float Weight)[] TopFeatures()
    {
        using var analysis = new PostAnalysis(_text);
        analysis.Entities.AddRange(_entities);
        var features = new List<int>(128);
        Span<double> probabilities = stackalloc double[PostCategories.All.Length];
        PostLevelScores.Score(analysis, _model, [], features, probabilities);
        Span<(int Feature, float Weight)> topThree = stackalloc (int, float)[3];
        _model.TopThree(_category, features, topThree);
        var contributing = 0; // features with a positive weight come first; unused slots weigh 0
        while (contributing < topThree.Length && topThree[contributing].Weight > 0)
        {
            contributing++;
        }

        return new PostFeaturizer.Explainer(analysis).Label(topThree[..contributing]);
    }

    private ImmutableDictionary<string, string> CreateProperties()
    {
        var top = new StringBuilder();
        foreach (var (label, weight) in TopFeatures())
        {
            top.Append(top.Length > 0 ? "; " : string.Empty).Append(label.Render(_text.Value))
                .Append(" (+").Append(weight.ToString("0.00", CultureInfo.InvariantCulture)).Append(')');
        }

        var properties = ImmutableDictionary.CreateBuilder<string, string>();
        properties.Add(PostLevelAnalyzer.FeaturesProperty, top.ToString());
        properties.Add(PostLevelAnalyzer.ProbabilityProperty, _confidence.ToString("0.000", CultureInfo.InvariantCulture));
        if (_cue is not null)
        {
            properties.Add(PostLevelAnalyzer.CueProperty, _cue);
        }

        if (_rule is not null)
        {
            properties.Add(PostLevelAnalyzer.RuleProperty, _rule);
        }

        return properties.ToImmutable();
    }

    private sealed class DeferredEvidenceProperties(PostLevelEvidence evidence) : DeferredProperties
    {
        public override ImmutableDictionary<string, string> Create() => evidence.CreateProperties();
    }
}
