namespace PostScreen.Tests.Screening;

/// <summary>Disguised identifiers are found and spans map back to the original text.</summary>
public sealed class NormalizationTests
{
    [Fact]
    public void Fullwidth_digits_are_found_and_spans_map_to_the_original()
    {
        const string text = "Patient's cell is （６１７） ５５５-２３６８ after surgery.";
        var d = Screen.Post(text).Diagnostics.Single(x => x.Entity == "PHONE");
        Assert.Equal("PS1007", d.Id);
        Assert.Equal("（６１７） ５５５-２３６８", text.Substring(d.Span.Start, d.Span.Length));
    }

    [Fact]
    public void Zero_width_characters_do_not_hide_a_number()
    {
        const string text = "Patient SSN 078\u200B-05-\u200C1123 at triage.";
        var d = Screen.Post(text).Diagnostics.Single(x => x.Entity == "SSN");
        Assert.Equal("078\u200B-05-\u200C1123", text.Substring(d.Span.Start, d.Span.Length));
    }

    [Fact]
    public void Fixes_span_the_original_text_too()
    {
        // The fix replaces what the reader sees: the zero-width characters inside the number go with it.
        const string text = "Patient SSN 078\u200B-05-\u200C1123 at triage.";
        var d = Screen.Post(text).Diagnostics.Single(x => x.Entity == "SSN");
        Assert.NotEmpty(d.Fixes);
        Assert.All(d.Fixes, f => Assert.Equal(d.Span, f.Span));
    }

    [Fact]
    public void Spaced_digits_are_a_phone_number()
    {
        const string text = "Patient's son asked me to call 6 1 7 5 5 5 2 3 6 8 after surgery.";
        var d = Screen.Post(text).Diagnostics.Single(x => x.Entity == "PHONE");
        Assert.Equal("6 1 7 5 5 5 2 3 6 8", text.Substring(d.Span.Start, d.Span.Length));
    }
}
