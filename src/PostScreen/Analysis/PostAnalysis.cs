using System.Buffers;
using PostScreen.Text;

namespace PostScreen.Analysis;

/// <summary>
/// The shared analysis of one post, built once by the driver and read by every recognizer and
/// analyzer: normalized text, tokens with their lexical classes, sentences, digit chains, and the
/// recognized entities. Pooled buffers are returned on <see cref="Dispose"/>.
/// </summary>
internal sealed class PostAnalysis : IDisposable
{
    private Token[] _tokens;
    private int _tokenCount;
    private Lex[] _sentenceLex;
    private List<DigitChain>? _chains;
    private Scratch? _scratch;
    private List<RecognizedEntity>? _candidates;

    public PostAnalysis(NormalizedText text)
    {
        Normalized = text;
        // The candidates' and digit chains' lists come from per-thread scratch, taken for the
        // analysis's life (a nested analysis, such as a paragraph's, makes its own): per post, new
        // lists and their growth were a fifth of what screening allocated on posts dense with numbers.
        _scratch = t_scratch ?? new Scratch();
        t_scratch = null;
        _candidates = _scratch.Candidates;
        _tokens = Tokenizer.Tokenize(text.Value, out _tokenCount, out var totals);
        _sentenceLex = totals.SentenceLex;
        (SentenceCount, PostLex, PostTone, HasDigits) = (totals.SentenceCount, totals.PostLex, totals.PostTone, totals.HasDigits);
    }

    public NormalizedText Normalized { get; }

    public string Text => Normalized.Value;

    public ReadOnlySpan<Token> Tokens => _tokens.AsSpan(0, _tokenCount);

    public int SentenceCount { get; }

    /// <summary>Whether any token has a digit: recognizers of numbers and codes skip posts without one.</summary>
    public bool HasDigits { get; }

    /// <summary>The union of the lexical classes of every word in the post.</summary>
    public Lex PostLex { get; }

    /// <summary>The union of the tone classes of every word in the post.</summary>
    public Tone PostTone { get; }

    /// <summary>
    /// Candidates as reported, before overlaps are resolved. Valid until <see cref="Dispose"/>: the
    /// list then goes to the thread's next analysis, so a recognizer that kept its context and reports
    /// later is told so rather than writing into another post's candidates.
    /// </summary>
    public List<RecognizedEntity> Candidates =>
        _candidates ?? throw new ObjectDisposedException(nameof(PostAnalysis), "This post's screening has finished; report candidates only while Recognize runs.");

    /// <summary>
    /// The resolved entities, in position order. Never pooled nor cleared: a post-level finding keeps
    /// the list to name the words of an identifier by their entity when its explanation is read, after
    /// the analysis is gone.
    /// </summary>
    public List<RecognizedEntity> Entities { get; } = [];

    /// <summary>The union of the lexical classes of the words of one sentence.</summary>
    public Lex SentenceLex(int sentence) => (uint)sentence < (uint)SentenceCount ? _sentenceLex[sentence] : Lex.None;

    /// <summary>The digit chains of the post, found on first use.</summary>
    public List<DigitChain> Chains
    {
        get
        {
            if (_chains is null)
            {
                _chains = _scratch?.Chains ?? [];
                DigitChainScanner.Scan(this, _chains);
            }

            return _chains;
        }
    }

    public void AddCandidate(RecognizedEntity entity) => Candidates.Add(entity);

    /// <summary>Index of the token containing or starting after <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        var tokens = Tokens;
        int lo = 0, hi = tokens.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>The first token of the sentence that token <paramref name="index"/> is in.</summary>
    public int SentenceStart(int index)
    {
        var tokens = Tokens;
        var first = index;
        while (first > 0 && tokens[first - 1].Sentence == tokens[index].Sentence)
        {
            first--;
        }

        return first;
    }

    /// <summary>
    /// The last token of the handle whose first word is token <paramref name="index"/> ("@maria_icu":
    /// "maria", "_", "icu"), or -1 when no '@' stands right before it.
    /// </summary>
    public int HandleLast(int index)
    {
        var tokens = Tokens;
        if (index <= 0 || index >= tokens.Length || !tokens[index - 1].IsPunct('@', Text) || tokens[index - 1].End != tokens[index].Start
            || tokens[index].Kind == TokenKind.Punct)
        {
            return -1;
        }

        var last = index;
        while (last + 1 < tokens.Length && tokens[last + 1].Start == tokens[last].End
               && (tokens[last + 1].Kind != TokenKind.Punct || Text[tokens[last + 1].Start] == '_'))
        {
            last++; // the rest of the handle
        }

        return last;
    }

    /// <summary>Whether the post has a handle: it is addressed to someone.</summary>
    public bool HasHandle => OutsideHandles().HasHandle;

    /// <summary>The union of the lexical classes of a sentence's words outside handles.</summary>
    public Lex SentenceLexOutsideHandles(int sentence) =>
        (uint)sentence < (uint)SentenceCount ? OutsideHandles().Sentences[sentence] : Lex.None;

    private HandleFreeLex? _outsideHandles;

    /// <summary>
    /// The sentences' word classes with handles left out, found in one pass on first use (only a
    /// handle's linkage and a conditional cue ask):
    /// a health word inside a handle says nothing about anyone's health.
    /// </summary>
    private HandleFreeLex OutsideHandles()
    {
        if (_outsideHandles is { } done)
        {
            return done;
        }

        var tokens = Tokens;
        var sentences = new Lex[Math.Max(1, SentenceCount)];
        var hasHandle = false;
        for (var k = 0; k < tokens.Length; k++)
        {
            if (HandleLast(k) is var last and >= 0)
            {
                hasHandle = true;
                k = last;
                continue;
            }

            sentences[tokens[k].Sentence] |= tokens[k].Lex;
        }

        return _outsideHandles = new HandleFreeLex(sentences, hasHandle);
    }

    private sealed record HandleFreeLex(Lex[] Sentences, bool HasHandle);

    /// <summary>Whether a word of class <paramref name="cue"/> occurs within <paramref name="window"/> tokens before token <paramref name="index"/>, in its sentence.</summary>
    public bool CueBefore(int index, Lex cue, int window) => CueWithin(index, cue, window, step: -1);

    /// <summary>Whether a word of class <paramref name="cue"/> occurs within <paramref name="window"/> tokens after token <paramref name="index"/>, in its sentence.</summary>
    public bool CueAfter(int index, Lex cue, int window) => CueWithin(index, cue, window, step: 1);

    /// <summary>
    /// Scans from token <paramref name="index"/> in the direction of <paramref name="step"/> over at
    /// most <paramref name="window"/> non-punctuation tokens of the same sentence. An index just
    /// past the end belongs to the last sentence (a cue before the end of the text).
    /// </summary>
    private bool CueWithin(int index, Lex cue, int window, int step)
    {
        var tokens = Tokens;
        if (step > 0 ? (uint)index >= (uint)tokens.Length : (uint)index > (uint)tokens.Length)
        {
            return false;
        }

        var sentence = index < tokens.Length ? tokens[index].Sentence : (tokens.Length > 0 ? tokens[^1].Sentence : 0);
        for (int k = index + step, seen = 0; k >= 0 && k < tokens.Length && seen < window; k += step)
        {
            if (tokens[k].Sentence != sentence)
            {
                break;
            }

            if (tokens[k].Has(cue))
            {
                return true;
            }

            if (tokens[k].Kind != TokenKind.Punct)
            {
                seen++;
            }
        }

        return false;
    }

    public void Dispose()
    {
        if (_tokens.Length > 0)
        {
            ArrayPool<Token>.Shared.Return(_tokens);
            ArrayPool<Lex>.Shared.Return(_sentenceLex);
            _tokens = [];
            _sentenceLex = [];
            _tokenCount = 0;
        }

        if (_scratch is { } scratch)
        {
            (_scratch, _candidates, _chains) = (null, null, null);
            scratch.Candidates.Clear();
            scratch.Chains.Clear();
            if (scratch.Candidates.Capacity <= 256 && scratch.Chains.Capacity <= 256)
            {
                t_scratch = scratch; // lists grown by an outsized post are let go
            }
        }
    }

    [ThreadStatic]
    private static Scratch? t_scratch;

    /// <summary>The lists one analysis at a time on a thread reuses.</summary>
    private sealed class Scratch
    {
        public List<RecognizedEntity> Candidates { get; } = new(16);

        public List<DigitChain> Chains { get; } = new(16);
    }
}
