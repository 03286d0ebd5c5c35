using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace BazaarVid.Assets;

/// <summary>Options of <see cref="FileSystemAssetBlobStore"/>, validated on start.</summary>
public sealed class FileSystemBlobStoreOptions
{
    /// <summary>The directory blobs are stored in (created on first write). Default: <c>bazaarvid-assets</c> under the system temp directory.</summary>
    [Required]
    public string RootPath { get; set; } = Path.Combine(Path.GetTempPath(), "bazaarvid-assets");

    /// <summary>
    /// The absolute http(s) URL the root directory is served from, for example <c>https://cdn.example.com/assets/</c>;
    /// an asset's URL is this plus its key. Default <c>http://localhost:5000/assets/</c>, for local development only.
    /// </summary>
    [Required]
    [Url]
    public string PublicBaseUrl { get; set; } = "http://localhost:5000/assets/";

    /// <summary>
    /// Flush each blob to the disk (fsync) before it appears under its key, so a power loss cannot leave an empty
    /// file there. Default true; a process crash never leaves a partial file either way.
    /// </summary>
    public bool FlushToDisk { get; set; } = true;
}

/// <summary>Validates <see cref="FileSystemBlobStoreOptions"/> (source-generated from its data annotations).</summary>
[OptionsValidator]
public sealed partial class FileSystemBlobStoreOptionsValidator : IValidateOptions<FileSystemBlobStoreOptions>;
