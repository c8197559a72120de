namespace PostScreen;

/// <summary>Where an analyzer registers its actions, as Roslyn's <c>AnalysisContext</c>.</summary>
public sealed class AnalysisContext
{
    internal AnalysisContext(DiagnosticAnalyzer analyzer) => Analyzer = analyzer;

    internal DiagnosticAnalyzer Analyzer { get; }

    internal List<Action<PostAnalysisContext>> PostActions { get; } = [];

    internal List<(EntityKind[]? Kinds, Action<EntityAnalysisContext> Action)> EntityActions { get; } = [];

    internal List<Action<SentenceAnalysisContext>> SentenceActions { get; } = [];

    /// <summary>Runs <paramref name="action"/> once per post, after every entity and sentence action.</summary>
    public void RegisterPostAction(Action<PostAnalysisContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        PostActions.Add(action);
    }

    /// <summary>Runs <paramref name="action"/> for each recognized entity of the given kinds (all kinds when none are given).</summary>
    public void RegisterEntityAction(Action<EntityAnalysisContext> action, params EntityKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(action);
        EntityActions.Add((kinds is { Length: > 0 } ? kinds : null, action));
    }

    /// <summary>Runs <paramref name="action"/> for each sentence of the post.</summary>
    public void RegisterSentenceAction(Action<SentenceAnalysisContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        SentenceActions.Add(action);
    }
}
