using System.Buffers;

namespace PostScreen.Recognizers;

/// <summary>
/// A user's list of values that are always a patient's (their patients' names, say): every
/// whole-word, case-insensitive occurrence is reported as linked.
/// </summary>
internal sealed class DenyListRecognizer : Recognizer
{
    private readonly EntityKind _kind;
    private readonly string[] _values;
    private readonly SearchValues<string> _search;

    public DenyListRecognizer(EntityKind kind, IEnumerable<string> values)
    {
        _kind = kind;
        _values = values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(v => v.Length).ToArray();
        _search = SearchValues.Create(_values, StringComparison.OrdinalIgnoreCase);
    }

    public override string Name => "deny-list:" + _kind.ToEntityName();

    public override void Recognize(RecognitionContext context)
    {
        if (_values.Length == 0)
        {
            return;
        }

        var text = context.Text;
        var offset = 0;
        while (offset < text.Length)
        {
            var found = text.AsSpan(offset).IndexOfAny(_search);
            if (found < 0)
            {
                return;
            }

            var start = offset + found;
            var length = 0;
            foreach (var value in _values)
            {
                if (text.AsSpan(start).StartsWith(value, StringComparison.OrdinalIgnoreCase))
                {
                    length = value.Length;
                    break;
                }
            }

            var end = start + length;
            var wholeWord = (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end]));
            if (length > 0 && wholeWord)
            {
                context.Report(_kind, new TextSpan(start, length), 0.99, EntityLink.Patient);
            }

            offset = start + Math.Max(1, wholeWord ? length : 1);
        }
    }
}
