using PostScreen.Analysis;
using PostScreen.Text;

namespace PostScreen.Tests.Analysis;

/// <summary>The shared analysis's pooled lists: one analysis's never become another's while it lives.</summary>
public sealed class PostAnalysisTests
{
    [Fact]
    public void Analyses_alive_at_once_have_their_own_lists()
    {
        // A paragraph's analysis is made while its post's is alive (PS2001's paragraph rule). The
        // first analysis leaves this thread's scratch lists free for the next to take.
        using (new PostAnalysis(NormalizedText.Create("Room 4.")))
        {
        }

        using var outer = new PostAnalysis(NormalizedText.Create("Call 617 555 2368 or 617 555 0199."));
        var outerChains = outer.Chains.Count;
        using (var inner = new PostAnalysis(NormalizedText.Create("Bed 4.")))
        {
            Assert.NotSame(outer.Candidates, inner.Candidates);
            Assert.NotSame(outer.Chains, inner.Chains);
            Assert.Single(inner.Chains);
        }

        Assert.Equal(outerChains, outer.Chains.Count);
        Assert.True(outerChains >= 2);
    }

    [Fact]
    public void A_later_analysis_starts_with_empty_lists()
    {
        using (var first = new PostAnalysis(NormalizedText.Create("Call 617 555 2368.")))
        {
            Assert.NotEmpty(first.Chains);
        }

        using var second = new PostAnalysis(NormalizedText.Create("No numbers here."));
        Assert.Empty(second.Chains);
        Assert.Empty(second.Candidates);
    }
}
