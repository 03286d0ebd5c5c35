using System.Text.RegularExpressions;

namespace BazaarVid.Assets;

/// <summary>
/// Blob keys: the lower-case hex SHA-256 of the bytes, a dot, and the extension of the detected format
/// (<c>3f…a9.png</c>). Never derived from a user's file name, and checked against a strict pattern, so a key
/// cannot contain a path separator, <c>..</c> or anything else a store could misread.
/// </summary>
public static partial class AssetBlobKey
{
    /// <summary>The pattern every key matches: 64 lower-case hex digits, a dot, 1 to 8 lower-case letters or digits, and nothing after (not even a line break).</summary>
    public const string Pattern = "^[0-9a-f]{64}\\.[a-z0-9]{1,8}\\z";

    /// <summary>The key of bytes with SHA-256 <paramref name="sha256Hex"/> in a format whose extension is <paramref name="extension"/> (no dot).</summary>
    /// <exception cref="ArgumentException">The hash or extension does not fit the pattern.</exception>
    public static string For(string sha256Hex, string extension)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256Hex);
        ArgumentException.ThrowIfNullOrWhiteSpace(extension);
        return Validate($"{sha256Hex}.{extension}", nameof(sha256Hex));
    }

    /// <summary>True when <paramref name="key"/> matches <see cref="Pattern"/>.</summary>
    public static bool IsValid(string? key) => key is not null && KeyRegex().IsMatch(key);

    /// <summary>Returns <paramref name="key"/> when valid; otherwise throws <see cref="ArgumentException"/>.</summary>
    public static string Validate(string? key, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(key, parameterName);
        if (!IsValid(key))
        {
            throw new ArgumentException($"'{(key.Length > 80 ? key[..80] : key)}' is not a blob key (expected {Pattern}).", parameterName);
        }

        return key;
    }

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex KeyRegex();
}
