using System.Globalization;
using System.Text;

namespace BazaarVid.Assets;

/// <summary>
/// Turns a user's file name into a safe display name. The name is only ever shown and used for tags and hints;
/// blobs are stored under content-addressed keys, never under it.
/// </summary>
public static class AssetFileName
{
    /// <summary>The name used when nothing is left after sanitizing.</summary>
    public const string Fallback = "file";

    /// <summary>The default cap on the sanitized length.</summary>
    public const int DefaultMaxLength = 120;

    private const int MaxExtensionLength = 16;
    private const string Reserved = "<>:\"/\\|?*";

    private static readonly string[] DeviceNames =
        ["CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"];

    /// <summary>
    /// Sanitizes <paramref name="fileName"/>: keeps only the last path segment (so directories and <c>..</c> go),
    /// normalizes to NFC, removes control and invisible formatting characters (bidi marks U+200E/U+200F,
    /// embeddings and overrides U+202A-U+202E, isolates U+2066-U+2069, zero-width characters, BOM), replaces
    /// reserved characters <c>&lt; &gt; : " / \ | ? *</c> with <c>_</c>, collapses white space and dot runs, trims
    /// leading and trailing dots and spaces, prefixes Windows device names with <c>_</c>, and caps the length at
    /// <paramref name="maxLength"/> keeping the extension. Returns <see cref="Fallback"/> when nothing is left.
    /// Deterministic; never throws for any string.
    /// </summary>
    public static string Sanitize(string? fileName, int maxLength = DefaultMaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 8);
        if (string.IsNullOrEmpty(fileName))
        {
            return Fallback;
        }

        var lastSeparator = fileName.LastIndexOfAny(['/', '\\']);
        var name = lastSeparator >= 0 ? fileName[(lastSeparator + 1)..] : fileName;
        name = Clean(Normalize(name));
        if (name.Length == 0)
        {
            return Fallback;
        }

        var (stem, extension) = Split(name);
        if (stem.Length == 0)
        {
            stem = Fallback;
        }

        if (DeviceNames.Contains(stem, StringComparer.OrdinalIgnoreCase))
        {
            stem = "_" + stem;
        }

        var suffix = extension.Length > 0 ? "." + extension : string.Empty;
        if (suffix.Length > maxLength / 2)
        {
            // An extension this long for the cap is not worth keeping whole; cut the name as one piece.
            (stem, suffix) = (stem + suffix, string.Empty);
        }

        if (stem.Length + suffix.Length > maxLength)
        {
            stem = Truncate(stem, maxLength - suffix.Length).TrimEnd(' ', '.');
        }

        return stem + suffix;
    }

    /// <summary>The lower-case extension of <paramref name="fileName"/> without the dot, or an empty string.</summary>
    public static string ExtensionOf(string? fileName)
    {
        if (string.IsNullOrEmpty(fileName))
        {
            return string.Empty;
        }

        var dot = fileName.LastIndexOf('.');
        return dot > 0 && dot < fileName.Length - 1 && fileName.Length - dot - 1 <= MaxExtensionLength
            ? fileName[(dot + 1)..].ToLowerInvariant()
            : string.Empty;
    }

    private static string Normalize(string name)
    {
        try
        {
            return name.IsNormalized(NormalizationForm.FormC) ? name : name.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return name; // unpaired surrogates cannot be normalized; Clean drops them
        }
    }

    private static string Clean(string name)
    {
        var builder = new StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                builder.Append(c).Append(name[++i]);
                continue;
            }

            if (char.IsSurrogate(c) || char.IsControl(c) || IsInvisible(c))
            {
                continue;
            }

            var next = Reserved.Contains(c, StringComparison.Ordinal) ? '_' : char.IsWhiteSpace(c) ? ' ' : c;
            var previous = builder.Length > 0 ? builder[^1] : '\0';
            if ((next == ' ' && previous == ' ') || (next == '.' && previous == '.'))
            {
                continue;
            }

            builder.Append(next);
        }

        return builder.ToString().Trim(' ', '.');
    }

    // Format characters (Cf) cover the bidi marks, embeddings, overrides and isolates, zero-width characters and the BOM.
    private static bool IsInvisible(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    private static (string Stem, string Extension) Split(string name)
    {
        var extension = ExtensionOf(name);
        if (extension.Length == 0)
        {
            return (name, string.Empty);
        }

        // Keep the extension's own spelling for display; only matching uses the lower-case form.
        return (name[..^(extension.Length + 1)].TrimEnd(' ', '.'), name[^extension.Length..]);
    }

    private static string Truncate(string value, int length)
    {
        if (length <= 0)
        {
            return string.Empty;
        }

        if (value.Length <= length)
        {
            return value;
        }

        return char.IsHighSurrogate(value[length - 1]) ? value[..(length - 1)] : value[..length];
    }
}
