using BazaarVid.Context;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the BazaarVid conversation context.</summary>
public static class ContextServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IContextManager"/> with in-memory stores, the rule-based preference extractor, the
    /// extractive summarizer, the token estimator and prompt builder, a memory cache and <see cref="TimeProvider.System"/>.
    /// Every registration uses TryAdd, so a host (or a storage package) can replace any of them. Options are
    /// validated on start.
    /// </summary>
    public static IServiceCollection AddBazaarVidContext(this IServiceCollection services, Action<ContextOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<ContextOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ContextOptions>, ContextOptionsValidator>());
        services.AddMemoryCache();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MemoryExpiry>();
        services.TryAddSingleton<IConversationStore, InMemoryConversationStore>();
        services.TryAddSingleton<IProjectMemoryStore, InMemoryProjectMemoryStore>();
        services.TryAddSingleton<IPreferenceExtractor, RuleBasedPreferenceExtractor>();
        services.TryAddSingleton<IContextSummarizer, ExtractiveContextSummarizer>();
        services.TryAddSingleton<ITokenEstimator>(CharacterClassTokenEstimator.Instance);
        services.TryAddSingleton<IPromptContextBuilder, PromptContextBuilder>();
        services.TryAddSingleton<IContextManager, ContextManager>();
        return services;
    }
}
