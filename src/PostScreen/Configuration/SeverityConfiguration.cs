using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace PostScreen.Configuration;

/// <summary>
/// Effective severities, resolved as Roslyn does: a setting for the ID wins over a setting for
/// its category, which wins over the descriptor's default.
/// </summary>
internal sealed class SeverityConfiguration
{
    private readonly FrozenDictionary<string, ReportDiagnostic> _byId;
    private readonly FrozenDictionary<string, ReportDiagnostic> _byCategory;

    // A descriptor's setting, looked up once: every diagnostic of every post asks, and two
    // case-insensitive dictionary lookups each were 1.5% of screening a post full of identifiers.
    private readonly ConcurrentDictionary<DiagnosticDescriptor, ReportDiagnostic> _settings = new();

    public SeverityConfiguration(IReadOnlyDictionary<string, ReportDiagnostic> byId, IReadOnlyDictionary<string, ReportDiagnostic> byCategory)
    {
        _byId = byId.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _byCategory = byCategory.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public static SeverityConfiguration Empty { get; } = new(new Dictionary<string, ReportDiagnostic>(), new Dictionary<string, ReportDiagnostic>());

    /// <summary>The effective severity, or null when the diagnostic is suppressed.</summary>
    public DiagnosticSeverity? Effective(DiagnosticDescriptor descriptor) => Effective(descriptor, descriptor.DefaultSeverity);

    /// <summary>
    /// The effective severity of a diagnostic reported at <paramref name="reported"/> (an analyzer may
    /// raise its default, as PS1100 does with a direct identifier), or null when it is suppressed.
    /// </summary>
    public DiagnosticSeverity? Effective(DiagnosticDescriptor descriptor, DiagnosticSeverity reported)
    {
        var setting = _byId.Count == 0 && _byCategory.Count == 0
            ? ReportDiagnostic.Default
            : _settings.GetOrAdd(descriptor, static (d, self) => self.Setting(d), this);
        var configured = setting switch
        {
            ReportDiagnostic.Error => DiagnosticSeverity.Error,
            ReportDiagnostic.Warn => DiagnosticSeverity.Warning,
            ReportDiagnostic.Info => DiagnosticSeverity.Info,
            ReportDiagnostic.Hidden => DiagnosticSeverity.Hidden,
            ReportDiagnostic.Suppress => null,
            _ => descriptor.IsEnabledByDefault ? reported : (DiagnosticSeverity?)null,
        };

        // Setting a rule to its own default severity (as turning on an off-by-default rule does) keeps
        // what the analyzer reported: PS1100 is raised to Error when the post has a direct identifier.
        return configured == descriptor.DefaultSeverity && setting != ReportDiagnostic.Default ? reported : configured;
    }

    private ReportDiagnostic Setting(DiagnosticDescriptor descriptor) =>
        _byId.TryGetValue(descriptor.Id, out var byId) && byId != ReportDiagnostic.Default
            ? byId
            : _byCategory.TryGetValue(descriptor.Category, out var byCategory) ? byCategory : ReportDiagnostic.Default;

    /// <summary>Parses an .editorconfig severity word: error, warning, suggestion, silent, none, default.</summary>
    public static bool TryParse(string? value, out ReportDiagnostic result)
    {
        result = value?.Trim().ToLowerInvariant() switch
        {
            "error" => ReportDiagnostic.Error,
            "warning" or "warn" => ReportDiagnostic.Warn,
            "suggestion" or "info" => ReportDiagnostic.Info,
            "silent" or "hidden" => ReportDiagnostic.Hidden,
            "none" => ReportDiagnostic.Suppress,
            "default" => ReportDiagnostic.Default,
            _ => (ReportDiagnostic)(-1),
        };
        return (int)result >= 0;
    }
}
