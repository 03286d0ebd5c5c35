using System.Buffers;

namespace BazaarVid.Assets.Validation;

/// <summary>
/// A single-pass, allocation-light tokenizer for JavaScript/TypeScript with JSX. It is not a parser: it tracks just
/// enough context (a stack of braces, template substitutions and JSX tags) to tell strings, template literals, regex
/// literals, comments, JSX text and JSX attribute values apart. Every step advances, so any input terminates in
/// linear time; malformed input yields diagnostics, never exceptions.
/// </summary>
internal ref struct JsLexer
{
    private const int MaxDiagnostics = 20;

    private static readonly SearchValues<char> DoubleQuoteStops = SearchValues.Create("\"\\\n\r");
    private static readonly SearchValues<char> SingleQuoteStops = SearchValues.Create("'\\\n\r");
    private static readonly SearchValues<char> TemplateStops = SearchValues.Create("`\\$");
    private static readonly SearchValues<char> LineEnds = SearchValues.Create("\n\r\u2028\u2029");
    private static readonly SearchValues<char> JsxTextStops = SearchValues.Create("<{");
    private static readonly SearchValues<char> AsciiWhiteSpace = SearchValues.Create(" \t\n\r\v\f");

    private readonly ReadOnlySpan<char> _s;
    private readonly TokenBuffer _out;
    private List<LexDiagnostic>? _diagnostics;
    private Frame[] _frames;
    private int _frameCount;
    private int[] _brackets;
    private int _bracketCount;

    // Every single-character bracket token in order, as a stack that any closer pops (1 for {, 0 for ( and [):
    // its top gives TokenFlags.InBraces.
    private byte[] _nesting;
    private int _nestingCount;
    private int _p;
    private bool _newline;

    private JsLexer(ReadOnlySpan<char> source, TokenBuffer output)
    {
        _s = source;
        _out = output;
        _frames = ArrayPool<Frame>.Shared.Rent(32);
        _brackets = ArrayPool<int>.Shared.Rent(32);
        _nesting = ArrayPool<byte>.Shared.Rent(64);
    }

    private enum FrameKind : byte
    {
        Brace,
        TemplateSub,
        JsxAttrExpr,
        JsxChildExpr,
        JsxTag,
        JsxChildren,
    }

    /// <summary>Tokenizes <paramref name="source"/>. The caller disposes the returned buffer.</summary>
    public static TokenBuffer Tokenize(ReadOnlySpan<char> source, out List<LexDiagnostic>? diagnostics)
    {
        // Roughly one token per 5 characters of typical scene code.
        var output = new TokenBuffer((source.Length / 5) + 16);
        var lexer = new JsLexer(source, output);
        try
        {
            lexer.Run();
            diagnostics = lexer._diagnostics;
            return output;
        }
        finally
        {
            ArrayPool<Frame>.Shared.Return(lexer._frames);
            ArrayPool<int>.Shared.Return(lexer._brackets);
            ArrayPool<byte>.Shared.Return(lexer._nesting);
        }
    }

    internal static bool IsIdentifierStart(char c) =>
        c < 0x80 ? IdentifierTable[c] == 1 : IsNonAsciiIdentifierChar(c);

    internal static bool IsIdentifierPart(char c) =>
        c < 0x80 ? IdentifierTable[c] != 0 : IsNonAsciiIdentifierChar(c);

    // 1: may start an identifier; 2: may continue one.
    private static ReadOnlySpan<byte> IdentifierTable =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];

    // Letters, digits, _ and $ (the identifier table) plus - : . (namespaced and member JSX names); ASCII only.
    private static bool IsJsxNamePart(char c) => IdentifierTable[c] != 0 || c is '-' or ':' or '.';

    private static bool IsNonAsciiIdentifierChar(char c) =>
        !char.IsWhiteSpace(c) && c != '\u2028' && c != '\u2029' && c != '\uFEFF';

    private static bool IsLineEnd(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsWhiteSpace(char c) =>
        c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' or '\u00A0' or '\uFEFF' or '\u2028' or '\u2029'
        || (c > 0x7F && char.IsWhiteSpace(c));

    private void Run()
    {
        if (_s.Length >= 2 && _s[0] == '#' && _s[1] == '!')
        {
            SkipLineComment();
        }

        while (_p < _s.Length)
        {
            var top = _frameCount == 0 ? FrameKind.Brace : _frames[_frameCount - 1].Kind;
            switch (top)
            {
                case FrameKind.JsxTag:
                    LexJsxTag();
                    break;
                case FrameKind.JsxChildren:
                    LexJsxChildren();
                    break;
                default:
                    LexJs();
                    break;
            }
        }

        ReportOpenFrames();
    }

    private void LexJs()
    {
        var c = _s[_p];
        if (IsWhiteSpace(c))
        {
            SkipShortWhiteSpace();
            if (_p >= _s.Length)
            {
                return;
            }

            c = _s[_p];
        }

        switch (c)
        {
            case '/':
                LexSlash();
                return;
            case '"':
            case '\'':
                LexString(c);
                return;
            case '`':
                LexTemplatePart(_p, fromBrace: false, previousPart: -1, head: -1);
                return;
            case '{':
                Push(FrameKind.Brace, EmitOpener(brace: true));
                _p++;
                return;
            case '}':
                CloseBrace();
                return;
            case '(':
            case '[':
                PushBracket(EmitOpener(brace: false));
                _p++;
                return;
            case ')':
            case ']':
                CloseBracket(c == ')' ? '(' : '[');
                return;
            case '<' when JsxAllowed():
                Push(FrameKind.JsxTag, Emit(TokenKind.JsxTagStart, _p, 1));
                _p++;
                return;
            case ',':
            case ':':
            case ';':
                // Always one character (what LexPunctuator would emit), and frequent in object literals and styles.
                Emit(TokenKind.Punct, _p, 1);
                _p++;
                return;
        }

        if (IsIdentifierStart(c))
        {
            LexIdentifier();
        }
        else if ((uint)(c - '0') <= 9 || (c == '.' && _p + 1 < _s.Length && (uint)(_s[_p + 1] - '0') <= 9))
        {
            LexNumber();
        }
        else
        {
            LexPunctuator();
        }
    }

    private void LexSlash()
    {
        var next = _p + 1 < _s.Length ? _s[_p + 1] : '\0';
        if (next == '/')
        {
            SkipLineComment();
        }
        else if (next == '*')
        {
            SkipBlockComment();
        }
        else if (ExpressionExpected())
        {
            LexRegex();
        }
        else
        {
            LexPunctuator();
        }
    }

    /// <summary>
    /// <see cref="SkipWhiteSpace"/> for the usual run (a space, or a line break and indentation): the same scalar loop,
    /// inlined; a run reaching the 64-character window is left to <see cref="SkipWhiteSpace"/> from its start.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void SkipShortWhiteSpace()
    {
        var text = _s;
        var p = _p;
        var newline = false;
        var limit = Math.Min(text.Length, p + 64);
        while (p < limit)
        {
            var c = text[p];
            if (c is ' ' or '\t' or '\v' or '\f')
            {
                p++;
            }
            else if (c is '\n' or '\r')
            {
                newline = true;
                p++;
            }
            else if (c > 0x7F && IsWhiteSpace(c))
            {
                newline |= IsLineEnd(c);
                p++;
            }
            else
            {
                break;
            }
        }

        if (p == limit)
        {
            SkipWhiteSpace();
            return;
        }

        _p = p;
        _newline |= newline;
    }

    private void SkipWhiteSpace()
    {
        // Runs between tokens are short (a space, a line break and indentation): a scalar loop over locals is
        // fastest; a long run falls through to a vectorized search.
        var text = _s;
        var p = _p;
        var newline = false;
        var limit = Math.Min(text.Length, p + 64);
        while (p < limit)
        {
            var c = text[p];
            if (c is ' ' or '\t' or '\v' or '\f')
            {
                p++;
            }
            else if (c is '\n' or '\r')
            {
                newline = true;
                p++;
            }
            else if (c > 0x7F && IsWhiteSpace(c))
            {
                newline |= IsLineEnd(c);
                p++;
            }
            else
            {
                break;
            }
        }

        if (p == limit && p < text.Length)
        {
            var rest = text[p..];
            var run = rest.IndexOfAnyExcept(AsciiWhiteSpace);
            var skipped = run < 0 ? rest : rest[..run];
            newline |= skipped.IndexOfAny('\n', '\r') >= 0;
            p += skipped.Length;
        }

        _p = p;
        _newline |= newline;
        if (p < text.Length && p == limit)
        {
            // A run longer than the window that continues with non-ASCII white space.
            SkipWhiteSpace();
        }
    }

    private void SkipLineComment()
    {
        var index = _s[_p..].IndexOfAny(LineEnds);
        _p = index < 0 ? _s.Length : _p + index;
    }

    private void SkipBlockComment()
    {
        var start = _p;
        var index = _s[(_p + 2)..].IndexOf("*/", StringComparison.Ordinal);
        if (index < 0)
        {
            Diagnose(start, "a block comment is not terminated");
            _p = _s.Length;
            return;
        }

        var end = _p + 2 + index + 2;
        if (_s[_p..end].IndexOfAny(LineEnds) >= 0)
        {
            _newline = true;
        }

        _p = end;
    }

    private void LexString(char quote)
    {
        var start = _p;
        var stops = quote == '"' ? DoubleQuoteStops : SingleQuoteStops;
        var flags = TokenFlags.None;
        _p++;
        while (true)
        {
            var index = _s[_p..].IndexOfAny(stops);
            if (index < 0)
            {
                _p = _s.Length;
                Emit(TokenKind.String, start, _p - start, flags | TokenFlags.Unterminated);
                Diagnose(start, "a string literal is not terminated");
                return;
            }

            _p += index;
            var c = _s[_p];
            if (c == '\\')
            {
                flags |= TokenFlags.HasEscapes;
                _p = Math.Min(_s.Length, _p + 2);
                if (_p < _s.Length && _s[_p - 1] == '\r' && _s[_p] == '\n')
                {
                    _p++;
                }

                continue;
            }

            if (c == quote)
            {
                _p++;
                Emit(TokenKind.String, start, _p - start, flags);
                return;
            }

            // An unescaped line break ends the literal: report it and resume on the next line.
            Emit(TokenKind.String, start, _p - start, flags | TokenFlags.Unterminated);
            Diagnose(start, "a string literal is not terminated before the end of the line");
            return;
        }
    }

    private void LexTemplatePart(int start, bool fromBrace, int previousPart, int head)
    {
        var flags = TokenFlags.None;
        _p = start + 1;
        while (true)
        {
            var index = _s[_p..].IndexOfAny(TemplateStops);
            if (index < 0)
            {
                _p = _s.Length;
                var tail = Emit(fromBrace ? TokenKind.TemplateTail : TokenKind.Template, start, _p - start, flags | TokenFlags.Unterminated);
                LinkForward(previousPart, tail);
                LinkForward(tail, head);
                Diagnose(head >= 0 ? _out.Tokens[head].Start : start, "a template literal is not terminated");
                return;
            }

            _p += index;
            var c = _s[_p];
            if (c == '\\')
            {
                flags |= TokenFlags.HasEscapes;
                _p = Math.Min(_s.Length, _p + 2);
                continue;
            }

            if (c == '`')
            {
                _p++;
                var end = Emit(fromBrace ? TokenKind.TemplateTail : TokenKind.Template, start, _p - start, flags);
                LinkForward(previousPart, end);
                LinkForward(end, head);
                return;
            }

            if (_p + 1 < _s.Length && _s[_p + 1] == '{')
            {
                _p += 2;
                var part = Emit(fromBrace ? TokenKind.TemplateMiddle : TokenKind.TemplateHead, start, _p - start, flags);
                LinkForward(previousPart, part);
                Push(FrameKind.TemplateSub, part, head < 0 ? part : head);
                return;
            }

            _p++;
        }
    }

    private void LinkForward(int from, int to)
    {
        if (from >= 0)
        {
            _out.Match[from] = to;
        }
    }

    private void CloseBrace()
    {
        if (_frameCount > 0)
        {
            var top = _frames[_frameCount - 1];
            if (top.Kind is FrameKind.Brace or FrameKind.TemplateSub or FrameKind.JsxAttrExpr or FrameKind.JsxChildExpr)
            {
                _frameCount--;
                if (top.Kind == FrameKind.TemplateSub)
                {
                    LexTemplatePart(_p, fromBrace: true, previousPart: top.Token, head: top.Head);
                    return;
                }

                _out.Link(top.Token, EmitCloser());
                _p++;
                return;
            }
        }

        EmitCloser();
        _p++;
    }

    private void PushBracket(int token)
    {
        if (_bracketCount == _brackets.Length)
        {
            var bigger = ArrayPool<int>.Shared.Rent(_brackets.Length * 2);
            Array.Copy(_brackets, bigger, _bracketCount);
            ArrayPool<int>.Shared.Return(_brackets);
            _brackets = bigger;
        }

        _brackets[_bracketCount++] = token;
    }

    private void CloseBracket(char opener)
    {
        var token = EmitCloser();
        _p++;
        if (_bracketCount > 0 && _s[_out.Tokens[_brackets[_bracketCount - 1]].Start] == opener)
        {
            _out.Link(_brackets[--_bracketCount], token);
        }
    }

    private void LexRegex()
    {
        var start = _p;
        var q = _p + 1;
        var inClass = false;
        while (q < _s.Length)
        {
            var c = _s[q];
            if (IsLineEnd(c))
            {
                break;
            }

            if (c == '\\')
            {
                q += 2;
                continue;
            }

            if (c == '[')
            {
                inClass = true;
            }
            else if (c == ']')
            {
                inClass = false;
            }
            else if (c == '/' && !inClass)
            {
                q++;
                while (q < _s.Length && IsIdentifierPart(_s[q]))
                {
                    q++;
                }

                Emit(TokenKind.Regex, start, q - start);
                _p = q;
                return;
            }

            q++;
        }

        // Not a regex after all (the context guess was wrong): treat the slash as division.
        LexPunctuator();
    }

    private void LexIdentifier()
    {
        var start = _p;
        var text = _s;
        var p = start + 1;

        // Identifiers are short: a scalar loop over locals beats a vectorized search here. The ASCII loop has no call
        // in it, so the position stays in a register.
        while (true)
        {
            while ((uint)p < (uint)text.Length && text[p] < 0x80 && IdentifierTable[text[p]] != 0)
            {
                p++;
            }

            if ((uint)p < (uint)text.Length && text[p] >= 0x80 && IsNonAsciiIdentifierChar(text[p]))
            {
                p++;
                continue;
            }

            break;
        }

        _p = p;
        var token = Emit(TokenKind.Identifier, start, p - start);
        if (p - start is >= 3 and <= 8 && text[start] is 'c' or 'l' or 'v' or 'f')
        {
            // Maybe const, let, var or function.
            _out.AddStructure(token);
        }
    }

    private void LexNumber()
    {
        var start = _p;
        var text = _s;
        var p = start + 1;
        while ((uint)p < (uint)text.Length && (IsIdentifierPart(text[p]) || text[p] == '.'))
        {
            p++;
        }

        _p = p;
        Emit(TokenKind.Number, start, p - start);
    }

    private void LexPunctuator()
    {
        var rest = _s[_p..];
        var length = rest[0] switch
        {
            '.' => rest.StartsWith("...") ? 3 : 1,
            '?' => rest.StartsWith("??=") ? 3 : rest.StartsWith("??") ? 2 : rest.StartsWith("?.") && !(rest.Length > 2 && (uint)(rest[2] - '0') <= 9) ? 2 : 1,
            '=' => rest.StartsWith("===") ? 3 : rest.StartsWith("==") || rest.StartsWith("=>") ? 2 : 1,
            '!' => rest.StartsWith("!==") ? 3 : rest.StartsWith("!=") ? 2 : 1,
            '+' => rest.StartsWith("++") || rest.StartsWith("+=") ? 2 : 1,
            '-' => rest.StartsWith("--") || rest.StartsWith("-=") ? 2 : 1,
            '*' => rest.StartsWith("**=") ? 3 : rest.StartsWith("**") || rest.StartsWith("*=") ? 2 : 1,
            '/' or '%' or '^' => rest.Length > 1 && rest[1] == '=' ? 2 : 1,
            '<' => rest.StartsWith("<<=") ? 3 : rest.StartsWith("<<") || rest.StartsWith("<=") ? 2 : 1,
            '>' => rest.StartsWith(">>>=") ? 4 : rest.StartsWith(">>>") || rest.StartsWith(">>=") ? 3 : rest.StartsWith(">>") || rest.StartsWith(">=") ? 2 : 1,
            '&' => rest.StartsWith("&&=") ? 3 : rest.StartsWith("&&") || rest.StartsWith("&=") ? 2 : 1,
            '|' => rest.StartsWith("||=") ? 3 : rest.StartsWith("||") || rest.StartsWith("|=") ? 2 : 1,
            _ => 1,
        };
        var token = Emit(TokenKind.Punct, _p, length);
        if (length == 2 && rest[0] == '=' && rest[1] == '>')
        {
            _out.AddStructure(token);
        }

        _p += length;
    }

    private void LexJsxTag()
    {
        var c = _s[_p];
        if (IsWhiteSpace(c))
        {
            SkipShortWhiteSpace();
            if (_p >= _s.Length)
            {
                return;
            }

            c = _s[_p];
        }

        var next = _p + 1 < _s.Length ? _s[_p + 1] : '\0';
        switch (c)
        {
            case '/' when next == '>':
                {
                    var close = Emit(TokenKind.JsxSelfClose, _p, 2);
                    _out.Link(_frames[--_frameCount].Token, close);
                    _p += 2;
                    return;
                }

            case '/' when next == '/':
                SkipLineComment();
                return;
            case '/' when next == '*':
                SkipBlockComment();
                return;
            case '>':
                Emit(TokenKind.JsxTagEnd, _p, 1);
                _frames[_frameCount - 1].Kind = FrameKind.JsxChildren;
                _p++;
                return;
            case '"':
            case '\'':
                LexJsxString(c);
                return;
            case '{':
                Push(FrameKind.JsxAttrExpr, EmitOpener(brace: true));
                _p++;
                return;
            case '<':
                Push(FrameKind.JsxTag, Emit(TokenKind.JsxTagStart, _p, 1));
                _p++;
                return;
            case '=':
                Emit(TokenKind.Punct, _p, 1);
                _p++;
                return;
        }

        if (IsIdentifierPart(c) || c == '-' || c == ':' || c == '.')
        {
            // Attribute and tag names are short: a table lookup per character beats a vectorized search.
            var start = _p;
            var text = _s;
            var p = start;
            while (true)
            {
                while ((uint)p < (uint)text.Length && text[p] < 0x80 && IsJsxNamePart(text[p]))
                {
                    p++;
                }

                if ((uint)p < (uint)text.Length && text[p] >= 0x80 && IsNonAsciiIdentifierChar(text[p]))
                {
                    p++;
                    continue;
                }

                break;
            }

            _p = p;
            Emit(TokenKind.JsxName, start, p - start);
            return;
        }

        // Anything else inside a tag is malformed; skip it.
        _p++;
    }

    private void LexJsxString(char quote)
    {
        var start = _p;
        var index = _s[(_p + 1)..].IndexOf(quote);
        if (index < 0)
        {
            _p = _s.Length;
            Emit(TokenKind.JsxString, start, _p - start, TokenFlags.Unterminated);
            Diagnose(start, "a JSX attribute string is not terminated");
            return;
        }

        _p = start + 1 + index + 1;
        Emit(TokenKind.JsxString, start, _p - start);
    }

    private void LexJsxChildren()
    {
        var c = _s[_p];
        if (c == '<')
        {
            if (_p + 1 < _s.Length && _s[_p + 1] == '/')
            {
                var start = _p;
                var index = _s[(_p + 2)..].IndexOf('>');
                if (index < 0)
                {
                    _p = _s.Length;
                    Diagnose(start, "a JSX closing tag is not terminated");
                }
                else
                {
                    _p = start + 2 + index + 1;
                }

                var close = Emit(TokenKind.JsxCloseTag, start, _p - start);
                _out.Link(_frames[--_frameCount].Token, close);
                return;
            }

            Push(FrameKind.JsxTag, Emit(TokenKind.JsxTagStart, _p, 1));
            _p++;
            return;
        }

        if (c == '{')
        {
            Push(FrameKind.JsxChildExpr, EmitOpener(brace: true));
            _p++;
            return;
        }

        var textStart = _p;

        // Most text between elements is a line break and indentation: when white space runs up to the next element
        // or container, there is no text token and no need for the search below.
        var p = _p;
        while (p < _s.Length && char.IsWhiteSpace(_s[p]))
        {
            p++;
        }

        if (p == _s.Length || _s[p] is '<' or '{')
        {
            _p = p;
            return;
        }

        var stop = _s[_p..].IndexOfAny(JsxTextStops);
        _p = stop < 0 ? _s.Length : _p + stop;
        var text = _s[textStart.._p];
        if (!text.IsWhiteSpace())
        {
            Emit(TokenKind.JsxText, textStart, _p - textStart);
        }
    }

    private readonly bool JsxAllowed()
    {
        if (_p + 1 >= _s.Length || !ExpressionExpected())
        {
            return false;
        }

        var next = _s[_p + 1];
        if (next == '>')
        {
            return true;
        }

        if (!IsIdentifierStart(next))
        {
            return false;
        }

        // TSX generic arrow functions: <T,>(x) => …, <T extends U>(x) => …, <T>(x) => ….
        var q = _p + 1;
        while (q < _s.Length && IsIdentifierPart(_s[q]))
        {
            q++;
        }

        var nameLength = q - _p - 1;
        while (q < _s.Length && _s[q] == ' ')
        {
            q++;
        }

        if (q >= _s.Length)
        {
            return true;
        }

        if (_s[q] == ',' || _s[q..].StartsWith("extends ", StringComparison.Ordinal))
        {
            return false;
        }

        return !(nameLength == 1 && char.IsUpper(next) && _s[q] == '>' && q + 1 < _s.Length && _s[q + 1] == '(');
    }

    private readonly bool ExpressionExpected()
    {
        if (_out.Count == 0)
        {
            return true;
        }

        ref readonly var last = ref _out.Tokens[_out.Count - 1];
        var text = _s.Slice(last.Start, last.Length);
        return last.Kind switch
        {
            TokenKind.Identifier => IsExpressionKeyword(text),
            TokenKind.Number or TokenKind.String or TokenKind.Template or TokenKind.TemplateTail or TokenKind.Regex
                or TokenKind.JsxSelfClose or TokenKind.JsxCloseTag => false,
            TokenKind.Punct => !(text is ")" or "]" or "}" or "++" or "--"),
            _ => true,
        };
    }

    private static bool IsExpressionKeyword(ReadOnlySpan<char> word) => word switch
    {
        "return" or "typeof" or "instanceof" or "in" or "of" or "new" or "delete" or "void" or "throw" or "case"
            or "do" or "else" or "yield" or "await" or "default" => true,
        _ => false,
    };

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int Emit(TokenKind kind, int start, int length, TokenFlags flags = TokenFlags.None)
    {
        if (_newline)
        {
            flags |= TokenFlags.NewlineBefore;
            _newline = false;
        }

        // Folded away where the kind is a constant.
        if (kind is TokenKind.Identifier or TokenKind.String && _nestingCount > 0 && _nesting[_nestingCount - 1] != 0)
        {
            flags |= TokenFlags.InBraces;
        }

        var index = _out.Add(kind, start, length, flags);
        if (kind is TokenKind.Identifier or TokenKind.String or TokenKind.Template or TokenKind.TemplateHead or TokenKind.JsxTagStart
            or TokenKind.JsxTagEnd or TokenKind.JsxSelfClose or TokenKind.JsxName or TokenKind.JsxString or TokenKind.JsxText)
        {
            _out.AddVisit(index);
        }

        return index;
    }

    /// <summary>Emits the single-character opener at the current position.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int EmitOpener(bool brace)
    {
        var index = Emit(TokenKind.Punct, _p, 1);
        _out.AddStructure(index);
        if (_nestingCount == _nesting.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(_nesting.Length * 2);
            Array.Copy(_nesting, bigger, _nestingCount);
            ArrayPool<byte>.Shared.Return(_nesting);
            _nesting = bigger;
        }

        _nesting[_nestingCount++] = brace ? (byte)1 : (byte)0;
        return index;
    }

    /// <summary>Emits the single-character closer at the current position.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int EmitCloser()
    {
        var index = Emit(TokenKind.Punct, _p, 1);
        _out.AddStructure(index);
        if (_nestingCount > 0)
        {
            _nestingCount--;
        }

        return index;
    }

    private void Push(FrameKind kind, int token, int head = -1)
    {
        if (_frameCount == _frames.Length)
        {
            var bigger = ArrayPool<Frame>.Shared.Rent(_frames.Length * 2);
            Array.Copy(_frames, bigger, _frameCount);
            ArrayPool<Frame>.Shared.Return(_frames);
            _frames = bigger;
        }

        _frames[_frameCount++] = new Frame { Kind = kind, Token = token, Head = head };
    }

    private void ReportOpenFrames()
    {
        for (var i = 0; i < _frameCount; i++)
        {
            var frame = _frames[i];
            var offset = _out.Tokens[frame.Token].Start;
            switch (frame.Kind)
            {
                case FrameKind.TemplateSub:
                    Diagnose(offset, "a template literal substitution ${…} is not closed");
                    return;
                case FrameKind.JsxAttrExpr:
                case FrameKind.JsxChildExpr:
                    Diagnose(offset, "a JSX expression container {…} is not closed");
                    return;
                case FrameKind.JsxTag:
                case FrameKind.JsxChildren:
                    Diagnose(offset, "a JSX element is not closed");
                    return;
            }
        }
    }

    private void Diagnose(int offset, string message)
    {
        _diagnostics ??= [];
        if (_diagnostics.Count < MaxDiagnostics)
        {
            _diagnostics.Add(new LexDiagnostic(offset, message));
        }
    }

    private struct Frame
    {
        public FrameKind Kind;
        public int Token;
        public int Head;
    }
}
