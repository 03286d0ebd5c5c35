using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace BazaarVid.Assets;

/// <summary>Limits of <see cref="AssetIngestor"/>, validated on start. Every limit is checked before anything is stored.</summary>
public sealed class AssetIngestionOptions
{
    /// <summary>The largest upload accepted, in bytes. Default 50 MB; at most 1 GiB (uploads are buffered in memory).</summary>
    [Range(1L, 1L << 30)]
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>The most pixels (width × height, from the header) a raster image may declare. Default 100 megapixels.</summary>
    [Range(1L, 10_000_000_000L)]
    public long MaxPixels { get; set; } = 100_000_000;

    /// <summary>The longest sanitized file name kept (extension included). Default 120 characters.</summary>
    [Range(16, 255)]
    public int MaxFileNameLength { get; set; } = 120;
}

/// <summary>Validates <see cref="AssetIngestionOptions"/> (source-generated from its data annotations).</summary>
[OptionsValidator]
public sealed partial class AssetIngestionOptionsValidator : IValidateOptions<AssetIngestionOptions>;
