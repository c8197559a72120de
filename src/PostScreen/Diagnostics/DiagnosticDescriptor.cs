using System.Globalization;
using System.Text;

namespace PostScreen;

/// <summary>
/// Describes one kind of finding, as Roslyn's <c>DiagnosticDescriptor</c>: its stable ID, the
/// guidance it enforces and its default severity. Descriptors are static and shared.
/// </summary>
public sealed class DiagnosticDescriptor
{
    /// <summary>Base address of the rule pages; each descriptor's help link is this plus <c>{Id}.md</c>.</summary>
    public const string HelpLinkBase = "https://github.com/postscreen/postscreen/blob/main/docs/rules/";

    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">Stable ID such as <c>PS1007</c>.</param>
    /// <param name="title">Short title.</param>
    /// <param name="messageFormat">Composite format for the message; arguments are supplied when reported.</param>
    /// <param name="category">One of <see cref="DiagnosticCategory"/>.</param>
    /// <param name="defaultSeverity">Severity when nothing is configured.</param>
    /// <param name="guidance">The guidance the rule enforces, cited in output.</param>
    /// <param name="helpLinkUri">Rule page; defaults to the page under <see cref="HelpLinkBase"/>.</param>
    /// <param name="isEnabledByDefault">Whether the rule runs when nothing is configured.</param>
    public DiagnosticDescriptor(
        string id,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity defaultSeverity,
        string guidance,
        string? helpLinkUri = null,
        bool isEnabledByDefault = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageFormat);
        ArgumentException.ThrowIfNullOrWhiteSpace(category);
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Guidance = guidance ?? string.Empty;
        HelpLinkUri = helpLinkUri ?? HelpLinkBase + id + ".md";
        IsEnabledByDefault = isEnabledByDefault;
    }

    /// <summary>Stable diagnostic ID (users configure and suppress by it).</summary>
    public string Id { get; }

    /// <summary>Short title.</summary>
    public string Title { get; }

    /// <summary>Composite format string of the message.</summary>
    public string MessageFormat { get; }

    /// <summary>Category string (see <see cref="DiagnosticCategory"/>).</summary>
    public string Category { get; }

    /// <summary>Severity when nothing is configured.</summary>
    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>The guidance this rule enforces.</summary>
    public string Guidance { get; }

    /// <summary>Address of the rule's documentation page.</summary>
    public string HelpLinkUri { get; }

    /// <summary>Whether the rule runs when nothing is configured.</summary>
    public bool IsEnabledByDefault { get; }

    /// <summary>Formats the message with the given arguments.</summary>
    public string FormatMessage(params object?[] args) =>
        args.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, CompositeMessageFormat, args);

    /// <summary>Formats a two-argument message without boxing or re-parsing the format (the PHI hot path).</summary>
    public string FormatMessage(string arg0, string arg1) =>
        string.Format(CultureInfo.InvariantCulture, CompositeMessageFormat, arg0, arg1);

    // Parsed once per descriptor: messages are formatted for every finding.
    private CompositeFormat CompositeMessageFormat => _compositeFormat ??= CompositeFormat.Parse(MessageFormat);

    private CompositeFormat? _compositeFormat;

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Title}";
}
