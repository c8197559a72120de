namespace PostScreen.Recognizers;

/// <summary>Check-digit algorithms used to validate identifiers.</summary>
internal static class Checksums
{
    /// <summary>Luhn (mod 10) over ASCII digits: cards, IMEI, NPI (with its 80840 prefix).</summary>
    public static bool Luhn(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if ((uint)d > 9)
            {
                return false;
            }

            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return digits.Length > 0 && sum % 10 == 0;
    }

    /// <summary>NPI: Luhn over "80840" followed by the ten digits.</summary>
    public static bool Npi(ReadOnlySpan<char> tenDigits)
    {
        if (tenDigits.Length != 10 || tenDigits[0] is not ('1' or '2'))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[15];
        "80840".CopyTo(buffer);
        tenDigits.CopyTo(buffer[5..]);
        return Luhn(buffer);
    }

    /// <summary>North American VIN check digit (position 9).</summary>
    public static bool Vin(ReadOnlySpan<char> vin)
    {
        if (vin.Length != 17)
        {
            return false;
        }

        ReadOnlySpan<int> weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
        var sum = 0;
        var letters = 0;
        var digits = 0;
        for (var i = 0; i < 17; i++)
        {
            var c = char.ToUpperInvariant(vin[i]);
            int value;
            if (char.IsAsciiDigit(c))
            {
                value = c - '0';
                digits++;
            }
            else
            {
                value = VinLetter(c);
                if (value < 0)
                {
                    return false;
                }

                letters++;
            }

            sum += value * weights[i];
        }

        var check = sum % 11;
        var expected = check == 10 ? 'X' : (char)('0' + check);
        return letters > 0 && digits > 0 && char.ToUpperInvariant(vin[8]) == expected;
    }

    /// <summary>DEA registration number: two letters and seven digits with a check digit.</summary>
    public static bool Dea(ReadOnlySpan<char> value)
    {
        if (value.Length != 9 || !char.IsAsciiLetter(value[0]) || !char.IsAsciiLetter(value[1]))
        {
            return false;
        }

        for (var i = 2; i < 9; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }
        }

        var odd = (value[2] - '0') + (value[4] - '0') + (value[6] - '0');
        var even = (value[3] - '0') + (value[5] - '0') + (value[7] - '0');
        return (odd + 2 * even) % 10 == value[8] - '0';
    }

    private static int VinLetter(char c) => c switch
    {
        'A' or 'J' => 1,
        'B' or 'K' or 'S' => 2,
        'C' or 'L' or 'T' => 3,
        'D' or 'M' or 'U' => 4,
        'E' or 'N' or 'V' => 5,
        'F' or 'W' => 6,
        'G' or 'P' or 'X' => 7,
        'H' or 'Y' => 8,
        'R' or 'Z' => 9,
        _ => -1, // I, O, Q are not allowed
    };
}
