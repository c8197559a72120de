using System.Collections.Concurrent;
using System.Text;
using PostScreen.Cli.Configuration;
using PostScreen.Cli.Input;
using PostScreen.Cli.Markdown;
using PostScreen.Cli.Output;
using PostScreen.Cli.Suppressions;
using PostScreen.Configuration;
using PostScreen.Scoring;

namespace PostScreen.Cli.Commands;

/// <summary>
/// Screens one file as <c>check</c> and <c>fix</c> see it: decodes strict UTF-8 (binary and
/// invalid files are skipped with PS0001), keeps only the Markdown prose (same offsets), applies the
/// <c>.editorconfig</c> severities that govern the file, then the inline suppressions (PS0002 for
/// those that suppress nothing).
/// </summary>
internal sealed class FileScreening(Func<PostScreenerBuilder> baseBuilder, bool includeCode)
{
    private readonly EditorConfig _editorConfig = new();
    private readonly ConcurrentDictionary<string, (PostScreener Screener, SeverityConfiguration Severities)> _screeners = new(StringComparer.Ordinal);

    public FileReport Screen(InputFile file, Stream stdin)
    {
        byte[] bytes;
        try
        {
            if (file.FullPath is null)
            {
                using var memory = new MemoryStream();
                stdin.CopyTo(memory);
                bytes = memory.ToArray();
            }
            else
            {
                bytes = File.ReadAllBytes(file.FullPath);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return FileReport.Skip(file.Path, $"skipped: unreadable ({(ex is UnauthorizedAccessException ? "permission denied" : ex.Message)})", unreadable: true);
        }

        if (!TextDecoding.TryDecode(bytes, out var text, out var hasBom, out var why))
        {
            return FileReport.Skip(file.Path, why, unreadable: false);
        }

        var settings = file.FullPath is null ? new SeveritySettings(new(), new()) : _editorConfig.Resolve(file.FullPath);
        var (screener, severities) = _screeners.GetOrAdd(settings.Key, _ => Build(settings));
        var markdown = file.FullPath is null || MarkdownProse.IsMarkdown(file.Path);
        var prose = markdown ? MarkdownProse.Extract(text, includeCode) : text;
        var result = screener.Screen(prose);

        var positions = new TextPosition(text);
        var suppressions = InlineSuppressions.Parse(text);
        var kept = new List<Diagnostic>();
        var suppressed = new List<(Diagnostic, Directive)>();
        var unused = suppressions.Apply(result.Diagnostics, offset => positions.Of(offset).Line, kept, suppressed);
        if (severities.Effective(Descriptors.UnusedSuppression) is { } unusedSeverity)
        {
            foreach (var directive in unused)
            {
                kept.Add(Diagnostic.Create(Descriptors.UnusedSuppression, new TextSpan(directive.Start, directive.Length), 1,
                    $"'{directive.Text}' suppresses nothing; remove it").WithSeverity(unusedSeverity));
            }

            kept.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start)
                : a.Span.Length != b.Span.Length ? a.Span.Length.CompareTo(b.Span.Length) : string.CompareOrdinal(a.Id, b.Id));
        }

        var (verdict, score) = RiskScorer.Score(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(kept));
        return new FileReport(file.Path, text, hasBom, kept, suppressed, verdict, score, null, false);
    }

    private (PostScreener, SeverityConfiguration) Build(SeveritySettings settings)
    {
        var builder = baseBuilder();
        foreach (var (id, severity) in settings.ById)
        {
            builder.WithSeverity(id, severity);
        }

        foreach (var (category, severity) in settings.ByCategory)
        {
            builder.WithCategorySeverity(category, severity);
        }

        return (builder.Build(), new SeverityConfiguration(settings.ById, settings.ByCategory));
    }
}

/// <summary>
/// The outcome for one input file: its diagnostics after suppressions (ordered by position), the
/// suppressed ones, the verdict and score over what was kept; or why it was skipped (PS0001).
/// </summary>
internal sealed record FileReport(
    string Path,
    string? Text,
    bool HasBom,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<(Diagnostic Diagnostic, Directive By)> Suppressed,
    Verdict Verdict,
    int Score,
    string? Skipped,
    bool Unreadable)
{
    public static FileReport Skip(string path, string why, bool unreadable) =>
        new(path, null, false, [], [], Verdict.Pass, 0, why, unreadable);

    public bool Reaches(DiagnosticSeverity level) =>
        Diagnostics.Any(d => d.Severity >= level && d.Severity != DiagnosticSeverity.Hidden);
}

/// <summary>Strict UTF-8 decoding with binary detection; the BOM is not part of the text.</summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryDecode(byte[] bytes, out string text, out bool hasBom, out string why)
    {
        var span = bytes.AsSpan();
        hasBom = span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        if (hasBom)
        {
            span = span[3..];
        }

        if (span[..Math.Min(span.Length, 8192)].Contains((byte)0))
        {
            text = string.Empty;
            why = "skipped: binary file (contains NUL bytes)";
            return false;
        }

        try
        {
            text = Strict.GetString(span);
            why = string.Empty;
            return true;
        }
        catch (DecoderFallbackException ex)
        {
            text = string.Empty;
            why = $"skipped: not valid UTF-8 (invalid byte at offset {ex.Index})";
            return false;
        }
    }
}
