using System.Buffers;

namespace BazaarVid.Assets.Validation;

/// <summary>Maps character offsets to 1-based line and column (UTF-16 code units), built once per scan on demand.</summary>
internal sealed class LineMap
{
    private static readonly SearchValues<char> LineEnds = SearchValues.Create("\n\r\u2028\u2029");
    private readonly List<int> _starts = [0];

    public LineMap(ReadOnlySpan<char> text)
    {
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
            _starts.Add(p);
        }
    }

    public (int Line, int Column) Locate(int offset)
    {
        var index = _starts.BinarySearch(offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - _starts[index] + 1);
    }
}
