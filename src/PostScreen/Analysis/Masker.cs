namespace PostScreen.Analysis;

/// <summary>
/// Masks an identifier for messages and logs (CI logs are public). Names, places, emails and
/// handles keep each word's first letter (<c>J*** S****</c>); phone and fax numbers keep their
/// country and area code and last two digits (<c>(555) ***-**34</c>); codes (SSN, MRN, account…)
/// keep their last two characters when at least eight long; ages and image references keep their
/// words but not their numbers. Separators stay, so the shape is recognizable.
/// </summary>
internal static class Masker
{
    public static string Mask(ReadOnlySpan<char> value, EntityKind kind)
    {
        if (value.IsEmpty)
        {
            return string.Empty;
        }

        Span<char> buffer = value.Length <= 256 ? stackalloc char[value.Length] : new char[value.Length];
        value.CopyTo(buffer);
        var alnum = 0;
        var digits = 0;
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                alnum++;
                digits += char.IsDigit(c) ? 1 : 0;
            }
        }

        var phone = kind is EntityKind.Phone or EntityKind.Fax;
        var wordy = kind is EntityKind.Age or EntityKind.Photo or EntityKind.Biometric;
        var code = !phone && !wordy && kind is not (EntityKind.Name or EntityKind.Location or EntityKind.Address or EntityKind.Email or
            EntityKind.Handle or EntityKind.Date or EntityKind.Url);

        // Phone numbers keep the country code and area code: everything before the last seven digits.
        var keepDigitsUpTo = phone && digits >= 10 ? digits - 7 : 0;
        var keepLast = (phone && digits >= 10) || (code && alnum >= 8) ? 2 : 0;
        var seenDigits = 0;
        var index = 0;
        var wordStart = true;
        for (var i = 0; i < buffer.Length; i++)
        {
            var c = buffer[i];
            if (!char.IsLetterOrDigit(c))
            {
                wordStart = true;
                continue;
            }

            index++;
            var keep = index > alnum - keepLast;
            if (char.IsDigit(c))
            {
                seenDigits++;
                keep |= seenDigits <= keepDigitsUpTo;
            }
            else
            {
                keep |= wordy || (wordStart && !code);
            }

            if (!keep)
            {
                buffer[i] = '*';
            }

            wordStart = false;
        }

        return new string(buffer);
    }
}
