using System.Buffers;
using System.Runtime.InteropServices;

namespace BazaarVid.Assets.Validation;

/// <summary>
/// Statically evaluates the small part of JavaScript that builds URLs: literals, template literals, <c>+</c>
/// concatenation, constants (resolved through <see cref="DeclarationTable"/>), arrays and objects with member and
/// index access, <c>?:</c>/<c>||</c>/<c>??</c> (all branches), a few string and array methods and
/// <c>staticFile()</c>. Everything else is <see cref="JsValue.Unknown"/>. Recursion, alternatives, text length and
/// total work are bounded, so any input terminates.
/// </summary>
internal sealed class Evaluator : IDisposable
{
    public const int MaxAlternatives = 64;
    private const int MaxDepth = 48;
    private const int MaxTextLength = 4 * 1024 * 1024;

    private static readonly JsValue InProgress = new UnknownValue();

    private readonly TokenCursor _c;
    private readonly Func<ReadOnlySpan<char>, string?> _placeholderIdentifier;

    // Scratch lists for intermediate values (template parts, concatenation choices); recursion takes another one.
    private readonly Stack<List<JsValue>> _scratch = new();
    private DeclarationTable? _declarations;
    private Memo[]? _memo;
    private long _budget;
    private int _depth;

    public Evaluator(TokenCursor cursor, Func<ReadOnlySpan<char>, string?> placeholderIdentifier)
    {
        _c = cursor;
        _placeholderIdentifier = placeholderIdentifier;
        _budget = (50L * cursor.Count) + 100_000;
    }

    /// <summary><c>null</c> and <c>undefined</c>: no media at all.</summary>
    public static JsValue Null { get; } = new UnknownValue();

    private DeclarationTable Declarations => _declarations ??= DeclarationTable.Build(_c);

    public void Dispose()
    {
        _declarations?.Dispose();
        _declarations = null;
        if (_memo is not null)
        {
            ArrayPool<Memo>.Shared.Return(_memo, clearArray: true);
            _memo = null;
        }
    }

    /// <summary>Evaluates one expression in [start, limit). <paramref name="end"/> is the index after it.</summary>
    public JsValue Evaluate(int start, int limit, out int end)
    {
        var p = start;
        var value = start < limit ? ParseAssign(ref p, limit) : JsValue.Unknown;
        end = Math.Max(p, start);
        return value;
    }

    /// <summary>Evaluates one expression in [start, limit), ignoring what follows it.</summary>
    public JsValue Evaluate(int start, int limit) => Evaluate(start, limit, out _);

    /// <summary>Evaluates a template literal starting at token <paramref name="head"/>.</summary>
    public JsValue Template(int head, out int end)
    {
        var p = head;
        var value = ParseTemplate(ref p, _c.Count);
        end = p;
        return value;
    }

    /// <summary>Every leaf (string, static file, unknown) of a value, flattening unions, arrays and objects.</summary>
    public static void Leaves(JsValue value, List<JsValue> into, int max)
    {
        if (into.Count >= max)
        {
            return;
        }

        switch (value)
        {
            case UnionValue union:
                foreach (var alternative in union.Alternatives)
                {
                    Leaves(alternative, into, max);
                }

                break;
            case ArrayValue array:
                foreach (var item in array.Items)
                {
                    Leaves(item, into, max);
                }

                break;
            case ObjectValue obj:
                foreach (var property in obj.Properties)
                {
                    Leaves(property.Value, into, max);
                }

                break;
            default:
                into.Add(value);
                break;
        }
    }

    private bool Spend()
    {
        if (_budget <= 0)
        {
            return false;
        }

        _budget--;
        return true;
    }

    private JsValue ParseAssign(ref int p, int limit)
    {
        if (p >= limit || !Spend())
        {
            p = Math.Max(p, limit);
            return JsValue.Unknown;
        }

        if (_depth >= MaxDepth)
        {
            p = limit;
            return JsValue.Unknown;
        }

        _depth++;
        try
        {
            // A lone name or literal (the usual attribute value, argument or template substitution): what the
            // arrow, conditional, binary, unary and postfix steps below reduce to for one token.
            if (p + 1 == limit && _c.Tokens[p].Kind is TokenKind.Identifier or TokenKind.String or TokenKind.Number or TokenKind.Template)
            {
                return ParsePrimary(ref p, limit);
            }

            var arrow = ArrowAt(p, limit);
            if (arrow >= 0)
            {
                SkipArrowBody(arrow, ref p, limit);
                return JsValue.Unknown;
            }

            var value = ParseConditional(ref p, limit);
            if (p < limit && _c.Tokens[p].Kind == TokenKind.Punct)
            {
                var op = _c.Text(p);
                if (op is "=")
                {
                    p++;
                    return ParseAssign(ref p, limit);
                }

                if (op.Length >= 2 && op[^1] == '=' && op is not ("==" or "===" or "!=" or "!==" or "<=" or ">="))
                {
                    p++;
                    ParseAssign(ref p, limit);
                    return JsValue.Unknown;
                }
            }

            return value;
        }
        finally
        {
            _depth--;
        }
    }

    private int ArrowAt(int p, int limit)
    {
        var q = _c.IsIdent(p, "async") && p + 1 < limit && !_c.IsPunct(p + 1, "=>") ? p + 1 : p;
        if (_c.IsName(q) && q + 1 < limit && _c.IsPunct(q + 1, "=>"))
        {
            return q + 1;
        }

        if (_c.IsPunct(q, "(") && _c.CloserOf(q) is var close && close > 0 && close + 1 < limit && _c.IsPunct(close + 1, "=>"))
        {
            return close + 1;
        }

        return -1;
    }

    private void SkipArrowBody(int arrow, ref int p, int limit)
    {
        p = arrow + 1;
        if (_c.IsPunct(p, "{"))
        {
            p = _c.SkipBalanced(p, limit);
            return;
        }

        ParseAssign(ref p, limit);
    }

    private JsValue ParseConditional(ref int p, int limit)
    {
        var test = ParseBinary(ref p, limit, 1);
        if (p < limit && _c.IsPunct(p, "?"))
        {
            p++;
            var consequent = ParseAssign(ref p, limit);
            if (p < limit && _c.IsPunct(p, ":"))
            {
                p++;
                var alternate = ParseAssign(ref p, limit);
                return Union(consequent, alternate);
            }

            return consequent;
        }

        return test;
    }

    private int Precedence(int p)
    {
        ref readonly var token = ref _c.Tokens[p];
        if (token.Kind == TokenKind.Identifier)
        {
            return _c.Text(p) switch
            {
                "instanceof" or "in" => 8,
                "as" or "satisfies" => 8,
                _ => 0,
            };
        }

        if (token.Kind != TokenKind.Punct)
        {
            return 0;
        }

        return _c.Text(p) switch
        {
            "??" => 1,
            "||" => 2,
            "&&" => 3,
            "|" => 4,
            "^" => 5,
            "&" => 6,
            "==" or "!=" or "===" or "!==" => 7,
            "<" or ">" or "<=" or ">=" => 8,
            "<<" or ">>" or ">>>" => 9,
            "+" or "-" => 10,
            "*" or "/" or "%" => 11,
            "**" => 12,
            _ => 0,
        };
    }

    private JsValue ParseBinary(ref int p, int limit, int minPrecedence)
    {
        var left = ParseUnary(ref p, limit);
        while (p < limit)
        {
            var precedence = Precedence(p);
            if (precedence == 0 || precedence < minPrecedence)
            {
                return left;
            }

            var op = _c.Text(p);
            if (op is "as" or "satisfies")
            {
                p = SkipType(p + 1, limit);
                continue;
            }

            if (precedence == 10)
            {
                left = ParseAdditive(left, ref p, limit);
                continue;
            }

            p++;
            var right = ParseBinary(ref p, limit, precedence + 1);
            left = op switch
            {
                "??" or "||" => Union(left, right),
                "&&" => right,
                _ => JsValue.Unknown,
            };
        }

        return left;
    }

    private JsValue ParseAdditive(JsValue first, ref int p, int limit)
    {
        var parts = RentList();
        parts.Add(first);
        var numeric = false;
        while (p < limit && Precedence(p) == 10)
        {
            numeric |= _c.IsPunct(p, "-");
            p++;
            parts.Add(ParseBinary(ref p, limit, 11));
        }

        var value = numeric ? JsValue.Unknown : Concat(parts);
        ReturnList(parts);
        return value;
    }

    private int SkipType(int p, int limit)
    {
        // `as const`, `as string`, `as Foo.Bar<Baz>[]`, `satisfies Record<string, string>`.
        var angle = 0;
        for (var guard = 0; guard < 256 && p < limit; guard++)
        {
            ref readonly var token = ref _c.Tokens[p];
            if (token.Kind == TokenKind.Identifier || (token.Kind == TokenKind.Punct && _c.Text(p) is "." or "|" or "&"))
            {
                p++;
                continue;
            }

            if (token.Kind == TokenKind.Punct)
            {
                var text = _c.Text(p);
                if (text is "<")
                {
                    angle++;
                    p++;
                    continue;
                }

                if (angle > 0 && text is ">" or ">>" or ",")
                {
                    angle -= text.Length == 2 ? 2 : text is ">" ? 1 : 0;
                    p++;
                    continue;
                }

                if (text is "[" && _c.IsPunct(p + 1, "]"))
                {
                    p += 2;
                    continue;
                }

                if (angle > 0 && _c.IsOpener(p))
                {
                    p = _c.SkipBalanced(p, limit);
                    continue;
                }
            }

            break;
        }

        return p;
    }

    private JsValue ParseUnary(ref int p, int limit)
    {
        // Iterative, so that a long run of prefix operators cannot exhaust the stack.
        var prefixed = false;
        while (p < limit)
        {
            ref readonly var token = ref _c.Tokens[p];
            if (token.Kind == TokenKind.Punct && _c.Text(p) is "!" or "-" or "+" or "~" or "++" or "--" or "...")
            {
                prefixed = true;
                p++;
                continue;
            }

            if (token.Kind == TokenKind.Identifier && _c.Text(p) is "typeof" or "void" or "delete" or "await" && p + 1 < limit && !_c.IsPunct(p + 1, ")"))
            {
                prefixed = true;
                p++;
                continue;
            }

            if (token.Kind == TokenKind.Punct && _c.Text(p) is "<")
            {
                // A TypeScript type assertion cannot appear in TSX; this is malformed input.
                p++;
                return JsValue.Unknown;
            }

            break;
        }

        if (p >= limit)
        {
            return JsValue.Unknown;
        }

        var value = ParsePostfix(ref p, limit);
        return prefixed ? JsValue.Unknown : value;
    }

    private JsValue ParsePostfix(ref int p, int limit)
    {
        var start = p;
        var value = ParsePrimary(ref p, limit);
        var baseName = p == start + 1 && _c.IsName(start) ? start : -1;
        var memberName = -1;
        JsValue? receiver = null;
        while (p < limit && Spend())
        {
            ref readonly var token = ref _c.Tokens[p];
            if (token.Kind == TokenKind.Punct)
            {
                var text = _c.Text(p);
                if ((text is "." or "?.") && p + 1 < limit && _c.IsIdent(p + 1))
                {
                    receiver = value;
                    memberName = p + 1;
                    value = Member(value, _c.Text(p + 1));
                    p += 2;
                    continue;
                }

                if (text is "?." && _c.IsPunct(p + 1, "["))
                {
                    p++;
                    continue;
                }

                if (text is "[")
                {
                    var close = _c.CloserOf(p);
                    var end = close < 0 ? limit : Math.Min(close, limit);
                    var index = Evaluate(p + 1, end);
                    receiver = null;
                    memberName = -1;
                    baseName = -1;
                    value = Index(value, index);
                    p = close < 0 ? limit : Math.Min(limit, close + 1);
                    continue;
                }

                if (text is "(")
                {
                    var close = _c.CloserOf(p);
                    var end = close < 0 ? limit : Math.Min(close, limit);
                    value = Call(baseName, memberName, receiver, p + 1, end, start);
                    receiver = null;
                    memberName = -1;
                    baseName = -1;
                    p = close < 0 ? limit : Math.Min(limit, close + 1);
                    continue;
                }

                if (text is "!" && !token.Has(TokenFlags.NewlineBefore) && (p + 1 >= limit || _c.Tokens[p + 1].Kind == TokenKind.Punct))
                {
                    p++;
                    continue;
                }

                break;
            }

            if (token.Kind is TokenKind.Template or TokenKind.TemplateHead)
            {
                // A tagged template (css`…`, String.raw`…`, styled.div`…`): the text is what matters.
                value = ParseTemplate(ref p, limit);
                receiver = null;
                memberName = -1;
                baseName = -1;
                continue;
            }

            break;
        }

        return value;
    }

    private JsValue ParsePrimary(ref int p, int limit)
    {
        ref readonly var token = ref _c.Tokens[p];
        switch (token.Kind)
        {
            case TokenKind.String:
                {
                    var raw = StringContent(token);
                    var exact = !token.Has(TokenFlags.HasEscapes);
                    var value = new StrValue(TextDecoding.CookJs(_c.Code, raw.Start, raw.Length), raw.Start, exact, p);
                    p++;
                    return value;
                }

            case TokenKind.Template:
            case TokenKind.TemplateHead:
                return ParseTemplate(ref p, limit);
            case TokenKind.Number:
                {
                    var value = new StrValue(_c.Code.AsMemory(token.Start, token.Length), token.Start, true, -1);
                    p++;
                    return value;
                }

            case TokenKind.JsxTagStart:
                p = _c.SkipBalanced(p, limit);
                return JsValue.Unknown;
            case TokenKind.Identifier:
                return ParseIdentifier(ref p, limit);
            case TokenKind.Punct:
                {
                    var text = _c.Text(p);
                    if (text is "(")
                    {
                        var close = _c.CloserOf(p);
                        var end = close < 0 ? limit : Math.Min(close, limit);
                        var value = ParseSequence(p + 1, end);
                        p = close < 0 ? limit : Math.Min(limit, close + 1);
                        return value;
                    }

                    if (text is "[")
                    {
                        return ParseArray(ref p, limit);
                    }

                    if (text is "{")
                    {
                        return ParseObject(ref p, limit);
                    }

                    break;
                }
        }

        p++;
        return JsValue.Unknown;
    }

    private JsValue ParseSequence(int start, int end)
    {
        var value = JsValue.Unknown;
        var p = start;
        while (p < end)
        {
            value = ParseAssign(ref p, end);
            if (p < end && _c.IsPunct(p, ","))
            {
                p++;
                continue;
            }

            break;
        }

        return value;
    }

    private JsValue ParseIdentifier(ref int p, int limit)
    {
        var word = _c.Text(p);
        switch (word)
        {
            case "null":
            case "undefined":
                p++;
                return Null;
            case "true":
            case "false":
            case "this":
            case "super":
            case "import":
                p++;
                return JsValue.Unknown;
            case "function":
                p = SkipFunction(p, limit);
                return JsValue.Unknown;
            case "class":
                p = SkipToBody(p + 1, limit);
                return JsValue.Unknown;
            case "new":
                return ParseNew(ref p, limit);
        }

        var value = Lookup(p);
        p++;
        return value;
    }

    private int SkipFunction(int p, int limit)
    {
        var q = p + 1;
        for (var guard = 0; guard < 64 && q < limit && !_c.IsPunct(q, "("); guard++)
        {
            q++;
        }

        q = q < limit ? _c.SkipBalanced(q, limit) : limit;
        return SkipToBody(q, limit);
    }

    private int SkipToBody(int q, int limit)
    {
        for (var guard = 0; guard < 256 && q < limit; guard++)
        {
            if (_c.IsPunct(q, "{"))
            {
                return _c.SkipBalanced(q, limit);
            }

            q = _c.SkipBalanced(q, limit);
        }

        return limit;
    }

    private JsValue ParseNew(ref int p, int limit)
    {
        p++;
        var name = p;
        while (p < limit && _c.IsIdent(p))
        {
            p++;
            if (p < limit && _c.IsPunct(p, "."))
            {
                p++;
                continue;
            }

            break;
        }

        if (p < limit && _c.IsPunct(p, "("))
        {
            var close = _c.CloserOf(p);
            var end = close < 0 ? limit : Math.Min(close, limit);
            var isUrl = p == name + 1 && _c.IsIdent(name, "URL");
            var value = isUrl ? NewUrl(p + 1, end) : JsValue.Unknown;
            p = close < 0 ? limit : Math.Min(limit, close + 1);
            return value;
        }

        return JsValue.Unknown;
    }

    private JsValue NewUrl(int start, int end)
    {
        var comma = _c.NextComma(start, end);
        var relative = Evaluate(start, comma);
        if (comma >= end)
        {
            return relative;
        }

        var baseValue = Evaluate(comma + 1, end);
        if (relative is StrValue r && baseValue is StrValue b && !r.HasHole && !b.HasHole
            && Uri.TryCreate(b.Text, UriKind.Absolute, out var baseUri) && Uri.TryCreate(baseUri, r.Text, out var combined))
        {
            return new StrValue(combined.OriginalString.AsMemory(), r.Origin, false, r.Source, [.. r.Sources, b.Source, .. b.Sources]);
        }

        return relative is StrValue { HasHole: false } abs && Uri.TryCreate(abs.Text, UriKind.Absolute, out _) ? relative : JsValue.Unknown;
    }

    private ArrayValue ParseArray(ref int p, int limit)
    {
        var close = _c.CloserOf(p);
        var end = close < 0 ? limit : Math.Min(close, limit);
        var items = new List<JsValue>();
        var k = p + 1;
        while (k < end && Spend())
        {
            var entryEnd = _c.NextComma(k, end);
            if (entryEnd > k)
            {
                if (_c.IsPunct(k, "..."))
                {
                    var spread = Evaluate(k + 1, entryEnd);
                    if (spread is ArrayValue inner)
                    {
                        items.AddRange(inner.Items);
                    }
                    else
                    {
                        items.Add(spread is StrValue ? JsValue.Unknown : Elements(spread));
                    }
                }
                else
                {
                    items.Add(Evaluate(k, entryEnd));
                }
            }

            k = entryEnd + 1;
        }

        p = close < 0 ? limit : Math.Min(limit, close + 1);
        return new ArrayValue(items);
    }

    private ObjectValue ParseObject(ref int p, int limit)
    {
        var close = _c.CloserOf(p);
        var end = close < 0 ? limit : Math.Min(close, limit);
        var properties = new List<KeyValuePair<ReadOnlyMemory<char>, JsValue>>();
        var open = false;
        var k = p + 1;
        while (k < end && Spend())
        {
            var entryEnd = _c.NextComma(k, end);
            if (entryEnd > k)
            {
                open |= ParseProperty(k, entryEnd, properties);
            }

            k = entryEnd + 1;
        }

        p = close < 0 ? limit : Math.Min(limit, close + 1);
        return new ObjectValue(properties, open);
    }

    /// <summary>Adds one object literal entry; returns true when it makes the key set open (spread, computed key).</summary>
    private bool ParseProperty(int k, int end, List<KeyValuePair<ReadOnlyMemory<char>, JsValue>> properties)
    {
        ref readonly var token = ref _c.Tokens[k];
        if (_c.IsPunct(k, "..."))
        {
            var spread = Evaluate(k + 1, end);
            if (spread is ObjectValue inner)
            {
                properties.AddRange(inner.Properties);
                return inner.Open;
            }

            return true;
        }

        if (_c.IsPunct(k, "["))
        {
            var close = _c.CloserOf(k);
            if (close > 0 && _c.IsPunct(close + 1, ":"))
            {
                properties.Add(new(ReadOnlyMemory<char>.Empty, Evaluate(close + 2, end)));
            }

            return true;
        }

        ReadOnlyMemory<char> key;
        if (token.Kind == TokenKind.String)
        {
            var raw = StringContent(token);
            key = TextDecoding.CookJs(_c.Code, raw.Start, raw.Length);
        }
        else if (token.Kind is TokenKind.Identifier or TokenKind.Number)
        {
            key = _c.Code.AsMemory(token.Start, token.Length);
        }
        else
        {
            return true;
        }

        if (_c.IsPunct(k + 1, ":"))
        {
            properties.Add(new(key, Evaluate(k + 2, end)));
        }
        else if (k + 1 >= end && token.Kind == TokenKind.Identifier)
        {
            properties.Add(new(key, Lookup(k)));
        }
        else
        {
            // A method, accessor or shorthand with a default.
            properties.Add(new(key, JsValue.Unknown));
        }

        return false;
    }

    private JsValue ParseTemplate(ref int p, int limit)
    {
        ref readonly var head = ref _c.Tokens[p];
        if (head.Kind == TokenKind.Template)
        {
            var raw = TemplateContent(head);
            var value = new StrValue(TextDecoding.CookJs(_c.Code, raw.Start, raw.Length), raw.Start, !head.Has(TokenFlags.HasEscapes), p);
            p++;
            return value;
        }

        if (head.Kind != TokenKind.TemplateHead)
        {
            p++;
            return JsValue.Unknown;
        }

        var parts = RentList();
        var part = p;
        while (true)
        {
            ref readonly var token = ref _c.Tokens[part];
            var raw = TemplateContent(token);
            parts.Add(new StrValue(TextDecoding.CookJs(_c.Code, raw.Start, raw.Length), raw.Start, !token.Has(TokenFlags.HasEscapes), part));
            if (token.Kind is TokenKind.TemplateTail or TokenKind.Template)
            {
                p = part + 1;
                break;
            }

            var next = _c.Match[part];
            if (next <= part || next >= _c.Count)
            {
                parts.Add(JsValue.Unknown);
                p = limit;
                break;
            }

            parts.Add(ParseSequence(part + 1, next));
            part = next;
        }

        var concatenated = Concat(parts);
        ReturnList(parts);
        return concatenated;
    }

    private static (int Start, int Length) StringContent(in Token token)
    {
        var start = token.Start + 1;
        var length = token.Length - (token.Has(TokenFlags.Unterminated) ? 1 : 2);
        return (start, Math.Max(0, length));
    }

    private static (int Start, int Length) TemplateContent(in Token token)
    {
        var start = token.Start + 1;
        var trailer = token.Has(TokenFlags.Unterminated) ? 0 : token.Kind is TokenKind.TemplateHead or TokenKind.TemplateMiddle ? 2 : 1;
        return (start, Math.Max(0, token.Length - 1 - trailer));
    }

    private JsValue Lookup(int identifier)
    {
        var d = Declarations.Resolve(identifier);
        if (d < 0)
        {
            var placeholder = _placeholderIdentifier(_c.Text(identifier));
            return placeholder is null ? JsValue.Unknown : StrValue.Of(placeholder, _c.Tokens[identifier].Start);
        }

        return DeclarationValue(d);
    }

    private JsValue DeclarationValue(int d)
    {
        if (_memo is null)
        {
            _memo = ArrayPool<Memo>.Shared.Rent(Math.Max(1, Declarations.Count));
            Array.Clear(_memo);
        }

        var memo = _memo[d].Value;
        if (memo is not null)
        {
            return ReferenceEquals(memo, InProgress) ? JsValue.Unknown : memo;
        }

        _memo[d].Value = InProgress;
        ref readonly var declaration = ref Declarations[d];
        var value = declaration.Kind switch
        {
            DeclarationKind.Initializer => Evaluate(declaration.ValueStart, declaration.ValueEnd),
            DeclarationKind.Element => Elements(Evaluate(declaration.ValueStart, declaration.ValueEnd)),
            _ => JsValue.Unknown,
        };
        value = declaration.Path switch
        {
            PathKind.Property => Member(value, PropertyKey(declaration.PathToken)),
            PathKind.Index => Index(value, declaration.PathIndex),
            _ => value,
        };
        _memo[d].Value = value;
        return value;
    }

    private ReadOnlySpan<char> PropertyKey(int token)
    {
        ref readonly var t = ref _c.Tokens[token];
        if (t.Kind == TokenKind.String)
        {
            var raw = StringContent(t);
            return _c.Code.AsSpan(raw.Start, raw.Length);
        }

        return _c.Text(token);
    }

    private static JsValue Elements(JsValue value) => value switch
    {
        ArrayValue array when array.Items.Count > 0 => array.ElementsUnion ??= Union(array.Items),
        UnionValue union => Union(union.Alternatives.ConvertAll(Elements)),
        _ => JsValue.Unknown,
    };

    private JsValue Member(JsValue value, ReadOnlySpan<char> name)
    {
        switch (value)
        {
            case ObjectValue obj:
                return obj.Get(name) ?? JsValue.Unknown;
            case StrValue when name is "href" or "src":
                return value;
            case UnionValue union:
                {
                    var results = RentList();
                    foreach (var alternative in union.Alternatives)
                    {
                        results.Add(Member(alternative, name));
                    }

                    var member = Union(results);
                    ReturnList(results);
                    return member;
                }

            default:
                return ReferenceEquals(value, Null) ? Null : JsValue.Unknown;
        }
    }

    private static JsValue Index(JsValue value, int index) => value switch
    {
        ArrayValue array => index < array.Items.Count ? array.Items[index] : JsValue.Unknown,
        UnionValue union => Union(union.Alternatives.ConvertAll(a => Index(a, index))),
        _ => JsValue.Unknown,
    };

    private static JsValue Index(JsValue value, JsValue index)
    {
        switch (value)
        {
            case ArrayValue array:
                if (index is StrValue { HasHole: false } s && int.TryParse(s.Span, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i))
                {
                    return i < array.Items.Count ? array.Items[i] : JsValue.Unknown;
                }

                return array.Items.Count == 0 ? JsValue.Unknown : Union(array.Items);
            case ObjectValue obj:
                if (index is StrValue { HasHole: false } key)
                {
                    return obj.Get(key.Span) ?? JsValue.Unknown;
                }

                return obj.Properties.Count == 0 ? JsValue.Unknown : Union(obj.Properties.ConvertAll(x => x.Value));
            case UnionValue union:
                return Union(union.Alternatives.ConvertAll(a => Index(a, index)));
            default:
                return JsValue.Unknown;
        }
    }

    private JsValue Call(int baseName, int memberName, JsValue? receiver, int argsStart, int argsEnd, int calleeStart)
    {
        var callee = memberName >= 0 ? _c.Text(memberName) : baseName >= 0 ? _c.Text(baseName) : [];
        if (callee is "staticFile")
        {
            return new StaticFileValue(Argument(argsStart, argsEnd, 0), _c.Tokens[calleeStart].Start);
        }

        if (memberName < 0)
        {
            return callee is "String" or "encodeURI" ? Argument(argsStart, argsEnd, 0) : JsValue.Unknown;
        }

        if (receiver is null)
        {
            return JsValue.Unknown;
        }

        // Object.values(x), Object.entries(x), Array.from(x), Array.of(...): the receiver is an undeclared global.
        if (memberName == baseName + 2 && baseName >= 0)
        {
            var global = _c.Text(baseName);
            if (global is "Object" && Declarations.Resolve(baseName) < 0)
            {
                return callee switch
                {
                    "values" => ObjectValues(Argument(argsStart, argsEnd, 0)),
                    "entries" => ObjectEntries(Argument(argsStart, argsEnd, 0)),
                    _ => JsValue.Unknown,
                };
            }

            if (global is "Array" && Declarations.Resolve(baseName) < 0)
            {
                return callee switch
                {
                    "from" => Argument(argsStart, argsEnd, 0) is ArrayValue from ? from : JsValue.Unknown,
                    "of" => new ArrayValue(Arguments(argsStart, argsEnd)),
                    _ => JsValue.Unknown,
                };
            }
        }

        return Method(receiver, callee, argsStart, argsEnd);
    }

    private JsValue Method(JsValue receiver, ReadOnlySpan<char> name, int argsStart, int argsEnd)
    {
        switch (receiver)
        {
            case UnionValue union:
                {
                    var results = new List<JsValue>(union.Alternatives.Count);
                    foreach (var alternative in union.Alternatives)
                    {
                        results.Add(Method(alternative, name, argsStart, argsEnd));
                    }

                    return Union(results);
                }

            case StrValue s:
                switch (name)
                {
                    case "toString":
                    case "valueOf":
                    case "normalize":
                        return s;
                    case "trim":
                        return s.HasHole ? s : new StrValue(s.Text.Trim().AsMemory(), s.Origin, false, s.Source, s.Sources);
                    case "toLowerCase":
                        return new StrValue(s.Text.ToLowerInvariant().AsMemory(), s.Origin, false, s.Source, s.Sources);
                    case "toUpperCase":
                        return new StrValue(s.Text.ToUpperInvariant().AsMemory(), s.Origin, false, s.Source, s.Sources);
                    case "concat":
                        {
                            var parts = Arguments(argsStart, argsEnd);
                            parts.Insert(0, s);
                            return Concat(parts);
                        }

                    case "replace":
                    case "replaceAll":
                        {
                            var args = Arguments(argsStart, argsEnd);
                            if (args.Count == 2 && args[0] is StrValue { HasHole: false } find && find.Text.Length > 0 && args[1] is StrValue { HasHole: false } with && !s.HasHole)
                            {
                                var replaced = name is "replaceAll"
                                    ? s.Text.Replace(find.Text, with.Text, StringComparison.Ordinal)
                                    : ReplaceFirst(s.Text, find.Text, with.Text);
                                return new StrValue(replaced.AsMemory(), s.Origin, false, s.Source, [.. s.Sources, find.Source, .. find.Sources, with.Source, .. with.Sources]);
                            }

                            return JsValue.Unknown;
                        }

                    default:
                        return JsValue.Unknown;
                }

            case ArrayValue array:
                switch (name)
                {
                    case "join":
                        {
                            var separator = argsEnd > argsStart ? Argument(argsStart, argsEnd, 0) : StrValue.Of(",");
                            var parts = new List<JsValue>(array.Items.Count * 2);
                            for (var i = 0; i < array.Items.Count; i++)
                            {
                                if (i > 0)
                                {
                                    parts.Add(separator);
                                }

                                parts.Add(array.Items[i]);
                            }

                            return parts.Count == 0 ? StrValue.Of(string.Empty) : Concat(parts);
                        }

                    case "concat":
                        {
                            var items = new List<JsValue>(array.Items);
                            foreach (var argument in Arguments(argsStart, argsEnd))
                            {
                                if (argument is ArrayValue more)
                                {
                                    items.AddRange(more.Items);
                                }
                                else
                                {
                                    items.Add(argument);
                                }
                            }

                            return new ArrayValue(items);
                        }

                    case "filter":
                    case "slice":
                    case "reverse":
                    case "toReversed":
                    case "sort":
                    case "toSorted":
                        return array;
                    case "find":
                    case "findLast":
                    case "at":
                    case "pop":
                    case "shift":
                        return Elements(array);
                    case "flat":
                        {
                            var items = new List<JsValue>();
                            foreach (var item in array.Items)
                            {
                                if (item is ArrayValue inner)
                                {
                                    items.AddRange(inner.Items);
                                }
                                else
                                {
                                    items.Add(item);
                                }
                            }

                            return new ArrayValue(items);
                        }

                    default:
                        return JsValue.Unknown;
                }

            default:
                return JsValue.Unknown;
        }
    }

    private static string ReplaceFirst(string text, string find, string with)
    {
        var index = text.IndexOf(find, StringComparison.Ordinal);
        return index < 0 ? text : string.Concat(text.AsSpan(0, index), with, text.AsSpan(index + find.Length));
    }

    private static JsValue ObjectValues(JsValue value) => value switch
    {
        ObjectValue obj => new ArrayValue(obj.Properties.ConvertAll(x => x.Value)),
        UnionValue union => Union(union.Alternatives.ConvertAll(ObjectValues)),
        _ => JsValue.Unknown,
    };

    private static JsValue ObjectEntries(JsValue value) => value switch
    {
        ObjectValue obj => new ArrayValue(obj.Properties.ConvertAll(x => (JsValue)new ArrayValue([new StrValue(x.Key, 0, false, -1), x.Value]))),
        UnionValue union => Union(union.Alternatives.ConvertAll(ObjectEntries)),
        _ => JsValue.Unknown,
    };

    /// <summary>The value of argument <paramref name="index"/> of the argument list in [start, end).</summary>
    public JsValue Argument(int start, int end, int index)
    {
        var (argStart, argEnd) = ArgumentRange(start, end, index);
        return argStart < 0 ? JsValue.Unknown : Evaluate(argStart, argEnd);
    }

    /// <summary>The token range of argument <paramref name="index"/>, or (-1, -1) when there is none.</summary>
    public (int Start, int End) ArgumentRange(int start, int end, int index)
    {
        var k = start;
        for (var i = 0; k < end; i++)
        {
            var comma = _c.NextComma(k, end);
            if (i == index)
            {
                return comma > k ? (k, comma) : (-1, -1);
            }

            k = comma + 1;
        }

        return (-1, -1);
    }

    private List<JsValue> Arguments(int start, int end)
    {
        var values = new List<JsValue>();
        var k = start;
        while (k < end)
        {
            var comma = _c.NextComma(k, end);
            if (comma > k)
            {
                values.Add(Evaluate(k, comma));
            }

            k = comma + 1;
        }

        return values;
    }

    /// <summary>Both values as alternatives (flattened, capped).</summary>
    public static JsValue Union(JsValue a, JsValue b)
    {
        if (ReferenceEquals(a, b))
        {
            return a;
        }

        if (a is not UnionValue && b is not UnionValue)
        {
            return new UnionValue(new List<JsValue>(2) { a, b });
        }

        return Union([a, b]);
    }

    private static JsValue Union(List<JsValue> values)
    {
        if (values.Count == 1)
        {
            return values[0];
        }

        var flat = new List<JsValue>(values.Count);
        foreach (var value in CollectionsMarshal.AsSpan(values))
        {
            if (value is UnionValue inner)
            {
                foreach (var alternative in inner.Alternatives)
                {
                    AddAlternative(flat, alternative);
                }
            }
            else
            {
                AddAlternative(flat, value);
            }
        }

        return flat.Count == 1 ? flat[0] : new UnionValue(flat);
    }

    private static void AddAlternative(List<JsValue> into, JsValue value)
    {
        if (into.Count >= MaxAlternatives)
        {
            if (!ContainsReference(into, JsValue.Unknown))
            {
                into[^1] = JsValue.Unknown;
            }

            return;
        }

        if (!ContainsReference(into, value))
        {
            into.Add(value);
        }
    }

    // Values have reference identity (no JsValue overrides Equals), so this is List.Contains without the comparer.
    private static bool ContainsReference(List<JsValue> list, JsValue value)
    {
        foreach (var item in CollectionsMarshal.AsSpan(list))
        {
            if (ReferenceEquals(item, value))
            {
                return true;
            }
        }

        return false;
    }

    private List<JsValue> RentList() => _scratch.TryPop(out var list) ? list : new List<JsValue>(8);

    private void ReturnList(List<JsValue> list)
    {
        list.Clear();
        _scratch.Push(list);
    }

    /// <summary>String concatenation of the parts, folded once (linear); unknown parts become holes.</summary>
    private JsValue Concat(List<JsValue> parts)
    {
        var combinations = 1L;
        foreach (var part in CollectionsMarshal.AsSpan(parts))
        {
            if (part is UnionValue union)
            {
                combinations *= union.Alternatives.Count;
                if (combinations > MaxAlternatives)
                {
                    return JsValue.Unknown;
                }
            }
        }

        if (combinations == 1)
        {
            return ConcatOne(parts);
        }

        var results = RentList();
        var choice = RentList();
        for (var n = 0L; n < combinations; n++)
        {
            choice.Clear();
            var rest = n;
            foreach (var part in CollectionsMarshal.AsSpan(parts))
            {
                if (part is UnionValue union)
                {
                    choice.Add(union.Alternatives[(int)(rest % union.Alternatives.Count)]);
                    rest /= union.Alternatives.Count;
                }
                else
                {
                    choice.Add(part);
                }
            }

            results.Add(ConcatOne(choice));
        }

        ReturnList(choice);
        var alternatives = Union(results);
        ReturnList(results);
        return alternatives;
    }

    private static JsValue ConcatOne(List<JsValue> parts)
    {
        var anyString = false;
        var length = 0L;
        var sourceCount = 0;
        var segmentCount = 0;
        StrValue? first = null;
        foreach (var part in CollectionsMarshal.AsSpan(parts))
        {
            if (part is StrValue s)
            {
                anyString = true;
                length += s.Memory.Length;
                sourceCount += s.Sources.Length + (s.Source >= 0 ? 1 : 0);
                if (s.Memory.Length > 0)
                {
                    segmentCount += s.Segments?.Length ?? 1;
                    first ??= s;
                }
            }
            else
            {
                length++;
            }
        }

        if (!anyString)
        {
            return JsValue.Unknown;
        }

        var truncated = length > MaxTextLength;
        var textLength = (int)Math.Min(length, MaxTextLength + 1);
        var sources = sourceCount == 0 ? [] : new int[sourceCount];
        var segments = new Segment[segmentCount];
        int filledSources = 0, filledSegments = 0, position = 0;
        foreach (var part in CollectionsMarshal.AsSpan(parts))
        {
            if (part is not StrValue s)
            {
                position++;
                continue;
            }

            if (s.Source >= 0)
            {
                sources[filledSources++] = s.Source;
            }

            s.Sources.AsSpan().CopyTo(sources.AsSpan(filledSources));
            filledSources += s.Sources.Length;
            if (s.Memory.Length > 0)
            {
                if (s.Segments is null)
                {
                    segments[filledSegments++] = new Segment(position, s.Origin, s.Exact);
                }
                else
                {
                    foreach (var segment in s.Segments)
                    {
                        segments[filledSegments++] = segment with { TextStart = segment.TextStart + position };
                    }
                }
            }

            position += s.Memory.Length;
        }

        var text = string.Create(textLength, (parts, truncated), static (span, state) =>
        {
            var at = 0;
            foreach (var part in CollectionsMarshal.AsSpan(state.parts))
            {
                if (at >= span.Length)
                {
                    break;
                }

                if (part is StrValue s)
                {
                    var take = Math.Min(s.Memory.Length, span.Length - at);
                    s.Span[..take].CopyTo(span[at..]);
                    at += take;
                }
                else
                {
                    span[at++] = part is StaticFileValue ? TextDecoding.StaticHole : TextDecoding.Hole;
                }
            }

            if (state.truncated)
            {
                span[^1] = TextDecoding.Hole;
            }
        });

        var origin = first?.Origin ?? parts.OfType<StrValue>().First().Origin;
        return new StrValue(text.AsMemory(), origin, false, -1, sources, segments);
    }

    // A slot of the declaration memo: a store into a struct field skips the covariance check of a store into JsValue[].
    private struct Memo
    {
        public JsValue? Value;
    }
}
