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
/// to the token ending the element, a template head or middle to its next part. Arrays are rented and returned on dispose.
/// </summary>
internal sealed class TokenBuffer : IDisposable
{
    private Token[] _tokens;
    private int[] _match;

    public TokenBuffer(int capacityHint)
    {
        var capacity = Math.Max(16, capacityHint);
        _tokens = ArrayPool<Token>.Shared.Rent(capacity);
        _match = ArrayPool<int>.Shared.Rent(capacity);
    }

    public int Count { get; private set; }

    public Token[] Tokens => _tokens;

    public int[] Match => _match;

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
        _tokens = [];
        _match = [];
        Count = 0;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void Grow()
    {
        var size = _tokens.Length * 2;
        var tokens = ArrayPool<Token>.Shared.Rent(size);
        var match = ArrayPool<int>.Shared.Rent(size);
        Array.Copy(_tokens, tokens, Count);
        Array.Copy(_match, match, Count);
        ArrayPool<Token>.Shared.Return(_tokens);
        ArrayPool<int>.Shared.Return(_match);
        _tokens = tokens;
        _match = match;
    }
}

/// <summary>A problem the scanner found: an unterminated literal, comment or JSX element.</summary>
internal readonly record struct LexDiagnostic(int Offset, string Message);
