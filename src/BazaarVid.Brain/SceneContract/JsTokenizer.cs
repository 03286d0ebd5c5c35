namespace BazaarVid.Brain;

/// <summary>What a token of scene code is.</summary>
internal enum JsTokenKind
{
    Identifier,
    Number,
    String,
    Template,
    Regex,
    Punctuator,
    JsxTagName,
    JsxAttributeName,
    JsxText,
    JsxString,
    JsxPunctuator,
}

/// <summary>One token; <see cref="Text"/> is the source text (strings and templates keep their quotes).</summary>
internal readonly record struct JsToken(JsTokenKind Kind, int Start, string Text, bool NewlineBefore)
{
    public bool Is(JsTokenKind kind, string text) => Kind == kind && string.Equals(Text, text, StringComparison.Ordinal);

    public bool IsPunct(string text) => Is(JsTokenKind.Punctuator, text);

    public bool IsIdent(string text) => Is(JsTokenKind.Identifier, text);
}

/// <summary>A lexical problem (unterminated string, unbalanced bracket, mismatched JSX tag) at a character offset.</summary>
internal readonly record struct JsLexIssue(int Position, string Message);

/// <summary>The tokens of a piece of code and the lexical problems found on the way.</summary>
internal sealed record JsTokenization(IReadOnlyList<JsToken> Tokens, IReadOnlyList<JsLexIssue> Issues);

/// <summary>
/// A light, linear-time TSX tokenizer: identifiers, numbers, strings, template literals (with their substitutions
/// tokenized as code), regular expressions, punctuators and JSX (tags, attributes, text, expression containers).
/// Comments are dropped. It never throws and never loops: every step consumes at least one character, and
/// malformed input (unterminated strings, stray brackets) is reported as an issue and lexing goes on.
/// </summary>
internal sealed class JsTokenizer
{
    private static readonly string[] Punctuators =
    [
        ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
        "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "%=", "&=", "|=", "^=", "**", "<<", ">>",
    ];

    private static readonly HashSet<string> ExpressionKeywords = new(StringComparer.Ordinal)
    {
        "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield", "await", "extends",
    };

    private const int MaxIssues = 100;

    private readonly string _code;
    private readonly List<JsToken> _tokens = [];
    private readonly List<JsLexIssue> _issues = [];
    private readonly Stack<LexFrame> _frames = new();
    private int _pos;
    private bool _newline;
    private int _chunkStart;

    private JsTokenizer(string code)
    {
        _code = code;
    }

    private enum FrameKind
    {
        Brace,
        Paren,
        Bracket,
        Template,
        TemplateSubstitution,
        JsxOpeningTag,
        JsxClosingTag,
        JsxChildren,
        JsxAttributeExpression,
        JsxChildExpression,
    }

    /// <summary>Tokenizes <paramref name="code"/>.</summary>
    public static JsTokenization Tokenize(string code)
    {
        var tokenizer = new JsTokenizer(code);
        tokenizer.Run();
        return new JsTokenization(tokenizer._tokens, tokenizer._issues);
    }

    private void Run()
    {
        while (_pos < _code.Length)
        {
            var before = _pos;
            switch (_frames.Count == 0 ? FrameKind.Brace : _frames.Peek().Kind)
            {
                case FrameKind.Template:
                    LexTemplateChunk();
                    break;
                case FrameKind.JsxOpeningTag:
                case FrameKind.JsxClosingTag:
                    LexJsxTag();
                    break;
                case FrameKind.JsxChildren:
                    LexJsxChildren();
                    break;
                default:
                    LexCode();
                    break;
            }

            if (_pos == before)
            {
                _pos++;
            }
        }

        foreach (var frame in _frames)
        {
            AddIssue(new JsLexIssue(frame.Position, Unclosed(frame)));
        }
    }

    private static string Unclosed(LexFrame frame) => frame.Kind switch
    {
        FrameKind.Brace or FrameKind.JsxAttributeExpression or FrameKind.JsxChildExpression or FrameKind.TemplateSubstitution => "'{' is never closed",
        FrameKind.Paren => "'(' is never closed",
        FrameKind.Bracket => "'[' is never closed",
        FrameKind.Template => "unterminated template literal",
        FrameKind.JsxChildren => $"JSX element <{frame.Name}> is never closed",
        _ => "unterminated JSX tag",
    };

    private void AddIssue(JsLexIssue issue)
    {
        // Garbage input can produce an issue per character; the first ones say all there is to say.
        if (_issues.Count < MaxIssues)
        {
            _issues.Add(issue);
        }
    }

    private void Emit(JsTokenKind kind, int start, int end)
    {
        _tokens.Add(new JsToken(kind, start, _code[start..end], _newline));
        _newline = false;
    }

    private JsToken? Previous => _tokens.Count == 0 ? null : _tokens[^1];

    private char At(int index) => index < _code.Length ? _code[index] : '\0';

    private void LexCode()
    {
        var c = _code[_pos];
        if (c is '\n' or '\r' or '\u2028' or '\u2029')
        {
            _newline = true;
            _pos++;
            return;
        }

        if (char.IsWhiteSpace(c))
        {
            _pos++;
            return;
        }

        if (c == '/' && At(_pos + 1) == '/')
        {
            SkipLineComment();
            return;
        }

        if (c == '/' && At(_pos + 1) == '*')
        {
            SkipBlockComment();
            return;
        }

        if (IsIdentifierStart(c))
        {
            var start = _pos;
            _pos++;
            while (_pos < _code.Length && IsIdentifierPart(_code[_pos]))
            {
                _pos++;
            }

            Emit(JsTokenKind.Identifier, start, _pos);
            return;
        }

        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(At(_pos + 1))))
        {
            LexNumber();
            return;
        }

        switch (c)
        {
            case '"' or '\'':
                LexString(c);
                return;
            case '`':
                _frames.Push(new LexFrame(FrameKind.Template, _pos));
                _chunkStart = _pos;
                _pos++;
                return;
            case '/' when ExpressionAllowed():
                LexRegexOrSlash();
                return;
            case '<' when ExpressionAllowed() && (At(_pos + 1) == '>' || IsIdentifierStart(At(_pos + 1))) && !IsTypeParameterList():
                Emit(JsTokenKind.JsxPunctuator, _pos, _pos + 1);
                _frames.Push(new LexFrame(FrameKind.JsxOpeningTag, _pos));
                _pos++;
                return;
            case '{':
                _frames.Push(new LexFrame(FrameKind.Brace, _pos));
                Emit(JsTokenKind.Punctuator, _pos, _pos + 1);
                _pos++;
                return;
            case '(':
                _frames.Push(new LexFrame(FrameKind.Paren, _pos));
                Emit(JsTokenKind.Punctuator, _pos, _pos + 1);
                _pos++;
                return;
            case '[':
                _frames.Push(new LexFrame(FrameKind.Bracket, _pos));
                Emit(JsTokenKind.Punctuator, _pos, _pos + 1);
                _pos++;
                return;
            case '}' or ')' or ']':
                Close(c);
                return;
            default:
                LexPunctuator();
                return;
        }
    }

    /// <summary>True when a '/' or '&lt;' here starts a regex or JSX rather than being an operator.</summary>
    private bool ExpressionAllowed()
    {
        if (Previous is not { } prev)
        {
            return true;
        }

        return prev.Kind switch
        {
            JsTokenKind.Punctuator => prev.Text is not (")" or "]" or "}" or "++" or "--"),
            JsTokenKind.Identifier => ExpressionKeywords.Contains(prev.Text),
            _ => false,
        };
    }

    /// <summary>True for a TSX generic arrow function's type parameters (<c>&lt;T,&gt;</c>, <c>&lt;T extends U&gt;</c>), which are not JSX.</summary>
    private bool IsTypeParameterList()
    {
        var i = _pos + 1;
        while (i < _code.Length && IsIdentifierPart(_code[i]))
        {
            i++;
        }

        while (i < _code.Length && _code[i] is ' ' or '\t')
        {
            i++;
        }

        return At(i) == ',' || (string.CompareOrdinal(_code, i, "extends", 0, 7) == 0 && char.IsWhiteSpace(At(i + 7)));
    }

    private void SkipLineComment()
    {
        while (_pos < _code.Length && _code[_pos] is not ('\n' or '\r'))
        {
            _pos++;
        }
    }

    private void SkipBlockComment()
    {
        var start = _pos;
        var end = _code.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
        var stop = end < 0 ? _code.Length : end + 2;
        if (_code.AsSpan(start, stop - start).IndexOfAny('\n', '\r') >= 0)
        {
            _newline = true;
        }

        if (end < 0)
        {
            AddIssue(new JsLexIssue(start, "unterminated comment"));
        }

        _pos = stop;
    }

    private void LexNumber()
    {
        var start = _pos;
        var hex = _code[_pos] == '0' && At(_pos + 1) is 'x' or 'X' or 'b' or 'B' or 'o' or 'O';
        var seenDot = false;
        while (_pos < _code.Length)
        {
            var ch = _code[_pos];
            if (char.IsAsciiLetterOrDigit(ch) || ch == '_')
            {
                _pos++;
            }
            else if (ch == '.' && !seenDot && !hex)
            {
                seenDot = true;
                _pos++;
            }
            else if (ch is '+' or '-' && !hex && _code[_pos - 1] is 'e' or 'E')
            {
                _pos++;
            }
            else
            {
                break;
            }
        }

        Emit(JsTokenKind.Number, start, _pos);
    }

    private void LexString(char quote)
    {
        var start = _pos;
        _pos++;
        while (_pos < _code.Length)
        {
            var ch = _code[_pos];
            if (ch == '\\')
            {
                _pos += 2;
                continue;
            }

            if (ch == quote)
            {
                _pos++;
                Emit(JsTokenKind.String, start, _pos);
                return;
            }

            if (ch is '\n' or '\r')
            {
                break;
            }

            _pos++;
        }

        _pos = Math.Min(_pos, _code.Length);
        AddIssue(new JsLexIssue(start, "unterminated string literal"));
        Emit(JsTokenKind.String, start, _pos);
    }

    private void LexTemplateChunk()
    {
        while (_pos < _code.Length)
        {
            var ch = _code[_pos];
            if (ch == '\\')
            {
                _pos += 2;
                continue;
            }

            if (ch == '`')
            {
                _pos++;
                _frames.Pop();
                Emit(JsTokenKind.Template, _chunkStart, _pos);
                return;
            }

            if (ch == '$' && At(_pos + 1) == '{')
            {
                _pos += 2;
                Emit(JsTokenKind.Template, _chunkStart, _pos);
                _frames.Push(new LexFrame(FrameKind.TemplateSubstitution, _pos - 2));
                return;
            }

            _pos++;
        }

        _pos = _code.Length;
        Emit(JsTokenKind.Template, _chunkStart, _pos);
    }

    private void LexRegexOrSlash()
    {
        var start = _pos;
        var i = _pos + 1;
        var inClass = false;
        while (i < _code.Length)
        {
            var ch = _code[i];
            if (ch is '\n' or '\r')
            {
                break;
            }

            if (ch == '\\')
            {
                i += 2;
                continue;
            }

            if (ch == '[')
            {
                inClass = true;
            }
            else if (ch == ']')
            {
                inClass = false;
            }
            else if (ch == '/' && !inClass)
            {
                i++;
                while (i < _code.Length && char.IsAsciiLetter(_code[i]))
                {
                    i++;
                }

                _pos = i;
                Emit(JsTokenKind.Regex, start, _pos);
                return;
            }

            i++;
        }

        LexPunctuator();
    }

    private void LexPunctuator()
    {
        foreach (var candidate in Punctuators)
        {
            if (string.CompareOrdinal(_code, _pos, candidate, 0, candidate.Length) == 0
                && !(candidate == "?." && char.IsAsciiDigit(At(_pos + 2))))
            {
                Emit(JsTokenKind.Punctuator, _pos, _pos + candidate.Length);
                _pos += candidate.Length;
                return;
            }
        }

        Emit(JsTokenKind.Punctuator, _pos, _pos + 1);
        _pos++;
    }

    private void Close(char closer)
    {
        var wanted = closer switch
        {
            ')' => FrameKind.Paren,
            ']' => FrameKind.Bracket,
            _ => FrameKind.Brace,
        };

        if (_frames.Count > 0 && Matches(_frames.Peek().Kind, wanted))
        {
            CloseTop();
            return;
        }

        // Recover from a stray or missing bracket by closing up to a matching opener when one is open in code.
        var depth = 0;
        foreach (var frame in _frames)
        {
            if (frame.Kind is FrameKind.Template or FrameKind.JsxChildren or FrameKind.JsxOpeningTag or FrameKind.JsxClosingTag)
            {
                break;
            }

            if (Matches(frame.Kind, wanted))
            {
                AddIssue(new JsLexIssue(_pos, $"'{closer}' closes an inner bracket that was never closed"));
                for (var i = 0; i < depth; i++)
                {
                    _frames.Pop();
                }

                CloseTop();
                return;
            }

            depth++;
        }

        AddIssue(new JsLexIssue(_pos, $"unexpected '{closer}'"));
        Emit(JsTokenKind.Punctuator, _pos, _pos + 1);
        _pos++;
    }

    private static bool Matches(FrameKind open, FrameKind wanted) =>
        open == wanted
        || (wanted == FrameKind.Brace && open is FrameKind.TemplateSubstitution or FrameKind.JsxAttributeExpression or FrameKind.JsxChildExpression);

    private void CloseTop()
    {
        var frame = _frames.Pop();
        if (frame.Kind == FrameKind.TemplateSubstitution)
        {
            _chunkStart = _pos;
            _pos++;
            return;
        }

        Emit(JsTokenKind.Punctuator, _pos, _pos + 1);
        _pos++;
    }

    private void LexJsxTag()
    {
        var frame = _frames.Peek();
        var c = _code[_pos];
        if (char.IsWhiteSpace(c))
        {
            _pos++;
            return;
        }

        if (c == '/' && At(_pos + 1) == '*')
        {
            SkipBlockComment();
            return;
        }

        if (c == '/' && At(_pos + 1) == '/')
        {
            SkipLineComment();
            return;
        }

        if (!frame.NameRead)
        {
            frame.NameRead = true;
            var start = _pos;
            while (_pos < _code.Length && IsJsxNamePart(_code[_pos]))
            {
                _pos++;
            }

            frame.Name = _code[start.._pos];
            if (_pos > start)
            {
                Emit(JsTokenKind.JsxTagName, start, _pos);
                return;
            }

            // A fragment (<> or </>) has no name: the '>' is read right away.
        }

        if (frame.Kind == FrameKind.JsxClosingTag)
        {
            if (c != '>')
            {
                AddIssue(new JsLexIssue(_pos, "expected '>' to end a closing JSX tag"));
                _pos++;
                return;
            }

            Emit(JsTokenKind.JsxPunctuator, _pos, _pos + 1);
            _pos++;
            _frames.Pop();
            if (_frames.Count > 0 && _frames.Peek().Kind == FrameKind.JsxChildren)
            {
                var element = _frames.Pop();
                if (!string.Equals(element.Name, frame.Name, StringComparison.Ordinal))
                {
                    AddIssue(new JsLexIssue(frame.Position, $"closing tag </{frame.Name}> does not match <{element.Name}>"));
                }
            }
            else
            {
                AddIssue(new JsLexIssue(frame.Position, $"closing tag </{frame.Name}> has no opening tag"));
            }

            return;
        }

        switch (c)
        {
            case '>':
                Emit(JsTokenKind.JsxPunctuator, _pos, _pos + 1);
                _pos++;
                _frames.Pop();
                _frames.Push(new LexFrame(FrameKind.JsxChildren, frame.Position) { Name = frame.Name, NameRead = true });
                return;
            case '/' when At(_pos + 1) == '>':
                Emit(JsTokenKind.JsxPunctuator, _pos, _pos + 2);
                _pos += 2;
                _frames.Pop();
                return;
            case '{':
                _frames.Push(new LexFrame(FrameKind.JsxAttributeExpression, _pos));
                Emit(JsTokenKind.Punctuator, _pos, _pos + 1);
                _pos++;
                return;
            case '"' or '\'':
                LexJsxString(c);
                return;
            case '=':
                Emit(JsTokenKind.JsxPunctuator, _pos, _pos + 1);
                _pos++;
                return;
            default:
                if (IsJsxNamePart(c))
                {
                    var start = _pos;
                    while (_pos < _code.Length && IsJsxNamePart(_code[_pos]))
                    {
                        _pos++;
                    }

                    Emit(JsTokenKind.JsxAttributeName, start, _pos);
                    return;
                }

                AddIssue(new JsLexIssue(_pos, $"unexpected '{c}' in a JSX tag"));
                _pos++;
                return;
        }
    }

    private void LexJsxString(char quote)
    {
        var start = _pos;
        var end = _code.IndexOf(quote, _pos + 1);
        if (end < 0)
        {
            AddIssue(new JsLexIssue(start, "unterminated JSX attribute string"));
            _pos = _code.Length;
        }
        else
        {
            _pos = end + 1;
        }

        Emit(JsTokenKind.JsxString, start, _pos);
    }

    private void LexJsxChildren()
    {
        var c = _code[_pos];
        if (c == '{')
        {
            _frames.Push(new LexFrame(FrameKind.JsxChildExpression, _pos));
            Emit(JsTokenKind.Punctuator, _pos, _pos + 1);
            _pos++;
            return;
        }

        if (c == '<')
        {
            var next = _pos + 1;
            while (next < _code.Length && char.IsWhiteSpace(_code[next]))
            {
                next++;
            }

            if (At(next) == '/')
            {
                Emit(JsTokenKind.JsxPunctuator, _pos, next + 1);
                _frames.Push(new LexFrame(FrameKind.JsxClosingTag, _pos));
                _pos = next + 1;
                return;
            }

            Emit(JsTokenKind.JsxPunctuator, _pos, _pos + 1);
            _frames.Push(new LexFrame(FrameKind.JsxOpeningTag, _pos));
            _pos++;
            return;
        }

        var start = _pos;
        var stop = _code.AsSpan(_pos).IndexOfAny('<', '{');
        _pos = stop < 0 ? _code.Length : _pos + stop;
        var bad = _code.AsSpan(start, _pos - start).IndexOfAny('>', '}');
        if (bad >= 0)
        {
            AddIssue(new JsLexIssue(start + bad, $"'{_code[start + bad]}' in JSX text must be written as an expression, for example {{\"{_code[start + bad]}\"}}"));
        }

        Emit(JsTokenKind.JsxText, start, _pos);
    }

    private static bool IsIdentifierStart(char c) =>
        char.IsAsciiLetter(c) || c is '_' or '$' or '#' || (c > 127 && char.IsLetter(c));

    private static bool IsIdentifierPart(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '_' or '$' or '\u200c' or '\u200d' || (c > 127 && char.IsLetterOrDigit(c));

    private static bool IsJsxNamePart(char c) => IsIdentifierPart(c) || c is '-' or ':' or '.';

    private sealed class LexFrame(FrameKind kind, int position)
    {
        public FrameKind Kind { get; } = kind;

        public int Position { get; } = position;

        public string? Name { get; set; }

        public bool NameRead { get; set; }
    }
}
