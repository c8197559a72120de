using System.Net;
using System.Net.Sockets;
using PostScreen.Analysis;

namespace PostScreen.Recognizers;

/// <summary>
/// IPv4 addresses (dotted quads, every octet 0–255), IPv6 addresses (validated by
/// <see cref="IPAddress.TryParse(ReadOnlySpan{char}, out IPAddress?)"/>), and MAC addresses
/// (six hex pairs, or Cisco's three dotted quads), which are device identifiers.
/// </summary>
internal sealed class NetworkAddressRecognizer : BuiltInRecognizer
{
    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(":-.");

    public override string Name => "network";

    protected override void Recognize(PostAnalysis analysis, RecognitionContext context)
    {
        var text = analysis.Text;
        Span<int> groups = stackalloc int[4];
        foreach (var chain in analysis.Chains)
        {
            if (chain.GroupCount != 4 || chain.Separators != ChainSeparators.Dot || chain.GluedAfter || chain.LeadingPlus)
            {
                continue;
            }

            chain.GroupLengths(analysis, groups);
            if (groups[0] > 3 || groups[1] > 3 || groups[2] > 3 || groups[3] > 3)
            {
                continue;
            }

            // A trailing dot followed by a digit means a longer dotted number (a version string).
            if (chain.End < text.Length - 1 && text[chain.End] == '.' && char.IsAsciiDigit(text[chain.End + 1]))
            {
                continue;
            }

            if (IPAddress.TryParse(text.AsSpan(chain.Start, chain.End - chain.Start), out var ip) && ip.AddressFamily == AddressFamily.InterNetwork &&
                ValidOctets(text.AsSpan(chain.Start, chain.End - chain.Start)))
            {
                context.Report(EntityKind.Ip, chain.Span, 0.85);
            }
        }

        ScanHex(analysis, context);
    }

    private static bool ValidOctets(ReadOnlySpan<char> s)
    {
        foreach (var range in s.Split('.'))
        {
            var part = s[range];
            if (part.Length > 1 && part[0] == '0')
            {
                return false; // leading zeros are octal in some parsers; not a plain address
            }

            if (int.Parse(part, provider: null) > 255)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Tests maximal runs of hex digits, ':', '-' and '.' as IPv6 or MAC addresses. Runs are found
    /// from their separators (a separator between hex digits or colons), so ordinary prose costs one
    /// vectorized search per separator rather than a look at every character.
    /// </summary>
    private static void ScanHex(PostAnalysis analysis, RecognitionContext context)
    {
        var text = analysis.Text;
        var position = 0;
        while (position < text.Length)
        {
            var found = text.AsSpan(position).IndexOfAny(Separators);
            if (found < 0)
            {
                return;
            }

            var s = position + found;
            position = s + 1;
            var before = s > 0 ? text[s - 1] : ' ';
            var after = s + 1 < text.Length ? text[s + 1] : ' ';
            var between = (char.IsAsciiHexDigit(before) || before == ':') && (char.IsAsciiHexDigit(after) || after == ':');
            if (!between && !(text[s] == ':' && after == ':'))
            {
                // Not between hex digits or colons, and not the start of "::" (the unspecified address).
                continue;
            }

            var i = s;
            while (i > 0 && IsHexRunChar(text[i - 1]))
            {
                i--;
            }

            if (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '_'))
            {
                // The run continues a word ("bed-side", "E-mail"): skip it.
                position = SkipRun(text, s);
                continue;
            }

            var j = i;
            while (j < text.Length && j - i < 64 && IsHexRunChar(text[j]))
            {
                j++;
            }

            position = Math.Max(position, j);
            var colons = text.AsSpan(i, j - i).Count(':');

            // Trim trailing punctuation ("... 00:1A:2B:3C:4D:5E." or a sentence-ending colon), keeping a final "::".
            var end = j;
            while (end > i && text[end - 1] is '.' or '-' or ':' && !(end - i >= 2 && text[end - 2] == ':' && text[end - 1] == ':'))
            {
                end--;
            }

            var glued = j < text.Length && (char.IsLetterOrDigit(text[j]) || text[j] == '_');
            var run = text.AsSpan(i, end - i);
            if (glued || run.Length < 2)
            {
                position = SkipRun(text, j);
                continue;
            }

            if (IsMac(run))
            {
                context.Report(EntityKind.Device, new TextSpan(i, run.Length), 0.85);
            }
            else if (colons >= 2 && IPAddress.TryParse(run, out var ip) && ip.AddressFamily == AddressFamily.InterNetworkV6)
            {
                context.Report(EntityKind.Ip, new TextSpan(i, run.Length), 0.9);
            }
        }
    }

    private static int SkipRun(string text, int from)
    {
        while (from < text.Length && (char.IsLetterOrDigit(text[from]) || IsHexRunChar(text[from])))
        {
            from++;
        }

        return from;
    }

    private static bool IsHexRunChar(char c) => char.IsAsciiHexDigit(c) || c is ':' or '-' or '.';

    /// <summary>00:1A:2B:3C:4D:5E, 00-1A-2B-3C-4D-5E (one separator kind), or 0012.3456.789A; not all-zero or broadcast.</summary>
    internal static bool IsMac(ReadOnlySpan<char> s)
    {
        if (s.Length == 17 && (s[2] is ':' or '-'))
        {
            var sep = s[2];
            for (var g = 0; g < 6; g++)
            {
                if (!char.IsAsciiHexDigit(s[g * 3]) || !char.IsAsciiHexDigit(s[g * 3 + 1]) || (g < 5 && s[g * 3 + 2] != sep))
                {
                    return false;
                }
            }
        }
        else if (s.Length == 14 && s[4] == '.' && s[9] == '.')
        {
            for (var i = 0; i < 14; i++)
            {
                if (i is not (4 or 9) && !char.IsAsciiHexDigit(s[i]))
                {
                    return false;
                }
            }
        }
        else
        {
            return false;
        }

        var allZero = true;
        var allF = true;
        foreach (var c in s)
        {
            if (char.IsAsciiHexDigit(c))
            {
                allZero &= c == '0';
                allF &= c is 'f' or 'F';
            }
        }

        return !allZero && !allF;
    }
}
