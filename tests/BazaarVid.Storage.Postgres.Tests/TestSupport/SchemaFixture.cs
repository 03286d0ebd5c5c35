using BazaarVid.Assets;
using BazaarVid.Context;
using Microsoft.Extensions.DependencyInjection;

namespace BazaarVid.Storage.Postgres.Tests.TestSupport;

/// <summary>One schema per test class, dropped when the class is done; builds hosts (service providers) on it.</summary>
public sealed class SchemaFixture : IAsyncLifetime
{
    public string Schema { get; } = NewSchemaName();

    public static string NewSchemaName() => "t_" + Guid.NewGuid().ToString("N")[..16];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (PostgresServer.IsConfigured)
        {
            await PostgresServer.ExecuteAsync($"DROP SCHEMA IF EXISTS {Schema} CASCADE");
        }
    }

    /// <summary>A host with the whole SDK on this schema; disposing it stops its workers and listener.</summary>
    public ServiceProvider CreateHost(Action<PostgresStorageOptions>? storage = null, Action<IServiceCollection>? services = null, TimeProvider? time = null) =>
        TestHost.Create(Schema, storage, services, time);
}

/// <summary>Builds service providers the way a host would: AddBazaarVid().UsePostgres(...).</summary>
public static class TestHost
{
    public static ServiceProvider Create(string schema, Action<PostgresStorageOptions>? storage = null, Action<IServiceCollection>? services = null, TimeProvider? time = null)
    {
        var collection = new ServiceCollection();
        if (time is not null)
        {
            collection.AddSingleton(time);
        }

        // Tests never touch the network: the default analyzer would fetch image URLs.
        collection.AddSingleton<IImageAnalyzer>(new FakeImageAnalyzer());
        collection.AddBazaarVid().UsePostgres(o =>
        {
            o.ConnectionString = PostgresServer.ConnectionString;
            o.Schema = schema;
            o.ImageJobs.PollInterval = TimeSpan.FromMilliseconds(200);
            o.ImageJobs.InitialBackoff = TimeSpan.FromMilliseconds(20);
            storage?.Invoke(o);
        });
        collection.Configure<ContextOptions>(o => o.MaxConflictRetries = 50);
        collection.Configure<ImageAnalysisOptions>(o => o.DrainTimeout = TimeSpan.FromSeconds(2));
        services?.Invoke(collection);
        return collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>A fresh conversation key in a fresh project, so tests sharing a schema never meet.</summary>
    public static ConversationKey NewKey(string conversation = "c1") => new("p-" + Guid.NewGuid().ToString("N")[..10], conversation);

    public static T Get<T>(this IServiceProvider provider)
        where T : notnull => provider.GetRequiredService<T>();
}
