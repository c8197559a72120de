using PostScreen.Analysis;

namespace PostScreen.Recognizers;

/// <summary>Social-media handles: @name with 2–30 letters, digits or underscores, not part of an email.</summary>
internal sealed class HandleRecognizer : BuiltInRecognizer
{
    public override string Name => "handle";

    protected override void Recognize(PostAnalysis analysis, RecognitionContext context)
    {
        var text = analysis.Text;
        var at = text.IndexOf('@');
        while (at >= 0)
        {
            var boundary = at == 0 || !(char.IsLetterOrDigit(text[at - 1]) || text[at - 1] is '_' or '.' or '-' or '+' or '%');
            var end = at + 1;
            while (end < text.Length && end - at <= 31 && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
            {
                end++;
            }

            var length = end - at - 1;
            var emailDomain = end + 1 < text.Length && text[end] == '.' && char.IsAsciiLetter(text[end + 1]);
            if (boundary && length is >= 2 and <= 30 && !emailDomain && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                context.Report(EntityKind.Handle, TextSpan.FromBounds(at, end), 0.9);
            }

            at = text.IndexOf('@', end);
        }
    }
}
