using System.Collections.Immutable;
using System.Globalization;

namespace BazaarVid.Assets;

/// <summary>
/// The deterministic rules of <see cref="MetadataImageAnalyzer"/>: orientation, kind guess, summary, tags and properties.
/// <para>Orientation: square when the longer side is at most 5 % longer than the shorter, otherwise landscape or portrait.</para>
/// <para>Kind, first matching rule wins:
/// 1. the asset type is <see cref="AssetType.Logo"/> or it is tagged <c>logo</c> → logo;
/// 2. a kind tag (<c>icon</c>, <c>screenshot</c>, <c>ui</c>, <c>photo</c>, <c>illustration</c>, in that order) → that kind;
/// 3. ICO format, or square with both sides at most 256 px → icon;
/// 4. transparent and at most twice as wide as high (or the other way round), or transparent with unknown size → logo;
/// 5. SVG → illustration;
/// 6. JPEG, HEIC, AVIF or TIFF (photographic formats) → photo;
/// 7. opaque PNG, WebP or BMP with a screen aspect (16:9, 16:10, 4:3, 3:2, 21:9, 19.5:9 or 20:9 either way, within 2 %)
///    and a longest side of at least 640 px → screenshot;
/// 8. opaque PNG, WebP or BMP with a longest side of at least 200 px → ui;
/// 9. anything else (GIF, small or wide transparent graphics, unknown formats) → illustration.</para>
/// </summary>
internal static class ImageDescriber
{
    private const int SquareTolerancePercent = 5;
    private const int IconMaxSide = 256;
    private const double ScreenAspectTolerance = 0.02;
    private static readonly double[] ScreenAspects = [16.0 / 9, 16.0 / 10, 4.0 / 3, 3.0 / 2, 21.0 / 9, 19.5 / 9, 20.0 / 9];
    private static readonly string[] KindTags = ["icon", "screenshot", "ui", "photo", "illustration"];

    public static ImageAnalysis Describe(ImageTraits traits)
    {
        ArgumentNullException.ThrowIfNull(traits);
        var orientation = Orientation(traits.Width, traits.Height);
        var kind = Kind(traits, orientation);
        var transparent = traits.HasAlpha == true;

        var tags = traits.Tags
            .Append(kind)
            .Concat(orientation is null ? [] : [orientation])
            .Concat(transparent ? ["transparent"] : [])
            .Select(t => t.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToImmutableArray();

        return new ImageAnalysis(kind, Summary(traits, orientation, kind, transparent), tags, Properties(traits, orientation, kind));
    }

    /// <summary>"square", "landscape", "portrait", or null when the size is unknown.</summary>
    public static string? Orientation(int? width, int? height)
    {
        if (width is not > 0 || height is not > 0)
        {
            return null;
        }

        long longer = Math.Max(width.Value, height.Value);
        long shorter = Math.Min(width.Value, height.Value);
        if (longer * 100 <= shorter * (100 + SquareTolerancePercent))
        {
            return "square";
        }

        return width > height ? "landscape" : "portrait";
    }

    private static string Kind(ImageTraits traits, string? orientation)
    {
        if (traits.IsLogoType || traits.Tags.Contains("logo"))
        {
            return "logo";
        }

        foreach (var tag in KindTags)
        {
            if (traits.Tags.Contains(tag))
            {
                return tag;
            }
        }

        var known = traits.Width is > 0 && traits.Height is > 0;
        var longest = known ? Math.Max(traits.Width!.Value, traits.Height!.Value) : 0;
        var aspect = known ? (double)longest / Math.Min(traits.Width!.Value, traits.Height!.Value) : 0;

        if (traits.Format == "ico" || (orientation == "square" && longest <= IconMaxSide))
        {
            return "icon";
        }

        if (traits.HasAlpha == true && (!known || aspect <= 2))
        {
            return "logo";
        }

        switch (traits.Format)
        {
            case "svg":
                return "illustration";
            case "jpeg" or "heic" or "avif" or "tiff":
                return "photo";
            case "png" or "webp" or "bmp" when traits.HasAlpha != true && known:
                if (longest >= 640 && ScreenAspects.Any(a => Math.Abs(aspect - a) / a <= ScreenAspectTolerance))
                {
                    return "screenshot";
                }

                return longest >= 200 ? "ui" : "illustration";
            default:
                return "illustration";
        }
    }

    private static string Summary(ImageTraits traits, string? orientation, string kind, bool transparent)
    {
        var words = new List<string>(4);
        if (orientation is not null)
        {
            words.Add(orientation);
        }

        if (traits.Format is not null)
        {
            words.Add(DisplayFormat(traits.Format));
        }

        words.Add(kind == "ui" ? "UI image" : kind);
        var text = string.Join(' ', words);
        text = char.ToUpperInvariant(text[0]) + text[1..];
        if (transparent)
        {
            text += " with transparency";
        }

        return traits.Width is > 0 && traits.Height is > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{text}, {traits.Width}×{traits.Height}")
            : text + ", size unknown";
    }

    private static ImmutableSortedDictionary<string, string> Properties(ImageTraits traits, string? orientation, string kind)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        builder["kind"] = kind;
        builder["mime_type"] = traits.MimeType;
        builder["probed"] = traits.Probed ? "true" : "false";
        builder["source"] = traits.Source == AssetSource.Upload ? "upload" : "reference";
        if (traits.Format is not null)
        {
            builder["format"] = traits.Format;
        }

        if (traits.HasAlpha is { } alpha)
        {
            builder["alpha"] = alpha ? "true" : "false";
        }

        if (traits.ByteSize is { } bytes)
        {
            builder["bytes"] = bytes.ToString(CultureInfo.InvariantCulture);
        }

        if (traits.Width is > 0 && traits.Height is > 0 && orientation is not null)
        {
            builder["width"] = traits.Width.Value.ToString(CultureInfo.InvariantCulture);
            builder["height"] = traits.Height.Value.ToString(CultureInfo.InvariantCulture);
            builder["orientation"] = orientation;
            builder["aspect_ratio"] = ((double)traits.Width.Value / traits.Height.Value).ToString("0.###", CultureInfo.InvariantCulture);
        }

        return builder.ToImmutable();
    }

    private static string DisplayFormat(string format) => format switch
    {
        "jpeg" => "JPEG",
        "webp" => "WebP",
        _ => format.ToUpperInvariant(),
    };
}
