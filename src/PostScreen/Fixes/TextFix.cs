namespace PostScreen;

/// <summary>
/// One way to fix a finding, as a Roslyn code action: replace <see cref="Span"/> of the screened
/// text with <see cref="Replacement"/>.
/// </summary>
/// <param name="Title">What the fix does, for a person choosing among fixes.</param>
/// <param name="Kind">Redact, generalize, remove or reply.</param>
/// <param name="Span">The text replaced.</param>
/// <param name="Replacement">The new text.</param>
public sealed record TextFix(string Title, FixKind Kind, TextSpan Span, string Replacement);

/// <summary>The kinds of fix DESIGN.md names.</summary>
public enum FixKind
{
    /// <summary>Replace the identifier with a placeholder such as <c>[NAME]</c>.</summary>
    Redact,

    /// <summary>Generalize as Safe Harbor allows: a date to its year, an age to "90 or older", a ZIP to three digits.</summary>
    Generalize,

    /// <summary>Remove the text.</summary>
    Remove,

    /// <summary>A suggested reply that moves the conversation to a private channel (not applied to the text).</summary>
    SuggestedReply,
}
