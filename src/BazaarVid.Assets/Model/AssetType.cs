namespace BazaarVid.Assets;

/// <summary>What an asset is, decided from its content (never from its file name alone).</summary>
public enum AssetType
{
    /// <summary>A raster image (PNG, JPEG, GIF, WebP, BMP, TIFF, HEIC, AVIF).</summary>
    Image,

    /// <summary>An SVG vector image (checked safe on ingestion).</summary>
    Svg,

    /// <summary>An image recognised as a logo.</summary>
    Logo,

    /// <summary>A video (MP4, MOV, WebM).</summary>
    Video,

    /// <summary>Audio (MP3, WAV, OGG, M4A).</summary>
    Audio,

    /// <summary>A font (WOFF, WOFF2, TTF, OTF).</summary>
    Font,

    /// <summary>Anything else that is allowed (for example a Lottie JSON).</summary>
    Other,
}

/// <summary>How an asset entered the project.</summary>
public enum AssetSource
{
    /// <summary>Uploaded bytes, stored in the blob store under a permanent URL.</summary>
    Upload,

    /// <summary>A URL hosted elsewhere, kept by reference.</summary>
    Reference,
}
