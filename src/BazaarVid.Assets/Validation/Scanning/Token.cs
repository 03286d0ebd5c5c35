using System.Buffers;

namespace BazaarVid.Assets.Validation;

/// <summary>The kinds of token the JS/TSX scanner produces.</summary>
internal enum TokenKind : byte
{
    Identifier,
    Number,
    String,
    Template,
    TemplateHead,
    TemplateMiddle,
    TemplateTail,
    Regex,
    Punct,
    JsxTagStart,
    JsxName,
    JsxString,
    JsxText,
    JsxTagEnd,
    JsxSelfClose,
    JsxCloseTag,
}

[Flags]
internal enum TokenFlags : byte
{
    None = 0,
    NewlineBefore = 1,
    HasEscapes = 2,
    Unterminated = 4,

    // Set by the analysis when a literal's value has already been checked as part of a larger value.
    Consumed = 8,

    // On identifiers and strings: the innermost bracket open before the token ((, [ or {, as a stack that any closer
    // pops) is a {. Set by the lexer for the analysis, which would otherwise track every bracket itself.
    InBraces = 16,
}

/// <summary>One token: a span of the source plus its kind.</summary>
internal struct Token
{
    public int Start;
    public int Length;
    public TokenKind Kind;
    public TokenFlags Flags;

    public readonly int End => Start + Length;

    public readonly bool Has(TokenFlags flag) => (Flags & flag) != 0;
}

/// <summary>
/// The tokens of one scan plus, per token, the index of its partner: brackets to their closer and back, a JSX tag start
/// to the token ending the element, a template head or middle to its next part. Also two ascending index lists, so that
/// the passes over the tokens skip the ones they ignore: <see cref="Visits"/> (the kinds the analysis walk looks at:
/// names, literals, JSX tags and attributes) and <see cref="Structure"/> (single-character brackets, <c>=&gt;</c> and
/// identifiers that may be <c>const</c>, <c>let</c>, <c>var</c> or <c>function</c>). Arrays are rented and returned on
/// dispose; the lists never outgrow the token array, so they grow with it.
/// </summary>
internal sealed class TokenBuffer : IDisposable
{
    private Token[] _tokens;
    private int[] _match;
    private int[] _visits;
    private int[] _structure;

    public TokenBuffer(int capacityHint)
    {
        var capacity = Math.Max(16, capacityHint);
        _tokens = ArrayPool<Token>.Shared.Rent(capacity);
        _match = ArrayPool<int>.Shared.Rent(capacity);
        _visits = ArrayPool<int>.Shared.Rent(_tokens.Length);
        _structure = ArrayPool<int>.Shared.Rent(_tokens.Length);
    }

    public int Count { get; private set; }

    public Token[] Tokens => _tokens;

    public int[] Match => _match;

    public int[] Visits => _visits;

    public int VisitCount { get; private set; }

    public int[] Structure => _structure;

    public int StructureCount { get; private set; }

    /// <summary>Adds token <paramref name="index"/> (the last one added) to <see cref="Visits"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void AddVisit(int index) => _visits[VisitCount++] = index;

    /// <summary>Adds token <paramref name="index"/> (the last one added) to <see cref="Structure"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void AddStructure(int index) => _structure[StructureCount++] = index;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int Add(TokenKind kind, int start, int length, TokenFlags flags)
    {
        if (Count == _tokens.Length)
        {
            Grow();
        }

        var index = Count++;
        ref var token = ref _tokens[index];
        token.Kind = kind;
        token.Start = start;
        token.Length = length;
        token.Flags = flags;
        _match[index] = -1;
        return index;
    }

    public void Link(int open, int close)
    {
        _match[open] = close;
        _match[close] = open;
    }

    public void Dispose()
    {
        ArrayPool<Token>.Shared.Return(_tokens);
        ArrayPool<int>.Shared.Return(_match);
        ArrayPool<int>.Shared.Return(_visits);
        ArrayPool<int>.Shared.Return(_structure);
        _tokens = [];
        _match = [];
        _visits = [];
        _structure = [];
        Count = 0;
        VisitCount = 0;
        StructureCount = 0;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void Grow()
    {
        var size = _tokens.Length * 2;
        var tokens = ArrayPool<Token>.Shared.Rent(size);
        var match = ArrayPool<int>.Shared.Rent(size);
        var visits = ArrayPool<int>.Shared.Rent(tokens.Length);
        var structure = ArrayPool<int>.Shared.Rent(tokens.Length);
        Array.Copy(_tokens, tokens, Count);
        Array.Copy(_match, match, Count);
        Array.Copy(_visits, visits, VisitCount);
        Array.Copy(_structure, structure, StructureCount);
        ArrayPool<Token>.Shared.Return(_tokens);
        ArrayPool<int>.Shared.Return(_match);
        ArrayPool<int>.Shared.Return(_visits);
        ArrayPool<int>.Shared.Return(_structure);
        _tokens = tokens;
        _match = match;
        _visits = visits;
        _structure = structure;
    }
}

/// <summary>A problem the scanner found: an unterminated literal, comment or JSX element.</summary>
internal readonly record struct LexDiagnostic(int Offset, string Message);
