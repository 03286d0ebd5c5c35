using BazaarVid.Assets;
using BazaarVid.Brain;
using BazaarVid.Context;
using BazaarVid.Storage.Postgres;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Switches the BazaarVid stores to PostgreSQL.</summary>
public static class PostgresBazaarVidBuilderExtensions
{
    /// <summary>
    /// Replaces every in-memory store with its PostgreSQL implementation on the database at <paramref name="connectionString"/>
    /// (schema <c>bazaarvid</c>, migrations applied by the first store call). See the other overload for the options.
    /// </summary>
    public static BazaarVidBuilder UsePostgres(this BazaarVidBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return builder.UsePostgres(o => o.ConnectionString = connectionString);
    }

    /// <summary>
    /// Replaces <see cref="IConversationStore"/>, <see cref="IProjectMemoryStore"/>, <see cref="IAssetContextStore"/>,
    /// <see cref="IAsyncImageProcessor"/>, <see cref="ISceneStore"/> and <see cref="IStyleCache"/> with their PostgreSQL
    /// implementations sharing one <c>NpgsqlDataSource</c> (logging through the host's <see cref="ILoggerFactory"/> when there
    /// is one), and registers <see cref="IBazaarVidMigrator"/>. <see cref="PostgresStorageOptions"/> are validated on start.
    /// Calling it again replaces the earlier registration.
    /// </summary>
    public static BazaarVidBuilder UsePostgres(this BazaarVidBuilder builder, Action<PostgresStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;
        services.AddOptions<PostgresStorageOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PostgresStorageOptions>, PostgresStorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.RemoveAll<PostgresDatabase>();
        services.AddSingleton(sp => new PostgresDatabase(
            sp.GetRequiredService<IOptions<PostgresStorageOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>()));

        Replace<IBazaarVidMigrator>(services, sp => sp.GetRequiredService<PostgresDatabase>().Migrator);
        Replace<IConversationStore>(services, sp => new PostgresConversationStore(sp.GetRequiredService<PostgresDatabase>(), sp));
        Replace<IProjectMemoryStore>(services, sp => new PostgresProjectMemoryStore(
            sp.GetRequiredService<PostgresDatabase>(), sp.GetRequiredService<MemoryExpiry>(), sp.GetRequiredService<TimeProvider>()));
        Replace<IAssetContextStore>(services, sp => new PostgresAssetContextStore(sp.GetRequiredService<PostgresDatabase>(), sp.GetRequiredService<TimeProvider>()));
        Replace<ISceneStore>(services, sp => new PostgresSceneStore(sp.GetRequiredService<PostgresDatabase>()));
        Replace<IStyleCache>(services, sp => new PostgresStyleCache(sp.GetRequiredService<PostgresDatabase>(), sp.GetRequiredService<TimeProvider>()));
        Replace<IAsyncImageProcessor>(services, sp => new PostgresImageProcessor(
            sp.GetRequiredService<PostgresDatabase>(),
            sp.GetRequiredService<IContextManager>(),
            sp.GetRequiredService<IImageAnalyzer>(),
            sp.GetRequiredService<IOptions<ImageAnalysisOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<PostgresImageProcessor>>() ?? NullLogger<PostgresImageProcessor>.Instance));
        return builder;
    }

    private static void Replace<TService>(IServiceCollection services, Func<IServiceProvider, TService> factory)
        where TService : class
    {
        services.RemoveAll<TService>();
        services.AddSingleton(factory);
    }
}
