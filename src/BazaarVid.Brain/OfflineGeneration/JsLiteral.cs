using System.Globalization;
using System.Text;

namespace BazaarVid.Brain;

/// <summary>Literals for emitted code: JavaScript strings that are safe anywhere (JSX, HTML script tags, templates) and invariant numbers.</summary>
internal static class JsLiteral
{
    /// <summary>
    /// A double-quoted JavaScript string literal with the exact value of <paramref name="text"/>. Quotes, backslashes,
    /// line breaks, control characters, lone surrogates and the characters <c>&lt; &gt; &amp; { } ` $</c> are escaped,
    /// so the literal is valid inside a JSX expression container and cannot close a script tag or start a template.
    /// </summary>
    public static string String(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '<' or '>' or '&' or '{' or '}' or '`' or '$' or '\u2028' or '\u2029' or '\u007f':
                    Unicode(builder, c);
                    break;
                default:
                    if (c < ' ')
                    {
                        Unicode(builder, c);
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[i + 1]);
                        i++;
                    }
                    else if (char.IsSurrogate(c))
                    {
                        Unicode(builder, c);
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A number with up to 4 decimals, invariant, never <c>-0</c>.</summary>
    public static string Number(double value)
    {
        var rounded = Math.Round(value, 4);
        return rounded == 0 || double.IsNaN(rounded) || double.IsInfinity(rounded) ? "0" : rounded.ToString("0.####", CultureInfo.InvariantCulture);
    }

    /// <summary>An integer, invariant.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Unicode(StringBuilder builder, char c) =>
        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
}
