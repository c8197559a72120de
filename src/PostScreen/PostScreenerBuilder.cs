using PostScreen.Analysis;
using PostScreen.Analyzers;
using PostScreen.Configuration;
using PostScreen.Recognizers;

namespace PostScreen;

/// <summary>
/// Builds a <see cref="PostScreener"/>, as Markdig's pipeline builder: start from the built-in
/// recognizers and analyzers, add your own or remove some, set severities, then
/// <see cref="Build"/> once and reuse the screener.
/// </summary>
public sealed class PostScreenerBuilder
{
    /// <summary>The default size limit per post: 1,000,000 UTF-16 code units.</summary>
    public const int DefaultMaxLength = 1_000_000;

    private readonly List<Recognizer> _recognizers = [];
    private readonly List<DiagnosticAnalyzer> _analyzers = [];
    private readonly Dictionary<string, ReportDiagnostic> _severityById = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ReportDiagnostic> _severityByCategory = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _allowList = [];
    private int _maxLength = DefaultMaxLength;
    private bool _showValues;
    private int _referenceYear = DateTime.UtcNow.Year;

    internal PostScreenerBuilder()
    {
        _analyzers.Add(new PhiIdentifierAnalyzer());
        _analyzers.Add(new QuasiIdentifierAnalyzer());
        _analyzers.Add(new PostLevelAnalyzer());
    }

    /// <summary>Names of the built-in recognizers, for <see cref="RemoveRecognizer"/>.</summary>
    public static IReadOnlyList<string> BuiltInRecognizerNames { get; } = [.. BuiltIns(DateTime.UtcNow.Year).Select(r => r.Name)];

    private readonly HashSet<string> _removedBuiltIns = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds a recognizer (it runs after the built-in ones).</summary>
    public PostScreenerBuilder AddRecognizer(Recognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        _recognizers.Add(recognizer);
        return this;
    }

    /// <summary>Removes a recognizer by name (a built-in one such as <c>location</c>, or one you added).</summary>
    public PostScreenerBuilder RemoveRecognizer(string name)
    {
        _removedBuiltIns.Add(name);
        _recognizers.RemoveAll(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
        return this;
    }

    /// <summary>Adds an analyzer.</summary>
    public PostScreenerBuilder AddAnalyzer(DiagnosticAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        _analyzers.Add(analyzer);
        return this;
    }

    /// <summary>Removes every analyzer of type <typeparamref name="T"/>.</summary>
    public PostScreenerBuilder RemoveAnalyzer<T>()
        where T : DiagnosticAnalyzer
    {
        _analyzers.RemoveAll(a => a is T);
        return this;
    }

    /// <summary>Sets the severity of one diagnostic ID (<c>dotnet_diagnostic.PS1005.severity</c>).</summary>
    public PostScreenerBuilder WithSeverity(string id, ReportDiagnostic severity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        _severityById[id] = severity;
        return this;
    }

    /// <summary>Sets the severity of a whole category (<c>dotnet_analyzer_diagnostic.category-phi.severity</c>).</summary>
    public PostScreenerBuilder WithCategorySeverity(string category, ReportDiagnostic severity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(category);
        _severityByCategory[category] = severity;
        return this;
    }

    /// <summary>Values that are always a patient's identifier of <paramref name="kind"/> (your patients' names).</summary>
    public PostScreenerBuilder AddDenyList(EntityKind kind, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _recognizers.Add(new DenyListRecognizer(kind, values));
        return this;
    }

    /// <summary>
    /// Values that are never a patient's (your colleagues' names, your clinic's phone number): they
    /// are reported as PS1500 at most. Compared on letters and digits only, ignoring case.
    /// </summary>
    public PostScreenerBuilder AddAllowList(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _allowList.AddRange(values);
        return this;
    }

    /// <summary>
    /// Adds a recognizer for your own identifier format. The pattern runs with
    /// <see cref="System.Text.RegularExpressions.RegexOptions.NonBacktracking"/> (no backreferences or lookarounds).
    /// </summary>
    /// <exception cref="ArgumentException">The pattern is not valid for the non-backtracking engine.</exception>
    public PostScreenerBuilder AddPattern(EntityKind kind, string pattern, double confidence = 0.9, EntityLink link = EntityLink.Patient, string? name = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        try
        {
            _recognizers.Add(new PatternRecognizer(name ?? "pattern:" + kind.ToEntityName(), kind, pattern, confidence, link));
        }
        catch (NotSupportedException ex)
        {
            throw new ArgumentException($"The pattern for {kind.ToEntityName()} uses a construct the non-backtracking engine does not support: {ex.Message}", nameof(pattern), ex);
        }

        return this;
    }

    /// <summary>Sets the size limit per post in UTF-16 code units (at least 1).</summary>
    public PostScreenerBuilder WithMaxLength(int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        _maxLength = maxLength;
        return this;
    }

    /// <summary>Shows identifiers in full in messages. Off by default: CI logs are public.</summary>
    public PostScreenerBuilder ShowValues(bool show = true)
    {
        _showValues = show;
        return this;
    }

    /// <summary>The year birth years are measured against ("born in 1931" is over 89 in 2026). Defaults to the current year.</summary>
    public PostScreenerBuilder WithReferenceYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1900);
        _referenceYear = year;
        return this;
    }

    /// <summary>
    /// Turns on every post-level detector — PS1100 quasi-identifiers, PS2001 patient anecdote,
    /// PS2002 disrespectful tone (the one that is off by default), PS3001 advice requested, PS4001
    /// advice given — each at its default severity, unless a severity was already set for it.
    /// </summary>
    public PostScreenerBuilder EnablePostLevelDetectors()
    {
        foreach (var descriptor in PostLevelDescriptors())
        {
            _severityById.TryAdd(descriptor.Id, descriptor.DefaultSeverity == DiagnosticSeverity.Error ? ReportDiagnostic.Error : ReportDiagnostic.Warn);
        }

        return this;
    }

    /// <summary>
    /// Turns off every post-level detector (PS1100, PS2001, PS2002, PS3001, PS4001), unless a
    /// severity was already set for it: screening then runs the PHI recognizers only, about twice as fast.
    /// </summary>
    public PostScreenerBuilder DisablePostLevelDetectors()
    {
        foreach (var descriptor in PostLevelDescriptors())
        {
            _severityById.TryAdd(descriptor.Id, ReportDiagnostic.Suppress);
        }

        return this;
    }

    /// <summary>What the post-level analyzers declare they report (PS1100, PS2001, PS2002, PS3001, PS4001).</summary>
    private IEnumerable<DiagnosticDescriptor> PostLevelDescriptors() =>
        _analyzers.Where(a => a is QuasiIdentifierAnalyzer or PostLevelAnalyzer).SelectMany(a => a.SupportedDiagnostics);

    /// <summary>Chooses how the post-level detectors decide (evaluation compares the three).</summary>
    internal PostScreenerBuilder WithPostLevelMode(PostLevelMode mode)
    {
        _analyzers.RemoveAll(a => a is PostLevelAnalyzer);
        _analyzers.Add(new PostLevelAnalyzer(mode));
        return this;
    }

    /// <summary>Builds the immutable, thread-safe screener.</summary>
    public PostScreener Build()
    {
        var recognizers = BuiltIns(_referenceYear).Where(r => !_removedBuiltIns.Contains(r.Name)).Concat(_recognizers).ToArray();
        var analyzers = _analyzers.ToArray();
        var supported = Descriptors.All.Where(d => d.Category == DiagnosticCategory.Tool)
            .Concat(analyzers.SelectMany(a => a.SupportedDiagnostics))
            .DistinctBy(d => d.Id)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToArray();
        var driver = new ScreeningDriver(recognizers, analyzers, new SeverityConfiguration(_severityById, _severityByCategory), _allowList, _maxLength, _showValues);
        return new PostScreener(driver, supported, _maxLength);
    }

    private static IEnumerable<Recognizer> BuiltIns(int referenceYear)
    {
        yield return new PhoneRecognizer();
        yield return new SsnRecognizer();
        yield return new CardRecognizer();
        yield return new DateRecognizer();
        yield return new ZipRecognizer();
        yield return new NetworkAddressRecognizer();
        yield return new EmailRecognizer();
        yield return new UrlRecognizer();
        yield return new HandleRecognizer();
        yield return new IdentifierCodeRecognizer();
        yield return new NameRecognizer();
        yield return new AddressRecognizer();
        yield return new LocationRecognizer();
        yield return new AgeRecognizer(referenceYear);
        yield return new PhotoRecognizer();
        yield return new BiometricRecognizer();
    }
}
