namespace BazaarVid.Assets;

/// <summary>
/// The <see cref="BazaarVid.Context.BazaarVidException.Code"/> values of an <see cref="AssetRejectedException"/>
/// thrown by ingestion. Stable: hosts may branch on them.
/// </summary>
public static class IngestionErrorCodes
{
    /// <summary>The content is not an accepted media format (an executable, a script, an archive, HTML, an unknown binary, …).</summary>
    public const string UnsupportedContent = "unsupported-content";

    /// <summary>The content starts like an accepted format but its header is truncated or malformed.</summary>
    public const string CorruptContent = "corrupt-content";

    /// <summary>The SVG contains scripts, event handlers, foreign objects, external references or a DTD.</summary>
    public const string UnsafeSvg = "unsafe-svg";

    /// <summary>The upload has more bytes than <see cref="AssetIngestionOptions.MaxFileBytes"/>.</summary>
    public const string FileTooLarge = "file-too-large";

    /// <summary>The upload has no bytes.</summary>
    public const string EmptyFile = "empty-file";

    /// <summary>The image header declares more pixels than <see cref="AssetIngestionOptions.MaxPixels"/>.</summary>
    public const string ImageTooLarge = "image-too-large";

    internal static AssetRejectedException Unsupported(string reason) => new(UnsupportedContent, reason);

    internal static AssetRejectedException Corrupt(string reason, Exception? inner = null) => new(CorruptContent, reason, inner);

    internal static AssetRejectedException Unsafe(string reason, Exception? inner = null) => new(UnsafeSvg, $"The SVG is unsafe: {reason}.", inner);
}
