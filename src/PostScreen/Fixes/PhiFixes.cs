using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace PostScreen;

/// <summary>
/// The fixes for a patient-linked identifier, as Safe Harbor allows: redact to a placeholder
/// (<c>[NAME]</c>); generalize a date to its year, an age over 89 to "90 or older", a ZIP code to
/// its first three digits (<c>000</c> for the restricted areas of under 20,000 people).
/// </summary>
internal static class PhiFixes
{
    // Three-digit ZIP areas with 20,000 or fewer people (HHS guidance, 2000 census): generalize to 000.
    private static readonly string[] RestrictedZip3 =
        ["036", "059", "063", "102", "203", "556", "692", "790", "821", "823", "830", "831", "878", "879", "884", "890", "893"];

    // Built once per kind: titles and placeholders are the same for every finding.
    private static readonly string[] RedactTitles =
        [.. Enumerable.Range(0, 23).Select(i => i == 0 ? "" : $"Redact the {((EntityKind)i).ToEntityName().ToLowerInvariant().Replace('_', ' ')}")];

    private static readonly string[] Placeholders =
        [.. Enumerable.Range(0, 23).Select(i => i == 0 ? "" : "[" + ((EntityKind)i).ToEntityName() + "]")];

    /// <summary>The fixes of a patient-linked identifier, built when a caller reads them.</summary>
    public static DeferredFixes Deferred(RecognizedEntity entity, string text) => new EntityFixes(entity.Span, entity.Kind, text);

    private static ImmutableArray<TextFix> For(TextSpan span, EntityKind kind, string text)
    {
        var value = text.AsSpan(span.Start, span.Length);
        var redact = new TextFix(RedactTitles[(int)kind], FixKind.Redact, span, Placeholders[(int)kind]);
        switch (kind)
        {
            case EntityKind.Date:
                return YearOf(value) is { } year
                    ? [new TextFix("Generalize the date to its year", FixKind.Generalize, span, year), redact]
                    : [redact];
            case EntityKind.Age:
                return [new TextFix("Generalize the age to \"90 or older\"", FixKind.Generalize, span, "90 or older"), redact];
            case EntityKind.Zip when value.Length >= 5 && char.IsAsciiDigit(value[0]):
            {
                var zip3 = value[..3].ToString();
                var general = Array.IndexOf(RestrictedZip3, zip3) >= 0 ? "000" : zip3;
                return [new TextFix("Generalize the ZIP code to its first three digits", FixKind.Generalize, span, general), redact];
            }

            default:
                return [redact];
        }
    }

    /// <summary>The four-digit year in a date, or a two-digit year at the end of a numeric date.</summary>
    private static string? YearOf(ReadOnlySpan<char> date)
    {
        for (var i = 0; i + 4 <= date.Length; i++)
        {
            var slice = date.Slice(i, 4);
            if ((slice[0] is '1' or '2') && char.IsAsciiDigit(slice[1]) && char.IsAsciiDigit(slice[2]) && char.IsAsciiDigit(slice[3]) &&
                (i == 0 || !char.IsAsciiDigit(date[i - 1])) && (i + 4 == date.Length || !char.IsAsciiDigit(date[i + 4])))
            {
                return slice.ToString();
            }
        }

        return null;
    }

    private sealed class EntityFixes(TextSpan span, EntityKind kind, string text) : DeferredFixes
    {
        public override TextFix[] Create() => ImmutableCollectionsMarshal.AsArray(For(span, kind, text))!;
    }
}
