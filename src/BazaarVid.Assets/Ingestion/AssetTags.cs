using System.Collections.Immutable;

namespace BazaarVid.Assets;

/// <summary>
/// The tags ingestion puts on assets, and the rules that decide them. Tags are lower-case and sorted; the rules
/// read only the probed header (format, width, height, alpha) and the sanitized file name, so the same upload
/// always gets the same tags. File-name rules look at words: the name without its extension is split at anything
/// that is not a letter or digit, at lower-to-upper case changes and between letters and digits
/// (<c>AcmeLogo_v2.png</c> → acme, logo, v, 2).
/// </summary>
public static class AssetTags
{
    /// <summary>
    /// A logo. Images (raster or SVG) only, when any of: a file-name word starts with <c>logo</c> or <c>brand</c>
    /// or is <c>mark</c>, <c>wordmark</c>, <c>lettermark</c> or <c>trademark</c>; the image is an SVG; or a raster
    /// image has alpha, a longest side of at most 1024 px and an aspect ratio within 1.2 of square. A raster image
    /// tagged logo gets <see cref="AssetType.Logo"/> (an SVG keeps <see cref="AssetType.Svg"/>).
    /// </summary>
    public const string Logo = "logo";

    /// <summary>
    /// A screenshot (always together with <see cref="Ui"/>). Images only, when a file-name word starts with
    /// <c>screenshot</c>, <c>screencap</c> or <c>dashboard</c>, or is <c>screen</c>, <c>screens</c> or <c>ui</c>;
    /// or when a PNG, WebP, GIF, BMP or TIFF (not a camera format: JPEG, HEIC, AVIF) without alpha is at least
    /// 600 px wide with a screen aspect ratio: landscape 16:9, 16:10 or 4:3, or portrait 9:16 or phone-tall
    /// (height/width between 1.95 and 2.3, such as 9:19.5), each within 2.5 %.
    /// </summary>
    public const string Screenshot = "screenshot";

    /// <summary>A user interface capture; given with <see cref="Screenshot"/>, by the same rule.</summary>
    public const string Ui = "ui";

    /// <summary>A photo: a JPEG, HEIC or AVIF without alpha of at least 1 megapixel, not tagged logo or screenshot.</summary>
    public const string Photo = "photo";

    /// <summary>An icon: an image (raster or SVG) exactly square and at most 256 px on a side.</summary>
    public const string Icon = "icon";

    /// <summary>The image has an alpha channel or transparency (PNG colour type or tRNS, WebP alpha, GIF transparent colour, BMP alpha mask, TIFF extra samples).</summary>
    public const string Transparent = "transparent";

    /// <summary>Wider than tall (any asset with a known size, images and videos alike), unless <see cref="Square"/>.</summary>
    public const string Landscape = "landscape";

    /// <summary>Taller than wide, unless <see cref="Square"/>.</summary>
    public const string Portrait = "portrait";

    /// <summary>The longer side is at most 2 % longer than the shorter one.</summary>
    public const string Square = "square";

    /// <summary>The file name's extension is not one of the detected format's usual extensions (a hint, never a rejection).</summary>
    public const string ExtensionMismatch = "extension-mismatch";

    private static readonly string[] LogoWords = ["mark", "wordmark", "lettermark", "trademark"];
    private static readonly string[] LogoPrefixes = ["logo", "brand"];
    private static readonly string[] ScreenWords = ["screen", "screens", "ui"];
    private static readonly string[] ScreenPrefixes = ["screenshot", "screencap", "dashboard"];
    private static readonly double[] LandscapeScreenRatios = [16.0 / 9, 16.0 / 10, 4.0 / 3];

    /// <summary>The tags of an upload probed as <paramref name="info"/> with the sanitized <paramref name="fileName"/>.</summary>
    internal static ImmutableArray<string> ForUpload(MediaInfo info, MediaFormat format, string fileName)
    {
        var tags = new SortedSet<string>(StringComparer.Ordinal);
        var words = Words(fileName);
        var isImage = info.Type is AssetType.Image or AssetType.Svg or AssetType.Logo;
        var raster = info.Type is AssetType.Image or AssetType.Logo;
        var alpha = info.HasAlpha == true;
        var (width, height) = (info.Width ?? 0, info.Height ?? 0);
        var sized = width > 0 && height > 0;

        if (isImage && (HasLogoWord(words) || info.Type == AssetType.Svg
            || (raster && alpha && sized && Math.Max(width, height) <= 1024 && Ratio(width, height) <= 1.2)))
        {
            tags.Add(Logo);
        }

        var camera = format == MediaFormat.Jpeg || format == MediaFormat.Heic || format == MediaFormat.Avif;
        if (isImage && (HasScreenWord(words) || (raster && !camera && !alpha && sized && IsScreenShaped(width, height))))
        {
            tags.Add(Screenshot);
            tags.Add(Ui);
        }

        if (raster && camera && !alpha && (long)width * height >= 1_000_000 && !tags.Contains(Logo) && !tags.Contains(Screenshot))
        {
            tags.Add(Photo);
        }

        if (isImage && sized && width == height && width <= 256)
        {
            tags.Add(Icon);
        }

        if (alpha)
        {
            tags.Add(Transparent);
        }

        if (sized)
        {
            tags.Add(Ratio(width, height) <= 1.02 ? Square : width > height ? Landscape : Portrait);
        }

        var extension = AssetFileName.ExtensionOf(fileName);
        if (extension.Length > 0 && !format.HasExtension(extension))
        {
            tags.Add(ExtensionMismatch);
        }

        return [.. tags];
    }

    /// <summary>The tags of a reference of <paramref name="type"/> whose URL path ends in <paramref name="fileName"/>: the file-name and SVG rules only (nothing was fetched).</summary>
    internal static ImmutableArray<string> ForReference(AssetType type, string fileName)
    {
        var tags = new SortedSet<string>(StringComparer.Ordinal);
        var words = Words(fileName);
        var isImage = type is AssetType.Image or AssetType.Svg;
        if (isImage && (HasLogoWord(words) || type == AssetType.Svg))
        {
            tags.Add(Logo);
        }

        if (isImage && HasScreenWord(words))
        {
            tags.Add(Screenshot);
            tags.Add(Ui);
        }

        return [.. tags];
    }

    private static bool HasLogoWord(List<string> words) =>
        words.Exists(w => LogoWords.Contains(w) || LogoPrefixes.Any(p => w.StartsWith(p, StringComparison.Ordinal)));

    private static bool HasScreenWord(List<string> words) =>
        words.Exists(w => ScreenWords.Contains(w) || ScreenPrefixes.Any(p => w.StartsWith(p, StringComparison.Ordinal)));

    private static bool IsScreenShaped(int width, int height)
    {
        if (width < 600)
        {
            return false;
        }

        if (width > height)
        {
            var ratio = (double)width / height;
            return LandscapeScreenRatios.Any(r => Math.Abs(ratio - r) / r <= 0.025);
        }

        var tall = (double)height / width;
        return Math.Abs(tall - (16.0 / 9)) / (16.0 / 9) <= 0.025 || tall is >= 1.95 and <= 2.3;
    }

    private static double Ratio(int width, int height) => (double)Math.Max(width, height) / Math.Min(width, height);

    private static List<string> Words(string fileName)
    {
        var dot = fileName.LastIndexOf('.');
        var stem = dot > 0 ? fileName[..dot] : fileName;
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= stem.Length; i++)
        {
            var boundary = i == stem.Length || !char.IsLetterOrDigit(stem[i]) || (start >= 0 && IsWordStart(stem, i));
            if (boundary && start >= 0)
            {
                words.Add(stem[start..i].ToLowerInvariant());
                start = -1;
            }

            if (i < stem.Length && char.IsLetterOrDigit(stem[i]) && start < 0)
            {
                start = i;
            }
        }

        return words;
    }

    // camelCase, PascalCase, ACRONYMWord and letter/digit changes start a new word.
    private static bool IsWordStart(string text, int i)
    {
        var previous = text[i - 1];
        var current = text[i];
        return (char.IsLower(previous) && char.IsUpper(current))
            || (char.IsUpper(previous) && char.IsUpper(current) && i + 1 < text.Length && char.IsLower(text[i + 1]))
            || (char.IsDigit(previous) != char.IsDigit(current));
    }
}
