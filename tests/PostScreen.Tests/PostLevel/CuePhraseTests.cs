using PostScreen.Analysis;
using PostScreen.Classifiers;
using PostScreen.Text;

namespace PostScreen.Tests.PostLevel;

/// <summary>Which cue phrases a post matches.</summary>
public sealed class CuePhraseTests
{
    private static List<string> Cues(string text)
    {
        using var analysis = new PostAnalysis(NormalizedText.Create(text));
        var matches = new List<CueMatch>();
        CuePhrases.Match(analysis, matches);
        return matches.Select(m => text.Substring(m.Span.Start, m.Span.Length)).ToList();
    }

    [Fact]
    public void A_cue_phrase_in_use_matches_with_its_span() =>
        Assert.Contains("frequent flyer", Cues("Our frequent flyer is back in bay 4 again."));

    [Theory]
    [InlineData("Stop writing 'frequent flyer' in the chart.")]
    [InlineData("Stop writing \"frequent flyer\" in the chart.")]
    [InlineData("Stop writing \u201Cfrequent flyer\u201D in the chart.")]
    public void A_cue_phrase_in_quotation_marks_is_mentioned_not_used(string text) =>
        Assert.DoesNotContain("frequent flyer", Cues(text));
}
