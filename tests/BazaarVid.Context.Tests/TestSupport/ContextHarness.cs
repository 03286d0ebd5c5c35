using Microsoft.Extensions.DependencyInjection;

namespace BazaarVid.Context.Tests.TestSupport;

/// <summary>A real service provider with the Context package's defaults and a manual clock.</summary>
public sealed class ContextHarness : IDisposable
{
    private readonly ServiceProvider _provider;

    public ContextHarness(Action<ContextOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(Time);
        services?.Invoke(collection);
        collection.AddBazaarVidContext(configure);
        _provider = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public ManualTimeProvider Time { get; } = new();

    public IContextManager Manager => _provider.GetRequiredService<IContextManager>();

    public IServiceProvider Services => _provider;

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public static ConversationKey Key(string project = "p1", string conversation = "c1") => new(project, conversation);

    public void Dispose() => _provider.Dispose();
}
