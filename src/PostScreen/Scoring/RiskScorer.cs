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

        // The strongest contribution of each distinct ID.
        var strongest = new Dictionary<string, double>(StringComparer.Ordinal);
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
            if (!strongest.TryGetValue(d.Id, out var existing) || c > existing)
            {
                strongest[d.Id] = c;
            }
        }

        var remaining = 1.0;
        foreach (var c in strongest.Values)
        {
            remaining *= 1 - c;
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
