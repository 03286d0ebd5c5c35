using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BazaarVid.Assets;

/// <summary>Registers ingestion, the media probe, the file-system blob store and the in-memory asset context store (called by <c>AddBazaarVidAssets</c>).</summary>
internal static class IngestionServiceRegistration
{
    /// <summary>
    /// Adds every service with TryAdd, so a host (or a storage package) registered first wins; options are
    /// validated on start. Safe to call more than once.
    /// </summary>
    internal static void Register(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<AssetIngestionOptions>().ValidateOnStart();
        services.AddOptions<FileSystemBlobStoreOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AssetIngestionOptions>, AssetIngestionOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FileSystemBlobStoreOptions>, FileSystemBlobStoreOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IMediaProbe>(MediaProbe.Instance);
        services.TryAddSingleton<IAssetBlobStore, FileSystemAssetBlobStore>();
        services.TryAddSingleton<IAssetContextStore, InMemoryAssetContextStore>();
        services.TryAddSingleton<IAssetIngestor, AssetIngestor>();
    }
}
