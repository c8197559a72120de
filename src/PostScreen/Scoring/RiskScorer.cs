using System.Buffers;

namespace PostScreen.Scoring;

/// <summary>
/// The documented scoring rule. Verdict: Block on any Error, Review on any Warning, Pass
/// otherwise. Score (0–100): each distinct diagnostic ID contributes its strongest finding's
/// weight × confidence (Error 0.6, Warning 0.3, Info and Hidden 0), and contributions combine as
/// independent risks: score = round(100 × (1 − Π (1 − contribution))). More distinct findings,
/// higher severities and higher confidence all raise the score; Info findings never do.
/// </summary>
internal static class RiskScorer
{
    public static (Verdict Verdict, int Score) Score(IReadOnlyList<Diagnostic> diagnostics)
    {
        var verdict = Verdict.Pass;
        if (diagnostics.Count == 0)
        {
            return (verdict, 0);
        }

        // The strongest contribution of each distinct ID. Distinct IDs are few (one per descriptor),
        // so a linear search over them keeps this linear in the diagnostics without a dictionary.
        var ids = ArrayPool<string>.Shared.Rent(Math.Min(diagnostics.Count, 256));
        var best = ArrayPool<double>.Shared.Rent(ids.Length);
        var distinct = 0;
        var remaining = 1.0;
        try
        {
            foreach (var d in diagnostics)
            {
                if (d.Severity == DiagnosticSeverity.Error)
                {
                    verdict = Verdict.Block;
                }
                else if (d.Severity == DiagnosticSeverity.Warning && verdict == Verdict.Pass)
                {
                    verdict = Verdict.Review;
                }

                var c = Contribution(d);
                if (c <= 0)
                {
                    continue; // contributes a factor of 1 either way
                }

                var slot = Array.IndexOf(ids, d.Id, 0, distinct);
                if (slot >= 0)
                {
                    best[slot] = Math.Max(best[slot], c);
                }
                else if (distinct < ids.Length)
                {
                    ids[distinct] = d.Id;
                    best[distinct++] = c;
                }
            }

            for (var i = 0; i < distinct; i++)
            {
                remaining *= 1 - best[i];
            }
        }
        finally
        {
            ArrayPool<string>.Shared.Return(ids, clearArray: true);
            ArrayPool<double>.Shared.Return(best);
        }

        return (verdict, (int)Math.Round(100 * (1 - remaining), MidpointRounding.AwayFromZero));
    }

    private static double Contribution(Diagnostic d) => d.Severity switch
    {
        DiagnosticSeverity.Error => 0.6 * d.Confidence,
        DiagnosticSeverity.Warning => 0.3 * d.Confidence,
        _ => 0,
    };
}
