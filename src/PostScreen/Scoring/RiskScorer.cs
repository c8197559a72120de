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
    public static (Verdict Verdict, int Score) Score(ReadOnlySpan<Diagnostic> diagnostics)
    {
        var verdict = Verdict.Pass;
        if (diagnostics.IsEmpty)
        {
            return (verdict, 0);
        }

        // The strongest contribution of each distinct ID. Distinct IDs are few (one per descriptor),
        // so a linear search over them keeps this linear in the diagnostics without a dictionary;
        // each distinct ID is remembered by the index of its first diagnostic, on the stack.
        var count = diagnostics.Length;
        Span<int> first = count <= 64 ? stackalloc int[64] : new int[count];
        Span<double> best = count <= 64 ? stackalloc double[64] : new double[count];
        var distinct = 0;
        for (var i = 0; i < count; i++)
        {
            var d = diagnostics[i];
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

            var slot = 0;
            while (slot < distinct && !string.Equals(diagnostics[first[slot]].Id, d.Id, StringComparison.Ordinal))
            {
                slot++;
            }

            if (slot < distinct)
            {
                best[slot] = Math.Max(best[slot], c);
            }
            else
            {
                first[distinct] = i;
                best[distinct++] = c;
            }
        }

        var remaining = 1.0;
        for (var i = 0; i < distinct; i++)
        {
            remaining *= 1 - best[i];
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
