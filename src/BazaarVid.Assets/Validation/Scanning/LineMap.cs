using System.Buffers;

namespace BazaarVid.Assets.Validation;

/// <summary>Maps character offsets to 1-based line and column (UTF-16 code units). The line table is rented; dispose it.</summary>
internal sealed class LineMap : IDisposable
{
    private static readonly SearchValues<char> LineEnds = SearchValues.Create("\n\r\u2028\u2029");
    private int[] _starts;
    private int _count;

    public LineMap(ReadOnlySpan<char> text)
    {
        _starts = ArrayPool<int>.Shared.Rent(text.Count('\n') + text.Count('\r') + 2);
        _starts[_count++] = 0;
        var p = 0;
        while (p < text.Length)
        {
            var index = text[p..].IndexOfAny(LineEnds);
            if (index < 0)
            {
                break;
            }

            p += index;
            p += text[p] == '\r' && p + 1 < text.Length && text[p + 1] == '\n' ? 2 : 1;
            if (_count == _starts.Length)
            {
                var bigger = ArrayPool<int>.Shared.Rent(_starts.Length * 2);
                Array.Copy(_starts, bigger, _count);
                ArrayPool<int>.Shared.Return(_starts);
                _starts = bigger;
            }

            _starts[_count++] = p;
        }
    }

    public (int Line, int Column) Locate(int offset)
    {
        var index = Array.BinarySearch(_starts, 0, _count, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - _starts[index] + 1);
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_starts);
        _starts = [];
        _count = 0;
    }
}
