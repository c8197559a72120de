using PostScreen.Analysis;

namespace PostScreen.Recognizers;

/// <summary>Base of the built-in recognizers: they read the shared token analysis directly.</summary>
internal abstract class BuiltInRecognizer : Recognizer
{
    public sealed override void Recognize(RecognitionContext context) => Recognize(context.Analysis, context);

    protected abstract void Recognize(PostAnalysis analysis, RecognitionContext context);
}
