namespace BazaarVid.Assets;

/// <summary>What a probe of an asset's bytes found.</summary>
/// <param name="Type">The asset type from the content.</param>
/// <param name="MimeType">The MIME type from the content.</param>
/// <param name="Format">The format name (png, jpeg, gif, webp, bmp, tiff, heic, avif, svg, mp4, mov, webm, mp3, wav, ogg, woff2, …).</param>
/// <param name="Width">Pixel width, when the header says.</param>
/// <param name="Height">Pixel height, when the header says.</param>
/// <param name="Duration">Video or audio duration, when the container says.</param>
/// <param name="HasAlpha">True when the image has an alpha channel, false when it has none, null when unknown.</param>
public sealed record MediaInfo(
    AssetType Type,
    string MimeType,
    string Format,
    int? Width,
    int? Height,
    TimeSpan? Duration,
    bool? HasAlpha);

/// <summary>Identifies media from its bytes (magic numbers, then headers through MetadataExtractor) and reads its metadata.</summary>
public interface IMediaProbe
{
    /// <summary>
    /// Probes <paramref name="content"/> (the whole file, or at least its first bytes for the header).
    /// <paramref name="fileName"/> is only a hint used to tag mismatches; the content decides the type.
    /// </summary>
    /// <exception cref="AssetRejectedException">Unknown or forbidden content (an executable, an unknown binary), a truncated or corrupt header, or an unsafe SVG.</exception>
    MediaInfo Probe(ReadOnlySpan<byte> content, string? fileName = null);
}
