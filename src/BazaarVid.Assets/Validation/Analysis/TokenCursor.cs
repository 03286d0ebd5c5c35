namespace BazaarVid.Assets.Validation;

/// <summary>Read helpers over a token buffer and its source: token text, kinds, balanced skipping, statement ends.</summary>
internal readonly struct TokenCursor(string code, TokenBuffer buffer)
{
    public string Code { get; } = code;

    public Token[] Tokens { get; } = buffer.Tokens;

    public int[] Match { get; } = buffer.Match;

    public int Count { get; } = buffer.Count;

    /// <summary>See <see cref="TokenBuffer.Visits"/>.</summary>
    public int[] Visits { get; } = buffer.Visits;

    public int VisitCount { get; } = buffer.VisitCount;

    /// <summary>See <see cref="TokenBuffer.Structure"/>.</summary>
    public int[] Structure { get; } = buffer.Structure;

    public int StructureCount { get; } = buffer.StructureCount;

    public ReadOnlySpan<char> Text(int i) => Code.AsSpan(Tokens[i].Start, Tokens[i].Length);

    public bool IsPunct(int i, string text) =>
        (uint)i < (uint)Count && Tokens[i].Kind == TokenKind.Punct && Text(i).SequenceEqual(text);

    public bool IsIdent(int i, string text) =>
        (uint)i < (uint)Count && Tokens[i].Kind == TokenKind.Identifier && Text(i).SequenceEqual(text);

    public bool IsIdent(int i) => (uint)i < (uint)Count && Tokens[i].Kind == TokenKind.Identifier;

    public bool IsName(int i) => IsIdent(i) && !IsReservedWord(Text(i));

    public bool IsOpener(int i) =>
        (uint)i < (uint)Count && Tokens[i].Kind == TokenKind.Punct && Tokens[i].Length == 1
        && Code[Tokens[i].Start] is '(' or '[' or '{';

    public bool IsCloser(int i) =>
        (uint)i < (uint)Count && Tokens[i].Kind == TokenKind.Punct && Tokens[i].Length == 1
        && Code[Tokens[i].Start] is ')' or ']' or '}';

    /// <summary>The closer of the opener at <paramref name="i"/>, or -1 when it has none after it.</summary>
    public int CloserOf(int i)
    {
        var m = (uint)i < (uint)Count ? Match[i] : -1;
        return m > i ? m : -1;
    }

    /// <summary>The index after the balanced construct starting at <paramref name="i"/> (bracket group, template, JSX element).</summary>
    public int SkipBalanced(int i, int limit)
    {
        ref readonly var token = ref Tokens[i];
        switch (token.Kind)
        {
            case TokenKind.Punct when IsOpener(i):
            case TokenKind.JsxTagStart:
                {
                    var close = CloserOf(i);
                    return close < 0 ? limit : Math.Min(limit, close + 1);
                }

            case TokenKind.TemplateHead:
                {
                    var part = i;
                    for (var guard = 0; guard < 100_000; guard++)
                    {
                        var next = Match[part];
                        if (next <= part || next >= Count)
                        {
                            return limit;
                        }

                        if (Tokens[next].Kind != TokenKind.TemplateMiddle)
                        {
                            return Math.Min(limit, next + 1);
                        }

                        part = next;
                    }

                    return limit;
                }

            default:
                return i + 1;
        }
    }

    /// <summary>The first top-level <c>,</c> in [start, limit), or <paramref name="limit"/>.</summary>
    public int NextComma(int start, int limit)
    {
        var j = start;
        while (j < limit)
        {
            if (IsPunct(j, ","))
            {
                return j;
            }

            j = SkipBalanced(j, limit);
        }

        return limit;
    }

    /// <summary>
    /// Where the expression starting at <paramref name="start"/> ends: a top-level <c>;</c> or <c>,</c>, an unmatched
    /// closer, or a line break where automatic semicolon insertion applies.
    /// </summary>
    public int ExpressionEnd(int start, int limit)
    {
        var j = start;
        while (j < limit)
        {
            ref readonly var token = ref Tokens[j];
            if (j > start && token.Has(TokenFlags.NewlineBefore) && EndsExpression(j - 1) && !Continues(j))
            {
                return j;
            }

            if (token.Kind == TokenKind.Punct && (IsCloser(j) || IsPunct(j, ";") || IsPunct(j, ",")))
            {
                return j;
            }

            j = SkipBalanced(j, limit);
        }

        return limit;
    }

    public bool EndsExpression(int i)
    {
        ref readonly var token = ref Tokens[i];
        return token.Kind switch
        {
            TokenKind.Identifier => !IsReservedWord(Text(i)) || Text(i) is "this" or "null" or "true" or "false" or "undefined",
            TokenKind.Number or TokenKind.String or TokenKind.Template or TokenKind.TemplateTail or TokenKind.Regex
                or TokenKind.JsxSelfClose or TokenKind.JsxCloseTag => true,
            TokenKind.Punct => Text(i) is ")" or "]" or "}" or "++" or "--",
            _ => false,
        };
    }

    private bool Continues(int i)
    {
        ref readonly var token = ref Tokens[i];
        return token.Kind switch
        {
            TokenKind.Punct => Text(i) is not ("{" or "++" or "--" or "!" or "~"),
            TokenKind.Identifier => Text(i) is "as" or "satisfies" or "in" or "instanceof",
            TokenKind.Template or TokenKind.TemplateHead => true,
            _ => false,
        };
    }

    /// <summary>
    /// The first token of the operand (a name, literal or postfix chain such as <c>a.b</c>, <c>f(x)</c>, <c>x[0]</c>,
    /// a template) that ends at <paramref name="last"/>, or -1.
    /// </summary>
    public int OperandStart(int last)
    {
        var j = last;
        var start = -1;
        for (var guard = 0; guard < 64 && j >= 0 && j < Count; guard++)
        {
            ref readonly var token = ref Tokens[j];
            if (token.Kind == TokenKind.TemplateTail)
            {
                var head = Match[j];
                return head >= 0 && head < j ? head : -1;
            }

            if (IsName(j) || token.Kind is TokenKind.String or TokenKind.Number or TokenKind.Template)
            {
                start = j;
                if (IsPunct(j - 1, ".") || IsPunct(j - 1, "?."))
                {
                    j -= 2;
                    continue;
                }

                break;
            }

            if (IsPunct(j, ")") || IsPunct(j, "]"))
            {
                var open = Match[j];
                if (open < 0 || open >= j)
                {
                    break;
                }

                start = open;
                if (IsName(open - 1) || IsPunct(open - 1, ")") || IsPunct(open - 1, "]"))
                {
                    j = open - 1;
                    continue;
                }
            }

            break;
        }

        return start;
    }

    public static bool IsReservedWord(ReadOnlySpan<char> word) => word switch
    {
        "break" or "case" or "catch" or "class" or "const" or "continue" or "debugger" or "default" or "delete" or "do"
            or "else" or "export" or "extends" or "finally" or "for" or "function" or "if" or "import" or "in"
            or "instanceof" or "new" or "return" or "super" or "switch" or "this" or "throw" or "try" or "typeof"
            or "var" or "void" or "while" or "with" or "yield" or "let" or "await" or "null" or "true" or "false"
            or "undefined" or "of" or "static" or "async" => true,
        _ => false,
    };
}
