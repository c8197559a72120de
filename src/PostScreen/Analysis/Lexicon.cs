using System.Collections.Frozen;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PostScreen.Analysis;

/// <summary>
/// The word lists behind <see cref="Lex"/>, loaded once from the embedded <c>lexicon.txt</c>.
/// Lookups take a span of the text, so classifying a token allocates nothing.
/// </summary>
/// <remarks>
/// Every word token is classified, so the word table is a hand-rolled open-addressing hash over
/// ASCII-lower-cased characters (FNV-1a): about half the cost of a case-insensitive
/// dictionary lookup. The lexicon is ASCII, so a token with any other character is unknown.
/// The table is compact because text that is not in the caches (every post of a batch is new)
/// pays a cache miss for each line a lookup touches: a probe reads a 64 KB table of 16-bit entry
/// numbers, a hit then one 24-byte entry (whose stored hash rejects almost every other word) and
/// the entry's characters in one shared string. An earlier table of strings, classes and tones in
/// three arrays of 65,536 slots touched four lines spread over a megabyte.
/// </remarks>
internal static class Lexicon
{
    private static readonly ushort[] Slots; // entry number + 1, or 0 for an empty slot
    private static readonly Entry[] Entries;
    private static readonly string Chars; // every entry's lower-cased word, one after another
    private static readonly int Mask;
    private static readonly FrozenSet<string> MultiwordCities;
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MultiwordLookup;

    static Lexicon()
    {
        var words = new Dictionary<string, Lex>(StringComparer.OrdinalIgnoreCase);
        var tones = new Dictionary<string, Tone>(StringComparer.OrdinalIgnoreCase);
        var multi = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PostScreen.Resources.lexicon.txt")
            ?? throw new InvalidOperationException("The embedded lexicon is missing from the PostScreen assembly.");
        using var reader = new StreamReader(stream);
        var current = Lex.None;
        var currentTone = Tone.None; // a [Tone.X] block: words of a tone class, not of a Lex class
        var inMultiword = false;
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            if (trimmed[0] == '[')
            {
                var name = trimmed[1..^1];
                inMultiword = name == "MultiwordCity";
                currentTone = name.StartsWith("Tone.", StringComparison.Ordinal) ? Enum.Parse<Tone>(name[5..]) : Tone.None;
                current = inMultiword ? Lex.City : currentTone != Tone.None ? Lex.None : Enum.Parse<Lex>(name);
                continue;
            }

            if (inMultiword)
            {
                multi.Add(trimmed);
                continue;
            }

            foreach (var word in trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                words[word] = words.GetValueOrDefault(word) | current;
                if (currentTone != Tone.None)
                {
                    tones[word] = tones.GetValueOrDefault(word) | currentTone;
                }
            }
        }

        // Cue phrases are matched only from tokens marked here, so most tokens skip their lookup.
        foreach (var word in Classifiers.CuePhrases.FirstWords())
        {
            words[word] = words.GetValueOrDefault(word) | Lex.CueStart;
        }

        if (words.Count >= ushort.MaxValue)
        {
            throw new InvalidOperationException("The lexicon has outgrown its table's 16-bit entry numbers.");
        }

        // Load factor at most 1/2: probes stay short, and the slot table stays 64 KB.
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)words.Count * 2);
        Slots = new ushort[size];
        Entries = new Entry[words.Count];
        Mask = size - 1;
        var chars = new System.Text.StringBuilder();
        var n = 0;
        foreach (var (word, lex) in words)
        {
            var key = word.ToLowerInvariant();
            var hash = HashWord(key);
            var slot = (int)hash & Mask;
            while (Slots[slot] != 0)
            {
                slot = (slot + 1) & Mask;
            }

            Entries[n] = new Entry(lex, hash, chars.Length, checked((byte)key.Length), tones.GetValueOrDefault(word));
            chars.Append(key);
            Slots[slot] = (ushort)++n;
        }

        Chars = chars.ToString();
        MultiwordCities = multi.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        MultiwordLookup = MultiwordCities.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The FNV-1a offset basis: the hash of an empty word.</summary>
    public const uint HashSeed = 2166136261u;

    /// <summary>One FNV-1a step over an ASCII-lower-cased character (the tokenizer hashes as it scans).</summary>
    public static uint HashStep(uint hash, char lower) => (hash ^ lower) * 16777619u;

    /// <summary>The hash the tokenizer gives an ASCII word (<see cref="HashStep"/> over its lower-cased characters).</summary>
    public static uint HashWord(ReadOnlySpan<char> word)
    {
        var hash = HashSeed;
        foreach (var c in word)
        {
            hash = HashStep(hash, Lower(c));
        }

        return hash;
    }

    /// <summary>
    /// The classes of an ASCII word whose hash (<see cref="HashStep"/> over its lower-cased
    /// characters) is already known.
    /// </summary>
    public static Lex Classify(ReadOnlySpan<char> word, uint hash) => Classify(word, hash, out _);

    /// <summary>The classes and the tone classes of an ASCII word (letters and inner apostrophes, as the tokenizer makes them) whose hash is already known.</summary>
    public static Lex Classify(ReadOnlySpan<char> word, uint hash, out Tone tone)
    {
        var slots = Slots;
        var entries = Entries;
        for (var slot = (int)hash & Mask; slots[slot] is var number and not 0; slot = (slot + 1) & Mask)
        {
            ref readonly var entry = ref entries[number - 1];
            if (entry.Hash == hash && entry.Length == word.Length && EqualsLower(Chars.AsSpan(entry.Offset, entry.Length), word))
            {
                tone = entry.Tone;
                return entry.Lex;
            }
        }

        tone = Tone.None;
        return IsDrugBySuffix(word) ? Lex.Drug : Lex.None;
    }

    /// <summary>One word of the table: its classes, its hash, and where its characters are in <see cref="Chars"/>.</summary>
    private readonly struct Entry(Lex lex, uint hash, int offset, byte length, Tone tone)
    {
        public readonly Lex Lex = lex;
        public readonly uint Hash = hash;
        public readonly int Offset = offset;
        public readonly byte Length = length;
        public readonly Tone Tone = tone;
    }

    /// <summary>
    /// Generic drug names share stems (the USAN and INN naming rules): "-olol" beta blockers, "-pril",
    /// "-sartan", "-statin", "-cillin", "-floxacin", "-prazole", "-mab". The listed drugs are a
    /// hundred; a word the lexicon does not know, of seven letters or more, with one of these stems
    /// is a drug too ("flucloxacillin", "bisoprolol", "dapagliflozin"). No common English word of
    /// that length ends in one ("cholesterol" does end in "-terol", so that stem is not here).
    /// </summary>
    private static bool IsDrugBySuffix(ReadOnlySpan<char> word)
    {
        if (word.Length < 7 || !char.IsAsciiLetter(word[^1]) || !char.IsAsciiLetter(word[^2])
            || !StemEndings[((word[^2] | 0x20) - 'a') * 26 + ((word[^1] | 0x20) - 'a')])
        {
            return false; // most words: no stem ends in their last two letters ("-ed", "-ly", "-ng")
        }

        foreach (var stem in DrugStems[(word[^1] | 0x20) - 'a'])
        {
            if (word.EndsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Stems by their last letter, so a word is compared with at most a handful.
    private static readonly string[][] DrugStems = BuildDrugStems(
        "olol", "pril", "sartan", "dipine", "statin", "cillin", "mycin", "micin", "oxacin", "cycline", "azole", "tidine",
        "parin", "xaban", "gatran", "gliptin", "gliflozin", "glutide", "triptan", "setron", "oxetine", "azepam", "zolam",
        "codone", "morphine", "thiazide", "semide", "pramine", "tyline", "peridol", "apine", "idone", "olone", "isone",
        "umab", "ximab", "tinib", "clovir", "navir", "buvir", "lukast", "dronate", "amol", "profen", "fenac", "afil", "caine",
        "azepine", "barbital", "vudine");

    // Whether any stem ends in a pair of letters (26 × 26, by the pair's letters).
    private static readonly bool[] StemEndings = BuildStemEndings();

    private static bool[] BuildStemEndings()
    {
        var endings = new bool[26 * 26];
        foreach (var stem in DrugStems.SelectMany(s => s))
        {
            endings[(stem[^2] - 'a') * 26 + (stem[^1] - 'a')] = true;
        }

        return endings;
    }

    private static string[][] BuildDrugStems(params string[] stems)
    {
        var byLast = new string[26][];
        for (var c = 0; c < 26; c++)
        {
            byLast[c] = [.. stems.Where(s => s[^1] - 'a' == c)];
        }

        return byLast;
    }

    private static char Lower(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;

    /// <summary>
    /// Whether an ASCII word of letters and apostrophes equals a lower-cased key of its length.
    /// OR-ing 0x20 lower-cases an ASCII letter and leaves an apostrophe as it is, so four characters
    /// compare at once (the last four overlapping the ones before); a character loop with a branch
    /// per character cost more than the rest of a lookup.
    /// </summary>
    private static bool EqualsLower(ReadOnlySpan<char> lowerKey, ReadOnlySpan<char> word)
    {
        var n = word.Length;
        if (n < 4)
        {
            for (var i = 0; i < n; i++)
            {
                if ((word[i] | 0x20) != lowerKey[i])
                {
                    return false;
                }
            }

            return true;
        }

        const ulong Case = 0x0020_0020_0020_0020;
        ref var k = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(lowerKey));
        ref var w = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(word));
        var last = (nint)(n - 4) * sizeof(char);
        for (nint offset = 0; offset < last; offset += 4 * sizeof(char))
        {
            if ((Unsafe.ReadUnaligned<ulong>(ref Unsafe.AddByteOffset(ref w, offset)) | Case) != Unsafe.ReadUnaligned<ulong>(ref Unsafe.AddByteOffset(ref k, offset)))
            {
                return false;
            }
        }

        return (Unsafe.ReadUnaligned<ulong>(ref Unsafe.AddByteOffset(ref w, last)) | Case) == Unsafe.ReadUnaligned<ulong>(ref Unsafe.AddByteOffset(ref k, last));
    }

    /// <summary>Whether a slice such as "San Diego" is a known multi-word place.</summary>
    public static bool IsMultiwordCity(ReadOnlySpan<char> slice) => MultiwordLookup.Contains(slice);
}
