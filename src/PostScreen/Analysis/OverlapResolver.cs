namespace PostScreen.Analysis;

/// <summary>
/// Keeps one entity where candidates overlap: a user's deny or allow list first, then the most
/// confident, then the longest. Linear after sorting; deterministic.
/// </summary>
internal static class OverlapResolver
{
    public static void Resolve(List<RecognizedEntity> candidates, List<RecognizedEntity> result)
    {
        result.Clear();
        if (candidates.Count == 0)
        {
            return;
        }

        candidates.Sort(static (a, b) =>
        {
            var c = a.Span.Start.CompareTo(b.Span.Start);
            return c != 0 ? c : b.Span.Length.CompareTo(a.Span.Length);
        });

        foreach (var candidate in candidates)
        {
            if (result.Count > 0 && result[^1].Span.OverlapsWith(candidate.Span))
            {
                if (Beats(candidate, result[^1]))
                {
                    result[^1] = candidate;
                    // The winner may now overlap the entity before the one it replaced.
                    while (result.Count > 1 && result[^2].Span.OverlapsWith(result[^1].Span))
                    {
                        if (Beats(result[^1], result[^2]))
                        {
                            result.RemoveAt(result.Count - 2);
                        }
                        else
                        {
                            result.RemoveAt(result.Count - 1);
                        }
                    }
                }

                continue;
            }

            result.Add(candidate);
        }
    }

    private static bool Beats(RecognizedEntity a, RecognizedEntity b)
    {
        var pa = a.Link != EntityLink.Infer ? 1 : 0;
        var pb = b.Link != EntityLink.Infer ? 1 : 0;
        if (pa != pb)
        {
            return pa > pb;
        }

        if (Math.Abs(a.Confidence - b.Confidence) > 0.001)
        {
            return a.Confidence > b.Confidence;
        }

        return a.Span.Length > b.Span.Length;
    }
}
