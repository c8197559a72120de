using PostScreen.Analysis;

namespace PostScreen.Recognizers;

/// <summary>
/// Biometric identifiers named in text: fingerprints, retinal and iris scans, voice prints, face
/// prints, palm prints, DNA profiles. Linkage decides whether they are a patient's.
/// </summary>
internal sealed class BiometricRecognizer : BuiltInRecognizer
{
    public override string Name => "biometric";

    protected override void Recognize(PostAnalysis analysis, RecognitionContext context)
    {
        if ((analysis.PostLex & Lex.BiometricNoun) == 0)
        {
            return;
        }

        var tokens = analysis.Tokens;
        var text = analysis.Text;
        for (var k = 0; k < tokens.Length; k++)
        {
            ref readonly var t = ref tokens[k];
            if (!t.Has(Lex.BiometricNoun))
            {
                continue;
            }

            var w = t.Value(text);
            var end = t.End;
            var next = k + 1 < tokens.Length && tokens[k + 1].Start - t.End <= 1 ? tokens[k + 1].Value(text) : default;
            var followedByRecord = next.StartsWith("scan", StringComparison.OrdinalIgnoreCase) || next.StartsWith("print", StringComparison.OrdinalIgnoreCase) ||
                                   next.StartsWith("profile", StringComparison.OrdinalIgnoreCase) || next.StartsWith("sample", StringComparison.OrdinalIgnoreCase) ||
                                   next.StartsWith("template", StringComparison.OrdinalIgnoreCase) || next.StartsWith("sequence", StringComparison.OrdinalIgnoreCase);
            if (followedByRecord)
            {
                end = tokens[k + 1].End;
            }

            // "DNA", "iris", "retina", "palm" alone are anatomy or biology, not identifiers.
            var standalone = w.StartsWith("fingerprint", StringComparison.OrdinalIgnoreCase) || w.StartsWith("voiceprint", StringComparison.OrdinalIgnoreCase) ||
                             w.StartsWith("faceprint", StringComparison.OrdinalIgnoreCase) || w.StartsWith("palmprint", StringComparison.OrdinalIgnoreCase) ||
                             w.StartsWith("biometric", StringComparison.OrdinalIgnoreCase);
            if (standalone || followedByRecord)
            {
                context.Report(EntityKind.Biometric, TextSpan.FromBounds(t.Start, end), 0.8);
                k = followedByRecord ? k + 1 : k;
            }
        }
    }
}
