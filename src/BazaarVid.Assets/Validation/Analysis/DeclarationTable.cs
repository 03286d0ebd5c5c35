using System.Buffers;
using System.Numerics;

namespace BazaarVid.Assets.Validation;

internal enum DeclarationKind : byte
{
    /// <summary><c>const x = expr</c>: the value of the initializer.</summary>
    Initializer,

    /// <summary>An element of an iterable: the first parameter of a <c>.map(…)</c> callback, <c>for (const x of …)</c>.</summary>
    Element,

    /// <summary>A function parameter or an uninitialized variable: not known statically.</summary>
    Parameter,
}

internal enum PathKind : byte
{
    None,
    Property,
    Index,
}

/// <summary>One binding: its name token, the token range it is visible in and where its value comes from.</summary>
internal struct Declaration
{
    public int NameToken;
    public int BlockStart;
    public int BlockEnd;
    public DeclarationKind Kind;
    public int ValueStart;
    public int ValueEnd;
    public PathKind Path;
    public int PathToken;
    public int PathIndex;
}

/// <summary>
/// Every binding of one file (variables, destructuring, parameters, <c>.map</c> callback parameters) with its block,
/// so that a name is resolved to the innermost declaration visible at its use. Built in one linear pass.
/// </summary>
internal sealed class DeclarationTable : IDisposable
{
    private const int MaxCandidates = 4096;

    private readonly TokenCursor _c;
    private readonly List<int> _open = [];
    private Declaration[] _declarations;
    private int _count;
    private long[]? _keys;
    private int[]? _order;

    // The index: declarations grouped by the hash of their name (an open-addressing table of hash -> group), each
    // group in token order. That is the order of sorting (hash, token) keys, built in linear time; a group with the
    // same token twice (malformed code) falls back to the sorted keys, whose order among equal keys is the sort's.
    private int[]? _slotHash;
    private int[]? _slotStart;
    private int[]? _slotCount;
    private int _slotMask;
    private bool _indexed;

    private DeclarationTable(TokenCursor cursor)
    {
        _c = cursor;
        _declarations = ArrayPool<Declaration>.Shared.Rent(Math.Max(16, cursor.Count / 16));
    }

    public int Count => _count;

    public ref readonly Declaration this[int index] => ref _declarations[index];

    public void Dispose()
    {
        ArrayPool<Declaration>.Shared.Return(_declarations);
        _declarations = [];
        if (_keys is not null)
        {
            ArrayPool<long>.Shared.Return(_keys);
            _keys = null;
        }

        if (_order is not null)
        {
            ArrayPool<int>.Shared.Return(_order);
            _order = null;
        }

        if (_slotHash is not null)
        {
            ArrayPool<int>.Shared.Return(_slotHash);
            ArrayPool<int>.Shared.Return(_slotStart!);
            ArrayPool<int>.Shared.Return(_slotCount!);
            _slotHash = _slotStart = _slotCount = null;
        }
    }

    public static DeclarationTable Build(TokenCursor cursor)
    {
        var table = new DeclarationTable(cursor);
        table.Scan();
        return table;
    }

    /// <summary>
    /// The declaration that the identifier at <paramref name="use"/> refers to, or -1: the nearest declaration of the
    /// same name before it whose block contains it (blocks that contain one point are nested, so that is the innermost),
    /// else the nearest after it (a constant declared below the code that uses it).
    /// </summary>
    public int Resolve(int use)
    {
        EnsureIndex();
        var name = _c.Text(use);
        var hash = string.GetHashCode(name);
        if (_keys is null)
        {
            return ResolveInGroup(use, name, hash);
        }

        var key = ((long)hash << 32) | (uint)use;
        var position = Array.BinarySearch(_keys!, 0, _count, key);
        position = position < 0 ? ~position : position + 1;
        for (int k = position - 1, steps = 0; k >= 0 && steps < MaxCandidates && (_keys![k] >> 32) == hash; k--, steps++)
        {
            if (Visible(_order![k], use, name))
            {
                return _order[k];
            }
        }

        for (int k = position, steps = 0; k < _count && steps < MaxCandidates && (_keys![k] >> 32) == hash; k++, steps++)
        {
            if (Visible(_order![k], use, name))
            {
                return _order[k];
            }
        }

        return -1;
    }

    private int ResolveInGroup(int use, ReadOnlySpan<char> name, int hash)
    {
        var slot = hash & _slotMask;
        while (_slotCount![slot] != 0 && _slotHash![slot] != hash)
        {
            slot = (slot + 1) & _slotMask;
        }

        var start = _slotStart![slot];
        var end = start + _slotCount[slot];
        var order = _order!;

        // The first declaration after the use (the position a search of the sorted keys gives).
        int low = start, high = end;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_declarations[order[middle]].NameToken <= use)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (int k = low - 1, steps = 0; k >= start && steps < MaxCandidates; k--, steps++)
        {
            if (Visible(order[k], use, name))
            {
                return order[k];
            }
        }

        for (int k = low, steps = 0; k < end && steps < MaxCandidates; k++, steps++)
        {
            if (Visible(order[k], use, name))
            {
                return order[k];
            }
        }

        return -1;
    }

    private bool Visible(int d, int use, ReadOnlySpan<char> name)
    {
        ref readonly var declaration = ref _declarations[d];
        return declaration.BlockStart < use && use <= declaration.BlockEnd && _c.Text(declaration.NameToken).SequenceEqual(name);
    }

    private void EnsureIndex()
    {
        if (_indexed)
        {
            return;
        }

        _indexed = true;
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, _count * 2));
        _slotMask = size - 1;
        _slotHash = ArrayPool<int>.Shared.Rent(size);
        _slotStart = ArrayPool<int>.Shared.Rent(size);
        _slotCount = ArrayPool<int>.Shared.Rent(size);
        Array.Clear(_slotCount, 0, size);
        var slots = ArrayPool<int>.Shared.Rent(Math.Max(1, _count));
        for (var d = 0; d < _count; d++)
        {
            var hash = string.GetHashCode(_c.Text(_declarations[d].NameToken));
            var slot = hash & _slotMask;
            while (_slotCount[slot] != 0 && _slotHash[slot] != hash)
            {
                slot = (slot + 1) & _slotMask;
            }

            _slotHash[slot] = hash;
            _slotCount[slot]++;
            slots[d] = slot;
        }

        var next = 0;
        for (var slot = 0; slot < size; slot++)
        {
            _slotStart[slot] = next;
            next += _slotCount[slot];
        }

        // Place each declaration in its group (in the order they were found, nearly token order), then sort each group
        // by token with an insertion sort, which is linear on nearly sorted input.
        var order = ArrayPool<int>.Shared.Rent(Math.Max(1, _count));
        var fill = ArrayPool<int>.Shared.Rent(size);
        Array.Clear(fill, 0, size);
        for (var d = 0; d < _count; d++)
        {
            var slot = slots[d];
            order[_slotStart[slot] + fill[slot]++] = d;
        }

        ArrayPool<int>.Shared.Return(fill);
        ArrayPool<int>.Shared.Return(slots);
        _order = order;
        var duplicate = false;
        for (var slot = 0; slot < size && !duplicate; slot++)
        {
            var start = _slotStart[slot];
            var end = start + _slotCount[slot];
            for (var k = start + 1; k < end; k++)
            {
                var d = order[k];
                var token = _declarations[d].NameToken;
                var j = k - 1;
                while (j >= start && _declarations[order[j]].NameToken > token)
                {
                    order[j + 1] = order[j];
                    j--;
                }

                order[j + 1] = d;
                duplicate |= j >= start && _declarations[order[j]].NameToken == token;
            }
        }

        if (duplicate)
        {
            BuildSortedKeys();
        }
    }

    private void BuildSortedKeys()
    {
        ArrayPool<int>.Shared.Return(_order!);
        var keys = ArrayPool<long>.Shared.Rent(Math.Max(1, _count));
        var order = ArrayPool<int>.Shared.Rent(Math.Max(1, _count));
        for (var d = 0; d < _count; d++)
        {
            var token = _declarations[d].NameToken;
            keys[d] = ((long)string.GetHashCode(_c.Text(token)) << 32) | (uint)token;
            order[d] = d;
        }

        Array.Sort(keys, order, 0, _count);
        _keys = keys;
        _order = order;
    }

    private void Scan()
    {
        // Only brackets, => and maybe-keyword identifiers (every other token was skipped below), in order.
        var code = _c.Code;
        var tokens = _c.Tokens;
        var structure = _c.Structure;
        for (var s = 0; s < _c.StructureCount; s++)
        {
            var i = structure[s];
            ref readonly var token = ref tokens[i];
            if (token.Kind == TokenKind.Punct)
            {
                var c = code[token.Start];
                if (token.Length == 1)
                {
                    if (c is '(' or '[' or '{')
                    {
                        if (_c.CloserOf(i) > i)
                        {
                            _open.Add(i);
                        }
                    }
                    else if (c is ')' or ']' or '}')
                    {
                        PopTo(_c.Match[i]);
                    }
                }
                else if (token.Length == 2 && c == '=' && code[token.Start + 1] == '>')
                {
                    ScanArrow(i);
                }

                continue;
            }

            if (token.Kind != TokenKind.Identifier || token.Length is < 3 or > 8 || code[token.Start] is not ('c' or 'l' or 'v' or 'f'))
            {
                continue;
            }

            var word = _c.Text(i);
            if (word is "const" or "let" or "var" or "function" && !_c.IsPunct(i - 1, ".") && !_c.IsPunct(i - 1, "?."))
            {
                if (word is "function")
                {
                    ScanFunction(i);
                }
                else
                {
                    ScanDeclarators(i + 1);
                }
            }
        }
    }

    private void PopTo(int opener)
    {
        if (opener < 0)
        {
            return;
        }

        for (var k = _open.Count - 1; k >= 0; k--)
        {
            if (_open[k] == opener)
            {
                _open.RemoveRange(k, _open.Count - k);
                return;
            }
        }
    }

    private (int Start, int End) InnermostBrace()
    {
        for (var k = _open.Count - 1; k >= 0 && k >= _open.Count - 64; k--)
        {
            var opener = _open[k];
            if (_c.IsPunct(opener, "{"))
            {
                return (opener, _c.Match[opener]);
            }
        }

        return (-1, int.MaxValue);
    }

    private int EnclosingCloser()
    {
        for (var k = _open.Count - 1; k >= 0; k--)
        {
            var close = _c.CloserOf(_open[k]);
            if (close > 0)
            {
                return close;
            }
        }

        return _c.Count;
    }

    private void ScanDeclarators(int j)
    {
        var (blockStart, blockEnd) = InnermostBrace();
        for (var guard = 0; guard < 10_000 && j < _c.Count; guard++)
        {
            int pattern = -1, name = -1;
            if (_c.IsName(j))
            {
                name = j++;
            }
            else if (_c.IsPunct(j, "{") || _c.IsPunct(j, "["))
            {
                pattern = j;
                var close = _c.CloserOf(j);
                if (close < 0)
                {
                    return;
                }

                j = close + 1;
            }
            else
            {
                return;
            }

            j = SkipTypeAnnotation(j);
            if (_c.IsPunct(j, "="))
            {
                var start = j + 1;
                var end = _c.ExpressionEnd(start, _c.Count);
                Bind(name, pattern, DeclarationKind.Initializer, start, end, blockStart, blockEnd);
                j = end;
            }
            else if (_c.IsIdent(j, "of"))
            {
                var start = j + 1;
                var end = _c.ExpressionEnd(start, _c.Count);
                Bind(name, pattern, DeclarationKind.Element, start, end, blockStart, blockEnd);
                return;
            }
            else
            {
                Bind(name, pattern, DeclarationKind.Parameter, 0, 0, blockStart, blockEnd);
                if (_c.IsIdent(j, "in"))
                {
                    return;
                }
            }

            if (!_c.IsPunct(j, ","))
            {
                return;
            }

            j++;
        }
    }

    private void Bind(int name, int pattern, DeclarationKind kind, int start, int end, int blockStart, int blockEnd)
    {
        if (name >= 0)
        {
            Add(name, kind, start, end, blockStart, blockEnd, PathKind.None, 0, 0);
        }
        else if (pattern >= 0)
        {
            BindPattern(pattern, kind, start, end, blockStart, blockEnd);
        }
    }

    private void BindPattern(int pattern, DeclarationKind kind, int start, int end, int blockStart, int blockEnd)
    {
        var close = _c.CloserOf(pattern);
        if (close < 0)
        {
            return;
        }

        var isObject = _c.IsPunct(pattern, "{");
        var index = 0;
        var k = pattern + 1;
        while (k < close)
        {
            var entryEnd = _c.NextComma(k, close);
            if (entryEnd > k)
            {
                if (_c.IsPunct(k, "..."))
                {
                    if (_c.IsName(k + 1))
                    {
                        Add(k + 1, DeclarationKind.Parameter, 0, 0, blockStart, blockEnd, PathKind.None, 0, 0);
                    }
                }
                else if (isObject && (_c.IsIdent(k) || _c.Tokens[k].Kind == TokenKind.String))
                {
                    if (_c.IsPunct(k + 1, ":"))
                    {
                        if (_c.IsName(k + 2))
                        {
                            Add(k + 2, kind, start, end, blockStart, blockEnd, PathKind.Property, k, 0);
                        }
                    }
                    else if (_c.IsName(k))
                    {
                        Add(k, kind, start, end, blockStart, blockEnd, PathKind.Property, k, 0);
                    }
                }
                else if (!isObject && _c.IsName(k))
                {
                    Add(k, kind, start, end, blockStart, blockEnd, PathKind.Index, 0, index);
                }
            }

            index++;
            k = entryEnd + 1;
        }
    }

    private int SkipTypeAnnotation(int j)
    {
        if (!_c.IsPunct(j, ":") && !_c.IsPunct(j, "!"))
        {
            return j;
        }

        if (_c.IsPunct(j, "!"))
        {
            j++;
            if (!_c.IsPunct(j, ":"))
            {
                return j;
            }
        }

        j++;
        var angle = 0;
        for (var guard = 0; guard < 2_000 && j < _c.Count; guard++)
        {
            if (_c.Tokens[j].Kind == TokenKind.Punct)
            {
                var text = _c.Text(j);
                if (angle <= 0 && (text is "=" or "," or ";" || _c.IsCloser(j)))
                {
                    return j;
                }

                if (text is "<")
                {
                    angle++;
                }
                else if (text is ">")
                {
                    angle--;
                }
                else if (text is ">>")
                {
                    angle -= 2;
                }
                else if (text is ">>>")
                {
                    angle -= 3;
                }

                j = _c.SkipBalanced(j, _c.Count);
                continue;
            }

            if (angle <= 0 && _c.IsIdent(j, "of"))
            {
                return j;
            }

            j = _c.SkipBalanced(j, _c.Count);
        }

        return j;
    }

    private void ScanArrow(int arrow)
    {
        int paramsStart, paramsOpen = -1;
        if (_c.IsName(arrow - 1))
        {
            paramsStart = arrow - 1;
        }
        else if (_c.IsPunct(arrow - 1, ")") && _c.Match[arrow - 1] is var open && open >= 0 && open < arrow - 1)
        {
            paramsStart = paramsOpen = open;
        }
        else
        {
            return;
        }

        int blockStart, blockEnd;
        if (_c.IsPunct(arrow + 1, "{") && _c.CloserOf(arrow + 1) > 0)
        {
            blockStart = arrow + 1;
            blockEnd = _c.Match[arrow + 1];
        }
        else
        {
            blockStart = arrow;
            blockEnd = EnclosingCloser();
        }

        var caller = _c.IsIdent(paramsStart - 1, "async") ? paramsStart - 2 : paramsStart - 1;
        var (receiverStart, receiverEnd) = CallbackReceiver(caller);
        if (paramsOpen < 0)
        {
            AddParameter(paramsStart, first: true, receiverStart, receiverEnd, blockStart, blockEnd);
            return;
        }

        BindParameters(paramsOpen, receiverStart, receiverEnd, blockStart, blockEnd);
    }

    private void ScanFunction(int keyword)
    {
        var j = keyword + 1;
        if (_c.IsPunct(j, "*"))
        {
            j++;
        }

        if (_c.IsIdent(j))
        {
            j++;
        }

        for (var guard = 0; guard < 64 && j < _c.Count && !_c.IsPunct(j, "("); guard++)
        {
            j++;
        }

        var paramsClose = _c.CloserOf(j);
        if (paramsClose < 0)
        {
            return;
        }

        var body = paramsClose + 1;
        for (var guard = 0; guard < 64 && body < _c.Count && !_c.IsPunct(body, "{"); guard++)
        {
            body = _c.SkipBalanced(body, _c.Count);
        }

        var bodyClose = _c.CloserOf(body);
        if (bodyClose < 0)
        {
            return;
        }

        var caller = _c.IsIdent(keyword - 1, "async") ? keyword - 2 : keyword - 1;
        var (receiverStart, receiverEnd) = CallbackReceiver(caller);
        BindParameters(j, receiverStart, receiverEnd, body, bodyClose);
    }

    private void BindParameters(int open, int receiverStart, int receiverEnd, int blockStart, int blockEnd)
    {
        var close = _c.CloserOf(open);
        if (close < 0)
        {
            return;
        }

        var k = open + 1;
        var first = true;
        while (k < close)
        {
            var entryEnd = _c.NextComma(k, close);
            if (entryEnd > k)
            {
                AddParameter(k, first, receiverStart, receiverEnd, blockStart, blockEnd);
            }

            first = false;
            k = entryEnd + 1;
        }
    }

    private void AddParameter(int k, bool first, int receiverStart, int receiverEnd, int blockStart, int blockEnd)
    {
        var element = first && receiverStart >= 0;
        if (_c.IsPunct(k, "..."))
        {
            if (_c.IsName(k + 1))
            {
                Add(k + 1, DeclarationKind.Parameter, 0, 0, blockStart, blockEnd, PathKind.None, 0, 0);
            }

            return;
        }

        if (_c.IsName(k))
        {
            Add(k, element ? DeclarationKind.Element : DeclarationKind.Parameter, receiverStart, receiverEnd, blockStart, blockEnd, PathKind.None, 0, 0);
        }
        else if (_c.IsPunct(k, "{") || _c.IsPunct(k, "["))
        {
            BindPattern(k, element ? DeclarationKind.Element : DeclarationKind.Parameter, receiverStart, receiverEnd, blockStart, blockEnd);
        }
    }

    /// <summary>When the token at <paramref name="callOpen"/> is the <c>(</c> of <c>receiver.map(</c> and friends: the receiver's tokens.</summary>
    private (int Start, int End) CallbackReceiver(int callOpen)
    {
        if (!_c.IsPunct(callOpen, "(") || !_c.IsIdent(callOpen - 1) || !(_c.IsPunct(callOpen - 2, ".") || _c.IsPunct(callOpen - 2, "?.")))
        {
            return (-1, -1);
        }

        if (_c.Text(callOpen - 1) is not ("map" or "forEach" or "flatMap" or "filter" or "find" or "findLast" or "some" or "every"))
        {
            return (-1, -1);
        }

        var dot = callOpen - 2;
        var start = _c.OperandStart(dot - 1);
        return start < 0 ? (-1, -1) : (start, dot);
    }

    private void Add(int name, DeclarationKind kind, int start, int end, int blockStart, int blockEnd, PathKind path, int pathToken, int pathIndex)
    {
        if (_count == _declarations.Length)
        {
            var bigger = ArrayPool<Declaration>.Shared.Rent(_declarations.Length * 2);
            Array.Copy(_declarations, bigger, _count);
            ArrayPool<Declaration>.Shared.Return(_declarations);
            _declarations = bigger;
        }

        _declarations[_count++] = new Declaration
        {
            NameToken = name,
            BlockStart = blockStart,
            BlockEnd = blockEnd,
            Kind = kind,
            ValueStart = start,
            ValueEnd = end,
            Path = path,
            PathToken = pathToken,
            PathIndex = pathIndex,
        };
    }
}
