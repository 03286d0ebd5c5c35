namespace BazaarVid.Brain;

/// <summary>Tokens of scene code with bracket depths and matching brackets precomputed, and the small queries the rules share.</summary>
internal sealed class SceneSource
{
    private readonly IReadOnlyList<JsToken> _tokens;
    private readonly int[] _depth;
    private readonly int[] _match;

    public SceneSource(string code, IReadOnlyList<JsToken> tokens)
    {
        Code = code;
        _tokens = tokens;
        _depth = new int[tokens.Count];
        _match = new int[tokens.Count];
        Array.Fill(_match, -1);
        var open = new Stack<int>();
        var depth = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            _depth[i] = depth;
            var token = tokens[i];
            if (token.Kind != JsTokenKind.Punctuator)
            {
                continue;
            }

            if (token.Text is "(" or "[" or "{")
            {
                open.Push(i);
                depth++;
            }
            else if (token.Text is ")" or "]" or "}" && open.Count > 0)
            {
                var opener = open.Pop();
                _match[opener] = i;
                _match[i] = opener;
                depth--;
            }
        }
    }

    public string Code { get; }

    public int Count => _tokens.Count;

    public JsToken this[int index] => _tokens[index];

    /// <summary>Open brackets before the token (a closer still counts the level it closes).</summary>
    public int Depth(int index) => _depth[index];

    /// <summary>The matching bracket of an opener or closer, or -1.</summary>
    public int Match(int index) => index >= 0 && index < Count ? _match[index] : -1;

    public bool IsPunct(int index, string text) => index >= 0 && index < Count && _tokens[index].IsPunct(text);

    public bool IsIdent(int index, string text) => index >= 0 && index < Count && _tokens[index].IsIdent(text);

    public bool IsKind(int index, JsTokenKind kind) => index >= 0 && index < Count && _tokens[index].Kind == kind;

    /// <summary>True when the token is a property name after <c>.</c> or <c>?.</c>.</summary>
    public bool IsMemberName(int index) => IsPunct(index - 1, ".") || IsPunct(index - 1, "?.");

    /// <summary>True when the token is a key of an object literal or pattern (<c>{ key: … }</c>).</summary>
    public bool IsObjectKey(int index) => (IsPunct(index - 1, "{") || IsPunct(index - 1, ",")) && IsPunct(index + 1, ":");

    /// <summary>True when a top-level statement starts at the token (start of code, after ';', after a closing block, or on a new line that does not continue an expression).</summary>
    public bool IsStatementStart(int index)
    {
        if (index < 0 || index >= Count || _depth[index] != 0)
        {
            return false;
        }

        if (index == 0)
        {
            return true;
        }

        var prev = _tokens[index - 1];
        if (prev.IsPunct(";"))
        {
            return true;
        }

        if (prev.IsPunct("}"))
        {
            return _tokens[index].Kind == JsTokenKind.Identifier || _tokens[index].NewlineBefore;
        }

        return _tokens[index].NewlineBefore && !ContinuesExpression(prev);
    }

    /// <summary>The index just past a statement's expression that starts at <paramref name="start"/>: the next top-level ',' or ';', the next statement, or the end.</summary>
    public int ExpressionEnd(int start, bool stopAtComma)
    {
        var i = start;
        while (i < Count)
        {
            if (_depth[i] == 0 && (IsPunct(i, ";") || (stopAtComma && IsPunct(i, ","))))
            {
                return i;
            }

            if (i > start && IsStatementStart(i))
            {
                return i;
            }

            i++;
        }

        return i;
    }

    /// <summary>Splits the tokens strictly between an opener and its closer at the commas of that level (an empty trailing part is dropped).</summary>
    public List<(int Start, int End)> Split(int open)
    {
        var parts = new List<(int Start, int End)>();
        var close = Match(open);
        if (close < 0)
        {
            return parts;
        }

        var level = _depth[open] + 1;
        var start = open + 1;
        for (var i = open + 1; i < close; i++)
        {
            if (_depth[i] == level && IsPunct(i, ","))
            {
                parts.Add((start, i));
                start = i + 1;
            }
        }

        if (close > start)
        {
            parts.Add((start, close));
        }

        return parts;
    }

    /// <summary>The binding names of a destructuring pattern that opens at <paramref name="open"/> (keys and default values are skipped).</summary>
    public List<int> PatternNames(int open)
    {
        var names = new List<int>();
        var close = Match(open);
        var i = open + 1;
        while (i < close)
        {
            if (IsPunct(i, "="))
            {
                var level = _depth[i];
                i++;
                while (i < close && !(_depth[i] == level && (IsPunct(i, ",") || IsPunct(i, "}") || IsPunct(i, "]"))))
                {
                    i++;
                }

                continue;
            }

            if (_tokens[i].Kind == JsTokenKind.Identifier
                && (IsPunct(i + 1, ",") || IsPunct(i + 1, "}") || IsPunct(i + 1, "]") || IsPunct(i + 1, "="))
                && !IsMemberName(i))
            {
                names.Add(i);
            }

            i++;
        }

        return names;
    }

    /// <summary>The text of a string token without its quotes (escapes are not decoded).</summary>
    public static string Unquote(JsToken token) =>
        token.Text.Length >= 2 && token.Text[0] == token.Text[^1] ? token.Text[1..^1] : token.Text.TrimStart('"', '\'');

    private static bool ContinuesExpression(JsToken prev) =>
        prev.Kind == JsTokenKind.Punctuator && prev.Text is not (")" or "]" or "}" or "++" or "--");
}
