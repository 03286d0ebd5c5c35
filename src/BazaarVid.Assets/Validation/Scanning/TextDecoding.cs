using System.Buffers;
using System.Globalization;

namespace BazaarVid.Assets.Validation;

/// <summary>Turns the raw text of literals into the value the browser sees (JS escapes, JSX character references).</summary>
internal static class TextDecoding
{
    /// <summary>
    /// Stands for a part of a value that is not known statically. Real text never contains it: decoding replaces
    /// it with U+FFFD.
    /// </summary>
    public const char Hole = '\uE000';

    /// <summary>Stands for the result of <c>staticFile()</c> inside a larger string (checked where the call is).</summary>
    public const char StaticHole = '\uE001';

    private static readonly SearchValues<char> NeedsCooking = SearchValues.Create("\\\uE000\uE001");
    private static readonly SearchValues<char> Holes = SearchValues.Create("\uE000\uE001");

    /// <summary>The index of the first hole of either kind, or -1.</summary>
    public static int IndexOfHole(ReadOnlySpan<char> text) => text.IndexOfAny(Holes);

    /// <summary>The cooked value of the literal text at [start, start + length) of <paramref name="code"/>: a slice when nothing needs cooking.</summary>
    public static ReadOnlyMemory<char> CookJs(string code, int start, int length)
    {
        var raw = code.AsSpan(start, length);
        return raw.IndexOfAny(NeedsCooking) < 0 ? code.AsMemory(start, length) : CookJs(raw).AsMemory();
    }

    /// <summary>The cooked value of a JS string or template part (<paramref name="raw"/> without delimiters).</summary>
    public static string CookJs(ReadOnlySpan<char> raw)
    {
        if (raw.IndexOfAny(NeedsCooking) < 0)
        {
            return raw.ToString();
        }

        var buffer = ArrayPool<char>.Shared.Rent(raw.Length + 2);
        try
        {
            var length = 0;
            for (var i = 0; i < raw.Length; i++)
            {
                var c = raw[i];
                if (c is Hole or StaticHole)
                {
                    buffer[length++] = '\uFFFD';
                    continue;
                }

                if (c != '\\' || i + 1 >= raw.Length)
                {
                    buffer[length++] = c;
                    continue;
                }

                var e = raw[++i];
                switch (e)
                {
                    case 'n': buffer[length++] = '\n'; break;
                    case 't': buffer[length++] = '\t'; break;
                    case 'r': buffer[length++] = '\r'; break;
                    case 'b': buffer[length++] = '\b'; break;
                    case 'f': buffer[length++] = '\f'; break;
                    case 'v': buffer[length++] = '\v'; break;
                    case '\r':
                        if (i + 1 < raw.Length && raw[i + 1] == '\n')
                        {
                            i++;
                        }

                        break;
                    case '\n':
                    case '\u2028':
                    case '\u2029':
                        break;
                    case 'x' when i + 2 < raw.Length && TryHex(raw.Slice(i + 1, 2), out var hex):
                        buffer[length++] = (char)hex;
                        i += 2;
                        break;
                    case 'u':
                        length += DecodeUnicodeEscape(raw, ref i, buffer.AsSpan(length));
                        break;
                    case >= '0' and <= '7':
                        {
                            var value = e - '0';
                            var digits = 1;
                            while (digits < 3 && i + 1 < raw.Length && raw[i + 1] is >= '0' and <= '7' && value * 8 + (raw[i + 1] - '0') <= 255)
                            {
                                value = value * 8 + (raw[++i] - '0');
                                digits++;
                            }

                            buffer[length++] = (char)value;
                            break;
                        }

                    default:
                        buffer[length++] = e is Hole or StaticHole ? '\uFFFD' : e;
                        break;
                }
            }

            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// True when decoding the JSX text could change what the validator sees: a numeric character reference or a named
    /// one that stands for URL punctuation. Text with only <c>&amp;mdash;</c>, <c>&amp;copy;</c>, … is checked as is.
    /// </summary>
    public static bool JsxNeedsDecoding(ReadOnlySpan<char> raw)
    {
        var from = 0;
        while (from < raw.Length)
        {
            var amp = raw[from..].IndexOf('&');
            if (amp < 0)
            {
                return raw.IndexOfAny(Holes) >= 0;
            }

            var rest = raw[(from + amp + 1)..];
            if (rest.StartsWith("#") || rest.StartsWith("sol;") || rest.StartsWith("colon;") || rest.StartsWith("period;")
                || rest.StartsWith("lpar;") || rest.StartsWith("rpar;") || rest.StartsWith("bsol;") || rest.StartsWith("amp;")
                || rest.StartsWith("quot;") || rest.StartsWith("apos;") || rest.StartsWith("lt;") || rest.StartsWith("gt;"))
            {
                return true;
            }

            from += amp + 1;
        }

        return raw.IndexOfAny(Holes) >= 0;
    }

    /// <summary>The value of a JSX attribute string or JSX text: character references decoded, no backslash escapes.</summary>
    public static string DecodeJsx(ReadOnlySpan<char> raw)
    {
        if (raw.IndexOf('&') < 0 && raw.IndexOfAny(Holes) < 0)
        {
            return raw.ToString();
        }

        var buffer = ArrayPool<char>.Shared.Rent(raw.Length + 2);
        try
        {
            var length = 0;
            for (var i = 0; i < raw.Length; i++)
            {
                var c = raw[i];
                if (c is Hole or StaticHole)
                {
                    buffer[length++] = '\uFFFD';
                    continue;
                }

                var semicolon = c == '&' ? raw[i..].IndexOf(';') : -1;
                if (semicolon is > 1 and <= 10 && TryEntity(raw.Slice(i + 1, semicolon - 1), out var decoded))
                {
                    if (decoded > 0xFFFF)
                    {
                        var text = char.ConvertFromUtf32(decoded);
                        buffer[length++] = text[0];
                        buffer[length++] = text[1];
                    }
                    else
                    {
                        buffer[length++] = (char)decoded;
                    }

                    i += semicolon;
                    continue;
                }

                buffer[length++] = c;
            }

            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static int DecodeUnicodeEscape(ReadOnlySpan<char> raw, ref int i, Span<char> destination)
    {
        // i is at 'u'.
        int codePoint;
        if (i + 1 < raw.Length && raw[i + 1] == '{')
        {
            var close = raw[(i + 2)..].IndexOf('}');
            if (close is < 1 or > 8 || !TryHex(raw.Slice(i + 2, close), out codePoint) || codePoint > 0x10FFFF)
            {
                destination[0] = 'u';
                return 1;
            }

            i += 2 + close;
        }
        else if (i + 4 < raw.Length && TryHex(raw.Slice(i + 1, 4), out codePoint))
        {
            i += 4;
        }
        else
        {
            destination[0] = 'u';
            return 1;
        }

        if (codePoint is Hole or StaticHole)
        {
            destination[0] = '\uFFFD';
            return 1;
        }

        if (codePoint > 0xFFFF && codePoint is not (>= 0xD800 and <= 0xDFFF))
        {
            var text = char.ConvertFromUtf32(codePoint);
            destination[0] = text[0];
            destination[1] = text[1];
            return 2;
        }

        destination[0] = (char)Math.Min(codePoint, 0xFFFF);
        return 1;
    }

    private static bool TryHex(ReadOnlySpan<char> digits, out int value) =>
        int.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);

    private static bool TryEntity(ReadOnlySpan<char> name, out int value)
    {
        value = 0;
        if (name.Length > 1 && name[0] == '#')
        {
            var ok = name[1] is 'x' or 'X'
                ? TryHex(name[2..], out value)
                : int.TryParse(name[1..], NumberStyles.None, CultureInfo.InvariantCulture, out value);
            if (!ok || value is <= 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
            {
                return false;
            }

            if (value is Hole or StaticHole)
            {
                value = 0xFFFD;
            }

            return true;
        }

        value = name switch
        {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => '\u00A0',
            "sol" => '/',
            "colon" => ':',
            "period" => '.',
            "lpar" => '(',
            "rpar" => ')',
            "bsol" => '\\',
            _ => 0,
        };
        return value != 0;
    }
}
