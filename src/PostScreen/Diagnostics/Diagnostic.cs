using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace PostScreen;

/// <summary>
/// One finding in a post, as Roslyn's <c>Diagnostic</c>: what (the descriptor), where (the span),
/// how serious (the effective severity), how sure (the confidence), and how to fix it.
/// </summary>
public sealed class Diagnostic
{
    /// <summary>Property key holding the PHI entity string (<c>PHONE</c>).</summary>
    public const string EntityProperty = "entity";

    // The message, or what formats it on first read: most callers of Screen only look at the
    // verdict and IDs, so the masked text of each identifier is not built until someone asks.
    private object _message;

    // The fixes (a TextFix[]), or what builds them on first read: like the message.
    private object _fixes;

    // The properties (an ImmutableDictionary), or what builds them on first read: a post-level
    // finding's explanation is only rendered when someone looks at it.
    private object _properties;

    private Diagnostic(
        DiagnosticDescriptor descriptor,
        DiagnosticSeverity severity,
        TextSpan span,
        double confidence,
        object message,
        object properties,
        object fixes)
    {
        Descriptor = descriptor;
        Severity = severity;
        Span = span;
        Confidence = confidence;
        _message = message;
        _properties = properties;
        _fixes = fixes;
    }

    /// <summary>Creates a diagnostic at the descriptor's default severity.</summary>
    /// <param name="descriptor">What was found.</param>
    /// <param name="span">Where, in UTF-16 code units of the screened text.</param>
    /// <param name="confidence">How sure, from 0 to 1.</param>
    /// <param name="message">The message; it must not contain a detected identifier in full unless the user asked for values.</param>
    /// <param name="properties">Extra facts, such as <see cref="EntityProperty"/>.</param>
    /// <param name="fixes">Ways to fix it.</param>
    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        TextSpan span,
        double confidence,
        string message,
        ImmutableDictionary<string, string>? properties = null,
        ImmutableArray<TextFix> fixes = default)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(message);
        return new Diagnostic(
            descriptor,
            descriptor.DefaultSeverity,
            span,
            ClampConfidence(confidence),
            message,
            properties ?? ImmutableDictionary<string, string>.Empty,
            ToArray(fixes));
    }

    /// <summary>Creates a diagnostic whose message is formatted on first read.</summary>
    internal static Diagnostic CreateDeferred(
        DiagnosticDescriptor descriptor, TextSpan span, double confidence, DeferredMessage message,
        ImmutableDictionary<string, string> properties, DeferredFixes? fixes = null) =>
        new(descriptor, descriptor.DefaultSeverity, span, ClampConfidence(confidence), message, properties,
            (object?)fixes ?? Array.Empty<TextFix>());

    /// <summary>Creates a diagnostic whose message and properties are built on first read.</summary>
    internal static Diagnostic CreateDeferred(
        DiagnosticDescriptor descriptor, TextSpan span, double confidence, DeferredMessage message,
        DeferredProperties properties, ImmutableArray<TextFix> fixes) =>
        new(descriptor, descriptor.DefaultSeverity, span, ClampConfidence(confidence), message, properties, ToArray(fixes));

    private static double ClampConfidence(double confidence) => Math.Clamp(double.IsNaN(confidence) ? 0 : confidence, 0, 1);

    private static TextFix[] ToArray(ImmutableArray<TextFix> fixes) =>
        fixes.IsDefaultOrEmpty ? [] : ImmutableCollectionsMarshal.AsArray(fixes)!;

    /// <summary>The descriptor.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The descriptor's ID.</summary>
    public string Id => Descriptor.Id;

    /// <summary>The descriptor's category.</summary>
    public string Category => Descriptor.Category;

    /// <summary>The effective severity after configuration.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>Where in the screened text.</summary>
    public TextSpan Span { get; }

    /// <summary>Confidence from 0 to 1.</summary>
    public double Confidence { get; }

    /// <summary>The message (identifiers masked unless values were asked for).</summary>
    public string Message
    {
        get
        {
            // A race formats twice and keeps one equal string: harmless, and no lock on the hot path.
            if (_message is DeferredMessage deferred)
            {
                _message = deferred.Format();
            }

            return (string)_message;
        }
    }

    /// <summary>Extra facts; <see cref="EntityProperty"/> holds the PHI entity.</summary>
    public ImmutableDictionary<string, string> Properties
    {
        get
        {
            // As with the message: a race builds twice and keeps one equal dictionary.
            if (_properties is DeferredProperties deferred)
            {
                _properties = deferred.Create();
            }

            return (ImmutableDictionary<string, string>)_properties;
        }
    }

    /// <summary>The entity string for <c>phi</c> and <c>identifier</c> diagnostics, otherwise null.</summary>
    public string? Entity => Properties.TryGetValue(EntityProperty, out var e) ? e : null;

    /// <summary>Ways to fix the finding; empty for findings that are not patient-linked.</summary>
    public ImmutableArray<TextFix> Fixes
    {
        get
        {
            if (_fixes is DeferredFixes deferred)
            {
                _fixes = deferred.Create();
            }

            return ImmutableCollectionsMarshal.AsImmutableArray((TextFix[])_fixes);
        }
    }

    /// <summary>Returns a copy at another severity.</summary>
    public Diagnostic WithSeverity(DiagnosticSeverity severity) =>
        severity == Severity ? this : new Diagnostic(Descriptor, severity, Span, Confidence, _message, _properties, _fixes);

    /// <summary>Returns a copy at another span (used when mapping back to an original text).</summary>
    public Diagnostic WithSpan(TextSpan span, ImmutableArray<TextFix> fixes) =>
        new(Descriptor, Severity, span, Confidence, _message, _properties, ToArray(fixes));

    /// <inheritdoc />
    public override string ToString() =>
        $"{Id} {Severity.ToString().ToLowerInvariant()} {Span}: {Message}";
}

/// <summary>A diagnostic's fixes, built only when they are read.</summary>
internal abstract class DeferredFixes
{
    public abstract TextFix[] Create();
}

/// <summary>A diagnostic's properties, built only when they are read.</summary>
internal abstract class DeferredProperties
{
    public abstract ImmutableDictionary<string, string> Create();
}

/// <summary>A diagnostic message that is formatted only when it is read.</summary>
internal abstract class DeferredMessage
{
    public abstract string Format();
}
