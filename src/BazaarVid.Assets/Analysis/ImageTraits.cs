using System.Collections.Immutable;

namespace BazaarVid.Assets;

/// <summary>The metadata the rules of <see cref="ImageDescriber"/> look at, from an asset record or a probe of its bytes.</summary>
internal sealed record ImageTraits(
    string? Format,
    string MimeType,
    int? Width,
    int? Height,
    bool? HasAlpha,
    bool IsLogoType,
    ImmutableArray<string> Tags,
    long? ByteSize,
    AssetSource Source,
    bool Probed)
{
    private static readonly Dictionary<string, string> FormatsByMime = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/png"] = "png",
        ["image/apng"] = "png",
        ["image/jpeg"] = "jpeg",
        ["image/jpg"] = "jpeg",
        ["image/pjpeg"] = "jpeg",
        ["image/gif"] = "gif",
        ["image/webp"] = "webp",
        ["image/svg+xml"] = "svg",
        ["image/bmp"] = "bmp",
        ["image/x-bmp"] = "bmp",
        ["image/tiff"] = "tiff",
        ["image/heic"] = "heic",
        ["image/heif"] = "heic",
        ["image/avif"] = "avif",
        ["image/x-icon"] = "ico",
        ["image/vnd.microsoft.icon"] = "ico",
    };

    /// <summary>Traits from the asset record (uploads were probed on ingestion). Alpha comes from the tags or the format.</summary>
    public static ImageTraits FromAsset(Asset asset)
    {
        var format = FormatOf(asset.MimeType);
        var tags = asset.Tags.IsDefault ? [] : asset.Tags;
        bool? alpha = tags.Contains("transparent") ? true
            : tags.Contains("opaque") || format is "jpeg" ? false
            : null;
        return new ImageTraits(format, asset.MimeType, asset.Width, asset.Height, alpha, asset.Type == AssetType.Logo, tags, asset.ByteSize, asset.Source, Probed: false);
    }

    /// <summary>Traits from a probe of the fetched bytes; the asset's own tags and type still count.</summary>
    public static ImageTraits FromProbe(Asset asset, MediaInfo info, long byteSize)
    {
        var tags = asset.Tags.IsDefault ? [] : asset.Tags;
        var format = string.IsNullOrWhiteSpace(info.Format) ? FormatOf(info.MimeType) : info.Format.ToLowerInvariant();
        return new ImageTraits(format, info.MimeType, info.Width, info.Height, info.HasAlpha, asset.Type == AssetType.Logo || info.Type == AssetType.Logo, tags, byteSize, asset.Source, Probed: true);
    }

    public static string? FormatOf(string? mimeType) =>
        mimeType is not null && FormatsByMime.TryGetValue(mimeType.Split(';')[0].Trim(), out var format) ? format : null;
}
