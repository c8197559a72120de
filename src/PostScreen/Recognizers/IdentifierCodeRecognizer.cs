using PostScreen.Analysis;

namespace PostScreen.Recognizers;

/// <summary>
/// Identifier codes: a code after a cue word decides the kind ("MRN 4471902" → MRN, "Medicare
/// ID" → HEALTH_PLAN, "plate" → VEHICLE, "serial" → DEVICE, "licence" → LICENSE, "case #" →
/// OTHER_ID); and formats that validate on their own: the Medicare MBI, VINs with their check
/// digit, DEA numbers with their check digit.
/// </summary>
internal sealed class IdentifierCodeRecognizer : BuiltInRecognizer
{
    private const Lex SpecificCues = Lex.MrnCue | Lex.HealthPlanCue | Lex.AccountCue | Lex.LicenseCue | Lex.VehicleCue | Lex.DeviceCue;

    public override string Name => "identifier-code";

    protected override void Recognize(PostAnalysis analysis, RecognitionContext context)
    {
        if (!analysis.HasDigits)
        {
            return; // every code has a digit
        }

        var tokens = analysis.Tokens;
        var text = analysis.Text;
        Span<char> code = stackalloc char[40];
        for (var k = 0; k < tokens.Length; k++)
        {
            ref readonly var t = ref tokens[k];

            // Most tokens are words, and a word is part of a code only when a hyphen joins it to the
            // next token ("AB-1234"): without one, the tests below would all pass it by.
            if (t.Kind == TokenKind.Word && !(k + 1 < tokens.Length && tokens[k + 1].Start == t.End && tokens[k + 1].IsPunct('-', text)))
            {
                continue;
            }

            if (t.Kind is not (TokenKind.Number or TokenKind.Mixed or TokenKind.Word) || (k > 0 && tokens[k - 1].End == t.Start && tokens[k - 1].Kind != TokenKind.Punct))
            {
                continue;
            }

            if (k > 0 && tokens[k - 1].End == t.Start && text[tokens[k - 1].Start] == '@')
            {
                continue; // a handle
            }

            // A code run: adjacent alphanumeric tokens joined by '-' (no spaces).
            var last = k;
            while (last + 2 < tokens.Length && tokens[last + 1].IsPunct('-', text) && tokens[last + 1].Start == tokens[last].End &&
                   tokens[last + 2].Start == tokens[last + 1].End && tokens[last + 2].Kind != TokenKind.Punct)
            {
                last += 2;
            }

            // A lone word, or a lone token shorter than any code, cannot be an identifier: skip the work below.
            if (last == k && (t.Kind == TokenKind.Word || t.Length < 5))
            {
                continue;
            }

            var end = tokens[last].End;
            if (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '@' or '_'))
            {
                k = last;
                continue;
            }

            var n = 0;
            int digits = 0, letters = 0;
            for (var j = k; j <= last && n < code.Length; j++)
            {
                foreach (var c in tokens[j].Value(text))
                {
                    if (n == code.Length)
                    {
                        break;
                    }

                    if (char.IsAsciiDigit(c))
                    {
                        digits++;
                        code[n++] = c;
                    }
                    else if (char.IsAsciiLetter(c))
                    {
                        letters++;
                        code[n++] = c;
                    }
                }
            }

            var value = code[..n];
            var span = TextSpan.FromBounds(t.Start, end);
            if (digits == 0 || (letters > 0 && last == k && t.Kind == TokenKind.Word))
            {
                k = last;
                continue;
            }

            if (digits > 0 && letters > 0 && IsMbi(value))
            {
                context.Report(EntityKind.HealthPlan, span, analysis.CueBefore(k, Lex.HealthPlanCue, 4) ? 0.97 : 0.85);
            }
            else if (n == 17 && Checksums.Vin(value))
            {
                context.Report(EntityKind.Vehicle, span, 0.9);
            }
            else if (n == 9 && letters == 2 && Checksums.Dea(value) && "ABCDEFGHJKLMPRSTUX".Contains(char.ToUpperInvariant(value[0])))
            {
                context.Report(EntityKind.License, span, 0.85);
            }
            else if (LooksLikeCode(value, digits, letters) && CueKind(analysis, k) is { } kind)
            {
                if (kind == EntityKind.License && n == 10 && letters == 0 && IsNpiCue(analysis, k) && !Checksums.Npi(value))
                {
                    k = last;
                    continue;
                }

                context.Report(kind, span, kind == EntityKind.OtherId ? 0.75 : 0.85);
            }

            k = last;
        }
    }

    /// <summary>Long enough, and digit-bearing enough, to be an identifier rather than a count or a dose.</summary>
    private static bool LooksLikeCode(ReadOnlySpan<char> value, int digits, int letters) =>
        (value.Length >= 5 && digits >= 3) || (value.Length >= 6 && digits >= 2 && letters > 0);

    /// <summary>
    /// The kind named by the nearest cue in the five words before the code. A generic cue ("ID",
    /// "number", "#") defers to a specific cue right before it ("Medicare ID", "MRN #").
    /// </summary>
    private static EntityKind? CueKind(PostAnalysis analysis, int index)
    {
        var tokens = analysis.Tokens;
        var sentence = tokens[index].Sentence;
        var generic = false;
        for (int k = index - 1, seen = 0; k >= 0 && seen < 5; k--)
        {
            ref readonly var t = ref tokens[k];
            if (t.Sentence != sentence)
            {
                break;
            }

            if (t.Kind == TokenKind.Punct)
            {
                generic |= analysis.Text[t.Start] == '#';
                continue;
            }

            seen++;
            if ((t.Lex & SpecificCues) != 0)
            {
                return t.Has(Lex.MrnCue) ? EntityKind.Mrn
                    : t.Has(Lex.HealthPlanCue) ? EntityKind.HealthPlan
                    : t.Has(Lex.VehicleCue) ? EntityKind.Vehicle
                    : t.Has(Lex.DeviceCue) ? EntityKind.Device
                    : t.Has(Lex.LicenseCue) ? EntityKind.License
                    : EntityKind.Account;
            }

            if (t.Has(Lex.IdCue))
            {
                generic = true;
            }
            else if (generic || seen > 2)
            {
                // Past the generic cue and its qualifier: the nearest cue was generic.
                return generic ? EntityKind.OtherId : null;
            }
        }

        return generic ? EntityKind.OtherId : null;
    }

    private static bool IsNpiCue(PostAnalysis analysis, int index)
    {
        var tokens = analysis.Tokens;
        for (int k = index - 1; k >= 0 && k >= index - 4; k--)
        {
            if (tokens[k].IsWord(analysis.Text, "npi"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Medicare Beneficiary Identifier: C A AN N A AN N A A N N, where C is 1–9, N a digit, A a
    /// letter other than S, L, O, I, B, Z.
    /// </summary>
    internal static bool IsMbi(ReadOnlySpan<char> v)
    {
        if (v.Length != 11)
        {
            return false;
        }

        // positions: 0 C, 1 A, 2 AN, 3 N, 4 A, 5 AN, 6 N, 7 A, 8 A, 9 N, 10 N
        return v[0] is >= '1' and <= '9' && MbiLetter(v[1]) && (MbiLetter(v[2]) || char.IsAsciiDigit(v[2])) &&
               char.IsAsciiDigit(v[3]) && MbiLetter(v[4]) && (MbiLetter(v[5]) || char.IsAsciiDigit(v[5])) &&
               char.IsAsciiDigit(v[6]) && MbiLetter(v[7]) && MbiLetter(v[8]) && char.IsAsciiDigit(v[9]) && char.IsAsciiDigit(v[10]);
    }

    private static bool MbiLetter(char c)
    {
        var u = char.ToUpperInvariant(c);
        return char.IsAsciiLetterUpper(u) && u is not ('S' or 'L' or 'O' or 'I' or 'B' or 'Z');
    }
}
