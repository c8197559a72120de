namespace PostScreen;

/// <summary>
/// Finds candidate identifiers in a post. Built-in recognizers cover every Safe Harbor identifier;
/// add your own (a hospital's MRN format, a deny list of patient names) through
/// <see cref="PostScreenerBuilder.AddRecognizer"/>. Implementations must be thread-safe and
/// stateless: one instance serves every call to <see cref="PostScreener.Screen(string)"/>.
/// </summary>
public abstract class Recognizer
{
    /// <summary>A stable name, used to remove or replace the recognizer.</summary>
    public abstract string Name { get; }

    /// <summary>Reports every candidate in <see cref="RecognitionContext.Text"/> through <see cref="RecognitionContext.Report(EntityKind, TextSpan, double, EntityLink)"/>.</summary>
    public abstract void Recognize(RecognitionContext context);
}
