using BazaarVid.Assets;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>All option groups of the Assets package, for <see cref="AssetsServiceCollectionExtensions.AddBazaarVidAssets"/>.</summary>
public sealed class BazaarVidAssetsOptions
{
    /// <summary>Upload limits.</summary>
    public AssetIngestionOptions Ingestion { get; init; } = new();

    /// <summary>Where uploaded bytes are stored and served from.</summary>
    public FileSystemBlobStoreOptions BlobStore { get; init; } = new();

    /// <summary>Remote fetching for analysis.</summary>
    public SafeFetchOptions Fetch { get; init; } = new();

    /// <summary>Background image analysis.</summary>
    public ImageAnalysisOptions Analysis { get; init; } = new();

    /// <summary>The asset URL validator's defaults.</summary>
    public AssetValidationOptions Validation { get; init; } = new();
}

/// <summary>Registers the BazaarVid asset pipeline.</summary>
public static class AssetsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Context package (when not added yet) and the asset pipeline: ingestion with the filesystem blob store,
    /// the in-memory asset context store, the SSRF-safe fetcher, background image analysis, the asset URL validator and
    /// <see cref="IAssetIntake"/>. Every registration uses TryAdd so hosts and storage packages can replace any part.
    /// Each option group is validated on start. <paramref name="configure"/> may run once per option group, so it should
    /// only set options.
    /// </summary>
    public static IServiceCollection AddBazaarVidAssets(this IServiceCollection services, Action<BazaarVidAssetsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddBazaarVidContext();
        IngestionServiceRegistration.Register(services);
        AnalysisServiceRegistration.Register(services);
        services.AddAssetUrlValidator();
        if (configure is not null)
        {
            // Each group is configured on its own registered instance; the other groups of the facade are throwaways.
            services.Configure<AssetIngestionOptions>(o => configure(new BazaarVidAssetsOptions { Ingestion = o }));
            services.Configure<FileSystemBlobStoreOptions>(o => configure(new BazaarVidAssetsOptions { BlobStore = o }));
            services.Configure<SafeFetchOptions>(o => configure(new BazaarVidAssetsOptions { Fetch = o }));
            services.Configure<ImageAnalysisOptions>(o => configure(new BazaarVidAssetsOptions { Analysis = o }));
            services.Configure<AssetValidationOptions>(o => configure(new BazaarVidAssetsOptions { Validation = o }));
        }

        services.TryAddSingleton<IAssetIntake, AssetIntake>();
        return services;
    }
}
