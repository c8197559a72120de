using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using PostScreen.Classifiers;

namespace PostScreen.Analyzers;

/// <summary>
/// A post-level finding's message and explanation (cue, top features, probability), rendered when
/// first read, as Roslyn defers a diagnostic's message: most callers look only at the verdict and
/// IDs. The analysis is gone by then, so the top features' labels carry what they need from it.
/// </summary>
internal sealed class PostLevelEvidence : DeferredMessage
{
    private readonly DiagnosticDescriptor _descriptor;
    private readonly string _text;
    private readonly string? _cue;
    private readonly double _confidence;
    private readonly (PostFeaturizer.FeatureLabel Label, float Weight)[] _top;
    private readonly string? _rule;

    /// <param name="descriptor">The finding's descriptor.</param>
    /// <param name="text">The analyzed text, which the labels are rendered from.</param>
    /// <param name="cue">The strongest cue phrase's text, if a cue matched.</param>
    /// <param name="confidence">The finding's confidence.</param>
    /// <param name="top">The features that pushed the score up, strongest first.</param>
    /// <param name="rule">What a rule found, when a rule rather than the model or a cue flagged the post.</param>
    public PostLevelEvidence(
        DiagnosticDescriptor descriptor, string text, string? cue, double confidence, (PostFeaturizer.FeatureLabel Label, float Weight)[] top,
        string? rule = null)
    {
        _rule = rule;
        _descriptor = descriptor;
        _text = text;
        _cue = cue;
        _confidence = confidence;
        _top = top;
        Properties = new DeferredEvidenceProperties(this);
    }

    /// <summary>The properties, built on first read.</summary>
    public DeferredProperties Properties { get; }

    public override string Format() =>
        _descriptor.FormatMessage(_rule ?? (_cue is not null ? $"cue \"{_cue}\"" : "model score " + _confidence.ToString("0.00", CultureInfo.InvariantCulture)));

    private ImmutableDictionary<string, string> CreateProperties()
    {
        var top = new StringBuilder();
        foreach (var (label, weight) in _top)
        {
            top.Append(top.Length > 0 ? "; " : string.Empty).Append(label.Render(_text))
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
