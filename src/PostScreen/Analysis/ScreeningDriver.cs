using System.Collections.Frozen;
using System.Collections.Immutable;
using PostScreen.Configuration;
using PostScreen.Scoring;
using PostScreen.Text;

namespace PostScreen.Analysis;

/// <summary>
/// Runs one screening: builds the shared analysis once, runs every recognizer, resolves overlaps
/// and linkage, runs every analyzer's registered actions, applies configured severities, maps
/// spans back to the original text, and scores. A failing extension yields PS0005, never an
/// exception.
/// </summary>
internal sealed class ScreeningDriver
{
    private readonly Recognizer[] _recognizers;
    private readonly AnalysisContext[] _analyzers;
    private readonly SeverityConfiguration _severities;
    private readonly FrozenSet<string> _allowList;
    private readonly int _maxLength;
    private readonly bool _showValues;

    public ScreeningDriver(
        IEnumerable<Recognizer> recognizers,
        IEnumerable<DiagnosticAnalyzer> analyzers,
        SeverityConfiguration severities,
        IEnumerable<string> allowList,
        int maxLength,
        bool showValues)
    {
        _recognizers = recognizers.ToArray();
        // As in Roslyn, an analyzer none of whose diagnostics is enabled does not run at all.
        _analyzers = analyzers
            .Where(a => a.SupportedDiagnostics.IsEmpty || a.SupportedDiagnostics.Any(d => severities.Effective(d) is not null))
            .Select(a =>
            {
                var context = new AnalysisContext(a);
                a.Initialize(context);
                return context;
            }).ToArray();
        _severities = severities;
        _allowList = allowList.Select(Canonical).Where(v => v.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        _maxLength = maxLength;
        _showValues = showValues;
    }

    public ScreeningResult Screen(string? input)
    {
        var original = input ?? string.Empty;
        var truncated = original.Length > _maxLength;
        var screened = truncated ? original[..SafeCut(original, _maxLength)] : original;
        var normalized = NormalizedText.Create(screened);

        // The raw findings go into a per-thread list, taken for the call (an extension that screens
        // from inside an analyzer gets a list of its own): a new list per post and its growth were a
        // tenth of what screening allocated. The result's array is the only one that outlives the call.
        var diagnostics = t_diagnostics ?? new List<Diagnostic>(16);
        t_diagnostics = null;
        try
        {
            return Screen(original, screened, normalized, truncated, diagnostics);
        }
        finally
        {
            diagnostics.Clear();
            if (diagnostics.Capacity <= 256)
            {
                t_diagnostics = diagnostics; // a list grown by an outsized post is let go
            }
        }
    }

    [ThreadStatic]
    private static List<Diagnostic>? t_diagnostics;

    private ScreeningResult Screen(string original, string screened, NormalizedText normalized, bool truncated, List<Diagnostic> diagnostics)
    {
        using (var analysis = new PostAnalysis(normalized))
        {
            var recognition = new RecognitionContext(analysis);
            foreach (var recognizer in _recognizers)
            {
                try
                {
                    recognition.SetCurrent(recognizer);
                    recognizer.Recognize(recognition);
                }
                catch (Exception ex)
                {
                    diagnostics.Add(Failure(recognizer.Name, ex));
                }
            }

            OverlapResolver.Resolve(analysis.Candidates, analysis.Entities);
            LinkageResolver.Resolve(analysis);
            ApplyAllowList(analysis);
            RunAnalyzers(analysis, diagnostics);
        }

        // Effective severities and original-text spans, written back over the same list (a finding
        // switched off is dropped), then sorted in place and copied once into the result.
        var kept = 0;
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var diagnostic = diagnostics[i];
            var severity = _severities.Effective(diagnostic.Descriptor, diagnostic.Severity);
            if (severity is null)
            {
                continue;
            }

            var mapped = diagnostic.WithSeverity(severity.Value);
            if (normalized.IsChanged)
            {
                mapped = mapped.WithSpan(normalized.MapToOriginal(mapped.Span), MapToOriginal(mapped.Fixes, normalized));
            }

            diagnostics[kept++] = mapped;
        }

        diagnostics.RemoveRange(kept, diagnostics.Count - kept);
        if (truncated && _severities.Effective(Descriptors.InputTruncated) is { } truncSeverity)
        {
            diagnostics.Add(Diagnostic.Create(Descriptors.InputTruncated, new TextSpan(screened.Length, original.Length - screened.Length), 1,
                Descriptors.InputTruncated.FormatMessage(screened.Length, original.Length)).WithSeverity(truncSeverity));
        }

        var final = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(diagnostics);
        final.Sort(static (a, b) =>
        {
            var c = a.Span.Start.CompareTo(b.Span.Start);
            if (c == 0)
            {
                c = a.Span.Length.CompareTo(b.Span.Length);
            }

            return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
        });
        var result = ImmutableArray.Create<Diagnostic>(final);
        var (verdict, score) = RiskScorer.Score(result.AsSpan());
        return new ScreeningResult(original, verdict, score, result, truncated);
    }

    /// <summary>
    /// Fixes' spans in the original text. A method of its own: a lambda over the normalized text in
    /// <see cref="Screen(string?)"/> made every screening allocate its closure, changed text or not.
    /// </summary>
    private static ImmutableArray<TextFix> MapToOriginal(ImmutableArray<TextFix> fixes, NormalizedText normalized) =>
        [.. fixes.Select(f => f with { Span = normalized.MapToOriginal(f.Span) })];

    private void RunAnalyzers(PostAnalysis analysis, List<Diagnostic> diagnostics)
    {
        var post = new PostAnalysisContext(analysis, diagnostics, _showValues);
        foreach (var analyzer in _analyzers)
        {
            try
            {
                foreach (var (kinds, action) in analyzer.EntityActions)
                {
                    foreach (var entity in analysis.Entities)
                    {
                        if (kinds is null || Array.IndexOf(kinds, entity.Kind) >= 0)
                        {
                            action(new EntityAnalysisContext(post, entity));
                        }
                    }
                }

                if (analyzer.SentenceActions.Count > 0)
                {
                    var sentences = post.Sentences;
                    foreach (var action in analyzer.SentenceActions)
                    {
                        for (var i = 0; i < sentences.Count; i++)
                        {
                            action(new SentenceAnalysisContext(post, i, sentences[i]));
                        }
                    }
                }

                foreach (var action in analyzer.PostActions)
                {
                    action(post);
                }
            }
            catch (Exception ex)
            {
                diagnostics.Add(Failure(analyzer.Analyzer.GetType().Name, ex));
            }
        }

        post.Complete();
    }

    private void ApplyAllowList(PostAnalysis analysis)
    {
        if (_allowList.Count == 0)
        {
            return;
        }

        foreach (var entity in analysis.Entities)
        {
            if (entity.Link != EntityLink.Patient && _allowList.Contains(Canonical(analysis.Text.Substring(entity.Span.Start, entity.Span.Length))))
            {
                entity.IsPatientLinked = false;
                entity.LinkConfidence = 0.99;
                entity.LinkReason = "allow list";
            }
        }
    }

    /// <summary>Letters and digits only, lower case: "(555) 123-4567" and "555.123.4567" compare equal.</summary>
    internal static string Canonical(string value) =>
        string.Create(value.Count(char.IsLetterOrDigit), value, static (span, v) =>
        {
            var n = 0;
            foreach (var c in v)
            {
                if (char.IsLetterOrDigit(c))
                {
                    span[n++] = char.ToLowerInvariant(c);
                }
            }
        });

    private static Diagnostic Failure(string component, Exception ex) =>
        Diagnostic.Create(Descriptors.ComponentFailed, new TextSpan(0, 0), 1, Descriptors.ComponentFailed.FormatMessage(component, ex.GetType().Name));

    private static int SafeCut(string text, int length) =>
        length > 0 && char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
}
