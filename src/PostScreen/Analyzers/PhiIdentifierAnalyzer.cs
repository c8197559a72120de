using System.Collections.Immutable;

namespace PostScreen.Analyzers;

/// <summary>
/// Reports each recognized identifier: PS1001–PS1022 when it is linked to a patient (with fixes),
/// PS1500 (Info) when it is not, so configuring one never silences the other.
/// </summary>
internal sealed class PhiIdentifierAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableDictionary<string, string>[] EntityProperties =
        [.. Enumerable.Range(0, 23).Select(i => i == 0
            ? ImmutableDictionary<string, string>.Empty
            : ImmutableDictionary<string, string>.Empty.Add(Diagnostic.EntityProperty, ((EntityKind)i).ToEntityName()))];

    private static readonly string[] Labels =
    [
        "", "Name", "Street address", "Location", "ZIP code", "Date", "Age", "Phone number", "Fax number", "Email address",
        "SSN", "MRN", "Health plan number", "Account number", "Licence number", "Vehicle identifier", "Device identifier",
        "URL", "IP address", "Biometric identifier", "Photo reference", "Handle", "Identifier",
    ];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        [.. EntityKinds.All.Select(Descriptors.ForEntity), Descriptors.UnlinkedIdentifier];

    public override void Initialize(AnalysisContext context) => context.RegisterEntityAction(Analyze);

    internal static string Label(EntityKind kind) => Labels[(int)kind];

    private static void Analyze(EntityAnalysisContext context)
    {
        var entity = context.Entity;
        var properties = EntityProperties[(int)entity.Kind];
        if (entity.IsPatientLinked)
        {
            var descriptor = Descriptors.ForEntity(entity.Kind);
            context.ReportDiagnostic(Diagnostic.CreateDeferred(
                descriptor,
                entity.Span,
                entity.Confidence * entity.LinkConfidence,
                new IdentifierMessage(descriptor, context.Post.Text, context.Post.ShowValues, entity.Span, entity.Kind),
                properties,
                PhiFixes.Deferred(entity, context.Post.Text)));
        }
        else
        {
            context.ReportDiagnostic(Diagnostic.CreateDeferred(
                Descriptors.UnlinkedIdentifier,
                entity.Span,
                entity.Confidence,
                new IdentifierMessage(Descriptors.UnlinkedIdentifier, context.Post.Text, context.Post.ShowValues, entity.Span, entity.Kind),
                properties));
        }
    }

    /// <summary>"Phone number (555) ***-**34 is linked to a patient", masked unless values were asked for; built when read.</summary>
    private sealed class IdentifierMessage(DiagnosticDescriptor descriptor, string text, bool showValues, TextSpan span, EntityKind kind) : DeferredMessage
    {
        public override string Format() => descriptor.FormatMessage(Label(kind), PostAnalysisContext.Display(text, showValues, span, kind));
    }
}
