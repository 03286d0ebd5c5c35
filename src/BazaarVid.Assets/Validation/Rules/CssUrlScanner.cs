using System.Buffers;

namespace BazaarVid.Assets.Validation;

/// <summary>
/// Finds the URLs of CSS text: <c>url(…)</c> (quoted or not), <c>@import "…"</c> and the strings of
/// <c>image-set(…)</c>. Works on any text (style strings, template literals, Tailwind <c>bg-[url(…)]</c> classes).
/// </summary>
internal static class CssUrlScanner
{
    private static readonly SearchValues<string> Keywords = SearchValues.Create(["url(", "@import", "image-set("], StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds the (start, length) of each URL in <paramref name="css"/> to <paramref name="into"/>.</summary>
    public static void Scan(ReadOnlySpan<char> css, List<(int Start, int Length)> into)
    {
        if (css.IndexOfAny(Keywords) < 0)
        {
            return;
        }

        var from = 0;
        while (from < css.Length)
        {
            var found = css[from..].IndexOf("url(", StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                break;
            }

            var at = from + found;
            from = at + 4;
            if (at > 0 && (char.IsAsciiLetterOrDigit(css[at - 1]) || css[at - 1] == '_'))
            {
                continue;
            }

            from = ReadArgument(css, from, ')', into);
        }

        ScanKeyword(css, "@import", into);
        ScanImageSet(css, into);
    }

    private static int ReadArgument(ReadOnlySpan<char> css, int i, char close, List<(int Start, int Length)> into)
    {
        while (i < css.Length && char.IsWhiteSpace(css[i]))
        {
            i++;
        }

        if (i >= css.Length)
        {
            return i;
        }

        if (css[i] is '"' or '\'')
        {
            var quote = css[i];
            var end = css[(i + 1)..].IndexOf(quote);
            var length = end < 0 ? css.Length - i - 1 : end;
            into.Add((i + 1, length));
            return i + 1 + length + 1;
        }

        var stop = css[i..].IndexOf(close);
        var valueEnd = stop < 0 ? css.Length : i + stop;
        var value = css[i..valueEnd].TrimEnd();
        into.Add((i, value.Length));
        return valueEnd;
    }

    private static void ScanKeyword(ReadOnlySpan<char> css, string keyword, List<(int Start, int Length)> into)
    {
        var from = 0;
        while (from < css.Length)
        {
            var found = css[from..].IndexOf(keyword, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return;
            }

            var i = from + found + keyword.Length;
            from = i;
            while (i < css.Length && char.IsWhiteSpace(css[i]))
            {
                i++;
            }

            // @import url(…) is already covered by the url( scan.
            if (i < css.Length && css[i] is '"' or '\'')
            {
                ReadArgument(css, i, ';', into);
            }
        }
    }

    private static void ScanImageSet(ReadOnlySpan<char> css, List<(int Start, int Length)> into)
    {
        var from = 0;
        while (from < css.Length)
        {
            var found = css[from..].IndexOf("image-set(", StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return;
            }

            var i = from + found + "image-set(".Length;
            var depth = 1;
            while (i < css.Length && depth > 0)
            {
                var c = css[i];
                if (c is '"' or '\'')
                {
                    var end = css[(i + 1)..].IndexOf(c);
                    var length = end < 0 ? css.Length - i - 1 : end;
                    into.Add((i + 1, length));
                    i += length + 2;
                    continue;
                }

                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                i++;
            }

            from = i;
        }
    }
}
