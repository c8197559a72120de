using System.Collections.Immutable;

namespace PostScreen;

/// <summary>
/// Turns the shared analysis of a post into diagnostics, as a Roslyn <c>DiagnosticAnalyzer</c>:
/// it declares what it can report, and registers actions in <see cref="Initialize"/>, which the
/// driver calls once when the screener is built. Actions run concurrently for different posts,
/// so they must not keep state between calls.
/// </summary>
public abstract class DiagnosticAnalyzer
{
    /// <summary>The descriptors this analyzer reports.</summary>
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>Registers the analyzer's actions.</summary>
    public abstract void Initialize(AnalysisContext context);
}
