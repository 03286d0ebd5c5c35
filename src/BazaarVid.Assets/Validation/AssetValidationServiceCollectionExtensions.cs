using BazaarVid.Assets;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the asset URL validator.</summary>
public static class AssetValidationServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IAssetUrlValidator"/> (<see cref="AssetUrlValidator"/>, singleton) with its options validated on
    /// start. Uses TryAdd, so a host can replace the validator.
    /// </summary>
    public static IServiceCollection AddAssetUrlValidator(this IServiceCollection services, Action<AssetValidationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<AssetValidationOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AssetValidationOptions>, AssetValidationOptionsValidator>());
        services.TryAddSingleton<IAssetUrlValidator, AssetUrlValidator>();
        return services;
    }
}
