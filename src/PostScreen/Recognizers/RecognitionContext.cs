using PostScreen.Analysis;

namespace PostScreen;

/// <summary>What a <see cref="Recognizer"/> sees: the analyzed text, and a way to report candidates.</summary>
public sealed class RecognitionContext
{
    private Recognizer? _current;

    internal RecognitionContext(PostAnalysis analysis) => Analysis = analysis;

    internal PostAnalysis Analysis { get; }

    /// <summary>The analyzed text (disguises such as fullwidth digits and zero-width characters undone).</summary>
    public string Text => Analysis.Text;

    internal void SetCurrent(Recognizer recognizer) => _current = recognizer;

    /// <summary>Reports a candidate identifier.</summary>
    /// <param name="kind">The identifier kind.</param>
    /// <param name="span">Where it is in <see cref="Text"/>.</param>
    /// <param name="confidence">How sure, 0 to 1.</param>
    /// <param name="link">What the recognizer knows about linkage.</param>
    public void Report(EntityKind kind, TextSpan span, double confidence, EntityLink link = EntityLink.Infer) =>
        Report(kind, span, confidence, link, EntityHint.None);

    internal void Report(EntityKind kind, TextSpan span, double confidence, EntityLink link, EntityHint hint)
    {
        if (span.Length == 0 || span.End > Analysis.Text.Length || !Enum.IsDefined(kind))
        {
            return; // a custom recognizer's bad span must not break screening
        }

        Analysis.AddCandidate(new RecognizedEntity(kind, span, Math.Clamp(confidence, 0, 1), link, _current?.Name ?? "custom") { Hint = hint });
    }
}
