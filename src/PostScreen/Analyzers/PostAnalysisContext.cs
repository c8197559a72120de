using PostScreen.Analysis;

namespace PostScreen;

/// <summary>
/// What an analyzer sees of one post: the analyzed text, its sentences and recognized entities
/// (with linkage decided), and a way to report diagnostics. Offsets are in <see cref="Text"/>.
/// </summary>
public sealed class PostAnalysisContext
{
    private List<Diagnostic>? _sink;
    private TextSpan[]? _sentences;

    internal PostAnalysisContext(PostAnalysis analysis, List<Diagnostic> sink, bool showValues)
    {
        Analysis = analysis;
        _sink = sink;
        ShowValues = showValues;
    }

    internal PostAnalysis Analysis { get; }

    /// <summary>The analyzed text (disguises undone); diagnostics are mapped back to the original.</summary>
    public string Text => Analysis.Text;

    /// <summary>The recognized entities, in position order.</summary>
    public IReadOnlyList<RecognizedEntity> Entities => Analysis.Entities;

    /// <summary>Whether messages may show identifiers in full (the user asked for values).</summary>
    public bool ShowValues { get; }

    /// <summary>The sentences of the post.</summary>
    public IReadOnlyList<TextSpan> Sentences => _sentences ??= BuildSentences();

    /// <summary>Reports a diagnostic. Valid only while the analyzer's action runs, as in Roslyn.</summary>
    /// <exception cref="InvalidOperationException">The post's screening has finished.</exception>
    public void ReportDiagnostic(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var sink = _sink ?? throw new InvalidOperationException(
            "This post's screening has finished; report diagnostics only while the analyzer's action runs.");
        if (diagnostic.Span.End <= Text.Length)
        {
            sink.Add(diagnostic);
        }
    }

    /// <summary>
    /// Ends reporting: the findings' list is reused for the thread's next post, so a context an
    /// analyzer kept must not write into it.
    /// </summary>
    internal void Complete() => _sink = null;

    /// <summary>The text of <paramref name="span"/>, masked unless <see cref="ShowValues"/> is set.</summary>
    public string Display(TextSpan span, EntityKind kind) => Display(Text, ShowValues, span, kind);

    internal static string Display(string text, bool showValues, TextSpan span, EntityKind kind)
    {
        var value = text.AsSpan(span.Start, span.Length);
        return showValues ? value.ToString() : Masker.Mask(value, kind);
    }

    private TextSpan[] BuildSentences()
    {
        var tokens = Analysis.Tokens;
        var result = new TextSpan[Analysis.SentenceCount];
        var start = 0;
        for (var k = 0; k < tokens.Length; k++)
        {
            if (k + 1 == tokens.Length || tokens[k + 1].Sentence != tokens[k].Sentence)
            {
                result[tokens[k].Sentence] = TextSpan.FromBounds(tokens[start].Start, tokens[k].End);
                start = k + 1;
            }
        }

        return result;
    }
}

/// <summary>The context of an entity action: the post and one recognized entity.</summary>
public readonly struct EntityAnalysisContext
{
    internal EntityAnalysisContext(PostAnalysisContext post, RecognizedEntity entity)
    {
        Post = post;
        Entity = entity;
    }

    /// <summary>The post.</summary>
    public PostAnalysisContext Post { get; }

    /// <summary>The entity.</summary>
    public RecognizedEntity Entity { get; }

    /// <summary>Reports a diagnostic.</summary>
    public void ReportDiagnostic(Diagnostic diagnostic) => Post.ReportDiagnostic(diagnostic);
}

/// <summary>The context of a sentence action: the post and one sentence.</summary>
public readonly struct SentenceAnalysisContext
{
    internal SentenceAnalysisContext(PostAnalysisContext post, int index, TextSpan span)
    {
        Post = post;
        Index = index;
        Span = span;
    }

    /// <summary>The post.</summary>
    public PostAnalysisContext Post { get; }

    /// <summary>The sentence's index in the post.</summary>
    public int Index { get; }

    /// <summary>The sentence's span.</summary>
    public TextSpan Span { get; }

    /// <summary>Reports a diagnostic.</summary>
    public void ReportDiagnostic(Diagnostic diagnostic) => Post.ReportDiagnostic(diagnostic);
}
