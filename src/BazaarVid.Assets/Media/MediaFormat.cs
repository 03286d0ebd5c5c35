using System.Collections.Frozen;
using System.Collections.Immutable;

namespace BazaarVid.Assets;

/// <summary>
/// One accepted media format: its name (as in <see cref="MediaInfo.Format"/>), asset type, MIME type, the
/// extension blobs are stored under, and the file extensions that do not count as a mismatch.
/// </summary>
internal sealed record MediaFormat(string Name, AssetType Type, string MimeType, string Extension, ImmutableArray<string> Extensions)
{
    public static readonly MediaFormat Png = new("png", AssetType.Image, "image/png", "png", ["png", "apng"]);
    public static readonly MediaFormat Jpeg = new("jpeg", AssetType.Image, "image/jpeg", "jpg", ["jpg", "jpeg", "jpe", "jfif", "pjpeg", "pjp"]);
    public static readonly MediaFormat Gif = new("gif", AssetType.Image, "image/gif", "gif", ["gif"]);
    public static readonly MediaFormat WebP = new("webp", AssetType.Image, "image/webp", "webp", ["webp"]);
    public static readonly MediaFormat Bmp = new("bmp", AssetType.Image, "image/bmp", "bmp", ["bmp", "dib"]);
    public static readonly MediaFormat Tiff = new("tiff", AssetType.Image, "image/tiff", "tiff", ["tif", "tiff"]);
    public static readonly MediaFormat Heic = new("heic", AssetType.Image, "image/heic", "heic", ["heic", "heif", "hif"]);
    public static readonly MediaFormat Avif = new("avif", AssetType.Image, "image/avif", "avif", ["avif"]);
    public static readonly MediaFormat Svg = new("svg", AssetType.Svg, "image/svg+xml", "svg", ["svg"]);
    public static readonly MediaFormat Mp4 = new("mp4", AssetType.Video, "video/mp4", "mp4", ["mp4", "m4v"]);
    public static readonly MediaFormat Mov = new("mov", AssetType.Video, "video/quicktime", "mov", ["mov", "qt"]);
    public static readonly MediaFormat WebM = new("webm", AssetType.Video, "video/webm", "webm", ["webm"]);
    public static readonly MediaFormat M4a = new("m4a", AssetType.Audio, "audio/mp4", "m4a", ["m4a", "m4b", "mp4", "aac"]);
    public static readonly MediaFormat Mp3 = new("mp3", AssetType.Audio, "audio/mpeg", "mp3", ["mp3", "mpga"]);
    public static readonly MediaFormat Wav = new("wav", AssetType.Audio, "audio/wav", "wav", ["wav", "wave"]);
    public static readonly MediaFormat Ogg = new("ogg", AssetType.Audio, "audio/ogg", "ogg", ["ogg", "oga", "opus"]);
    public static readonly MediaFormat Woff = new("woff", AssetType.Font, "font/woff", "woff", ["woff"]);
    public static readonly MediaFormat Woff2 = new("woff2", AssetType.Font, "font/woff2", "woff2", ["woff2"]);
    public static readonly MediaFormat Ttf = new("ttf", AssetType.Font, "font/ttf", "ttf", ["ttf"]);
    public static readonly MediaFormat Otf = new("otf", AssetType.Font, "font/otf", "otf", ["otf"]);
    public static readonly MediaFormat Lottie = new("lottie", AssetType.Other, "application/json", "json", ["json", "lottie"]);

    /// <summary>Every accepted format.</summary>
    public static readonly ImmutableArray<MediaFormat> All =
        [Png, Jpeg, Gif, WebP, Bmp, Tiff, Heic, Avif, Svg, Mp4, Mov, WebM, M4a, Mp3, Wav, Ogg, Woff, Woff2, Ttf, Otf, Lottie];

    private static readonly FrozenDictionary<string, MediaFormat> ByName = All.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);

    // First format listing an extension wins, so "mp4" guesses a video, not M4A audio.
    private static readonly FrozenDictionary<string, MediaFormat> ByExtension = All
        .SelectMany(f => f.Extensions.Select(e => (Extension: e, Format: f)))
        .DistinctBy(x => x.Extension, StringComparer.Ordinal)
        .ToFrozenDictionary(x => x.Extension, x => x.Format, StringComparer.OrdinalIgnoreCase);

    /// <summary>The format named <paramref name="name"/> (see <see cref="MediaInfo.Format"/>), or null.</summary>
    public static MediaFormat? FromName(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The format a file extension (without the dot, any case) usually means, or null.</summary>
    public static MediaFormat? FromExtension(string? extension) =>
        string.IsNullOrEmpty(extension) ? null : ByExtension.GetValueOrDefault(extension);

    /// <summary>True when <paramref name="extension"/> (without the dot, any case) is a usual extension of this format.</summary>
    public bool HasExtension(string extension) => Extensions.Contains(extension.ToLowerInvariant());

    /// <summary>The <see cref="MediaInfo"/> of this format with the given metadata.</summary>
    public MediaInfo ToInfo(int? width = null, int? height = null, TimeSpan? duration = null, bool? hasAlpha = null) =>
        new(Type, MimeType, Name, width, height, duration, hasAlpha);
}
