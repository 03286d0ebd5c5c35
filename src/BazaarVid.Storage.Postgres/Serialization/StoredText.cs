using System.Buffers.Binary;
using System.Text;

namespace BazaarVid.Storage.Postgres;

/// <summary>Conversions between .NET values and what PostgreSQL can store exactly.</summary>
internal static class StoredText
{
    /// <summary>
    /// jsonb refuses the escape <c>\u0000</c>. Documents derived by the SDK (specs, styles, facts, job requests) replace
    /// it with U+FFFD before they are stored as jsonb; documents that must stay verbatim are stored as json instead.
    /// </summary>
    public static string ForJsonb(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!json.Contains("\\u0000", StringComparison.Ordinal))
        {
            return json;
        }

        var builder = new StringBuilder(json.Length);
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] != '\\' || i + 1 == json.Length)
            {
                builder.Append(json[i]);
            }
            else if (json.AsSpan(i).StartsWith("\\u0000", StringComparison.Ordinal))
            {
                builder.Append("\\uFFFD");
                i += 5;
            }
            else
            {
                // Any other escape, \\ included, is copied whole so its second character is never read as a new escape.
                builder.Append(json, i, 2);
                i++;
            }
        }

        return builder.ToString();
    }

    /// <summary>True when <paramref name="text"/> holds a surrogate without its pair, which UTF-8 (and so JSON and PostgreSQL text) cannot carry.</summary>
    public static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The UTF-16 code units of <paramref name="text"/>, little-endian, surrogates and all.</summary>
    public static byte[] ToUtf16(string text)
    {
        var bytes = new byte[text.Length * 2];
        for (var i = 0; i < text.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 2), text[i]);
        }

        return bytes;
    }

    /// <summary>The text written by <see cref="ToUtf16"/>.</summary>
    public static string FromUtf16(byte[] bytes) =>
        string.Create(bytes.Length / 2, bytes, static (chars, source) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)BinaryPrimitives.ReadUInt16LittleEndian(source.AsSpan(i * 2));
            }
        });

    /// <summary>PostgreSQL keeps microseconds: values are cut to them before they are stored, so what a call returns is what a read returns.</summary>
    public static DateTimeOffset ToMicroseconds(DateTimeOffset value) => value.AddTicks(-(value.UtcTicks % 10)).ToUniversalTime();

    /// <summary>As <see cref="ToMicroseconds(DateTimeOffset)"/>, for optional values.</summary>
    public static DateTimeOffset? ToMicroseconds(DateTimeOffset? value) => value is { } v ? ToMicroseconds(v) : null;
}
