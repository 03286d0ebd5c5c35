using System.Buffers;

namespace BazaarVid.Assets.Validation;

/// <summary>
/// Maps character offsets to 1-based line and column (UTF-16 code units). Offsets asked in ascending order cost one
/// vectorized pass over the text in total; asking for an earlier offset restarts from the top.
/// </summary>
internal sealed class LineMap(string text)
{
    private static readonly SearchValues<char> LineEnds = SearchValues.Create("\n\r\u2028\u2029");
    private readonly bool _onlyLineFeeds = text.AsSpan().IndexOfAny('\r', '\u2028', '\u2029') < 0;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    public (int Line, int Column) Locate(int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        if (offset < _position)
        {
            _position = 0;
            _line = 1;
            _lineStart = 0;
        }

        var slice = text.AsSpan(_position, offset - _position);
        if (_onlyLineFeeds)
        {
            _line += slice.Count('\n');
        }
        else
        {
            // \r\n is one line break; a pair is never split, because offsets point at tokens, never between \r and \n.
            _line += slice.Count('\n') + slice.Count('\r') - slice.Count("\r\n") + slice.Count('\u2028') + slice.Count('\u2029');
        }

        var last = slice.LastIndexOfAny(LineEnds);
        if (last >= 0)
        {
            _lineStart = _position + last + 1;
        }

        _position = offset;
        return (_line, offset - _lineStart + 1);
    }
}
