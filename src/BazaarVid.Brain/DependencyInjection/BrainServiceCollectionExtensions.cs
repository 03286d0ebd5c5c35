using BazaarVid.Brain;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the whole BazaarVid SDK.</summary>
public static class BrainServiceCollectionExtensions
{
    /// <summary>
    /// Adds Context, Assets and Brain with in-memory stores and the offline (deterministic, no network) implementations
    /// of every decision. Every registration uses TryAdd, so hosts and storage packages can replace any part. Options
    /// are validated on start.
    /// </summary>
    public static BazaarVidBuilder AddBazaarVid(this IServiceCollection services, Action<BrainOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddBazaarVidContext();
        services.AddBazaarVidAssets();
        AddValidatedOptions<BrainOptions, BrainOptionsValidator>(services, configure);
        AddValidatedOptions<IntentAnalysisOptions, IntentAnalysisOptionsValidator>(services, null);
        AddValidatedOptions<StyleAgentOptions, StyleAgentOptionsValidator>(services, null);
        AddValidatedOptions<GenerationDecisionOptions, GenerationDecisionOptionsValidator>(services, null);
        services.AddOptions<PromptTemplateOptions>();

        services.TryAddSingleton<OfflineIntentAnalyzer>();
        services.TryAddSingleton<IIntentAnalyzer>(sp => sp.GetRequiredService<OfflineIntentAnalyzer>());
        services.TryAddSingleton<ISceneStore, InMemorySceneStore>();
        services.TryAddSingleton<ISceneRouter, SceneRouter>();
        services.TryAddSingleton(StyleLibrary.Default);
        services.TryAddSingleton<IStyleCache, InMemoryStyleCache>();
        services.TryAddSingleton<IStyleAgent, StyleAgent>();
        services.TryAddSingleton<IGenerationDecisionEngine, GenerationDecisionEngine>();
        services.TryAddSingleton<IPromptRenderer, HandlebarsPromptRenderer>();
        services.AddOptions<SceneContractOptions>();
        services.TryAddSingleton<SceneContractChecker>();
        services.TryAddSingleton(sp => new OfflineSceneGenerator(
            sp.GetRequiredService<SceneContractChecker>(),
            sp.GetService<ILogger<OfflineSceneGenerator>>() ?? NullLogger<OfflineSceneGenerator>.Instance));
        services.TryAddSingleton<ISceneGenerator>(sp => sp.GetRequiredService<OfflineSceneGenerator>());
        services.TryAddSingleton<ISceneValidator, SceneValidator>();
        services.TryAddSingleton<ISceneIdGenerator, DeterministicSceneIdGenerator>();
        services.TryAddSingleton<TurnAssetCollector>();
        services.TryAddSingleton<SceneProducer>();
        services.TryAddSingleton<BrainOrchestrator>();
        return new BazaarVidBuilder(services);
    }

    /// <summary>
    /// Switches intent analysis, style research and scene generation to the LLM behind <paramref name="chatClient"/>.
    /// Every LLM path falls back to the offline implementation when the model fails, times out or answers badly.
    /// </summary>
    public static BazaarVidBuilder UseChatClient(this BazaarVidBuilder builder, IChatClient chatClient)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(chatClient);
        var services = builder.Services;
        services.RemoveAll<IChatClient>();
        services.AddSingleton(chatClient);
        services.RemoveAll<IIntentAnalyzer>();
        services.AddSingleton<IIntentAnalyzer, LlmIntentAnalyzer>();
        services.RemoveAll<IStyleResearcher>();
        services.AddSingleton<IStyleResearcher, LlmStyleResearcher>();
        services.RemoveAll<ISceneGenerator>();
        services.AddSingleton<ISceneGenerator, LlmSceneGenerator>();
        return builder;
    }

    private static void AddValidatedOptions<TOptions, TValidator>(IServiceCollection services, Action<TOptions>? configure)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        var options = services.AddOptions<TOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
    }
}
