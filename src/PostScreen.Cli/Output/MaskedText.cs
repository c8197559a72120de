using PostScreen.Analysis;

namespace PostScreen.Cli.Output;

/// <summary>The screened text with every identifier masked, for excerpts in public logs.</summary>
internal static class MaskedText
{
    public static string Create(string text, IEnumerable<Diagnostic> diagnostics)
    {
        var chars = text.ToCharArray();
        foreach (var d in diagnostics)
        {
            if (d.Entity is { } entity && EntityKinds.TryParse(entity, out var kind) && d.Span.End <= chars.Length)
            {
                Masker.Mask(text.AsSpan(d.Span.Start, d.Span.Length), kind).CopyTo(chars.AsSpan(d.Span.Start));
            }
        }

        return new string(chars);
    }
}
