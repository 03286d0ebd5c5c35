using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BazaarVid.Assets;

/// <summary>Registers the safe fetcher and the background image analysis (called by <c>AddBazaarVidAssets</c>).</summary>
internal static class AnalysisServiceRegistration
{
    /// <summary>
    /// TryAdds <see cref="ISafeHttpFetcher"/>, <see cref="IImageAnalyzer"/> and <see cref="IAsyncImageProcessor"/> as
    /// singletons, <see cref="TimeProvider.System"/>, and both options classes with their validators (validated on start).
    /// Needs <see cref="BazaarVid.Context.IContextManager"/> and <see cref="IMediaProbe"/> from elsewhere.
    /// </summary>
    internal static void Register(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SafeFetchOptions>().ValidateOnStart();
        services.AddOptions<ImageAnalysisOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SafeFetchOptions>, SafeFetchOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ImageAnalysisOptions>, ImageAnalysisOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISafeHttpFetcher, SafeHttpFetcher>();
        services.TryAddSingleton<IImageAnalyzer, MetadataImageAnalyzer>();
        services.TryAddSingleton<IAsyncImageProcessor, ChannelImageProcessor>();
    }
}
