using BazaarVid.Assets;
using BazaarVid.Brain;
using BazaarVid.Context;
using BazaarVid.Storage.Postgres.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BazaarVid.Storage.Postgres.Tests.DependencyInjection;

public sealed class UsePostgresTests(SchemaFixture schema) : IClassFixture<SchemaFixture>
{
    [Fact]
    public void UsePostgres_replaces_every_in_memory_store_once()
    {
        var services = new ServiceCollection();
        services.AddBazaarVid().UsePostgres("Host=localhost").UsePostgres(o => o.Schema = "second");

        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IConversationStore>().Should().BeOfType<PostgresConversationStore>();
        provider.GetRequiredService<IProjectMemoryStore>().Should().BeOfType<PostgresProjectMemoryStore>();
        provider.GetRequiredService<IAssetContextStore>().Should().BeOfType<PostgresAssetContextStore>();
        provider.GetRequiredService<ISceneStore>().Should().BeOfType<PostgresSceneStore>();
        provider.GetRequiredService<IStyleCache>().Should().BeOfType<PostgresStyleCache>();
        provider.GetRequiredService<IAsyncImageProcessor>().Should().BeOfType<PostgresImageProcessor>();
        provider.GetRequiredService<IBazaarVidMigrator>().Should().BeOfType<PostgresMigrator>();
        foreach (var type in new[] { typeof(IConversationStore), typeof(IProjectMemoryStore), typeof(IAssetContextStore), typeof(ISceneStore), typeof(IStyleCache), typeof(IAsyncImageProcessor), typeof(IBazaarVidMigrator) })
        {
            services.Count(d => d.ServiceType == type).Should().Be(1, type.Name);
        }

        var options = provider.GetRequiredService<IOptions<PostgresStorageOptions>>().Value;
        options.ConnectionString.Should().Be("Host=localhost");
        options.Schema.Should().Be("second");
    }

    [Fact]
    public void The_data_source_searches_the_schema_and_prepares_statements()
    {
        var services = new ServiceCollection();
        services.AddBazaarVid().UsePostgres(o =>
        {
            o.ConnectionString = "Host=db.internal;Username=app;Password=secret";
            o.Schema = "tenant_data";
            o.CommandTimeout = TimeSpan.FromSeconds(7);
        });
        using var provider = services.BuildServiceProvider();

        var built = new NpgsqlConnectionStringBuilder(provider.GetRequiredService<PostgresDatabase>().DataSource.ConnectionString);

        built.SearchPath.Should().Be("tenant_data");
        built.CommandTimeout.Should().Be(7);
        built.MaxAutoPrepare.Should().Be(64);
        built.ApplicationName.Should().Be("bazaarvid");
        provider.GetRequiredService<PostgresDatabase>().Channel.Should().Be("tenant_data_events");
    }

    [Fact]
    public void The_defaults_are_documented_ones()
    {
        var options = new PostgresStorageOptions();

        options.Schema.Should().Be("bazaarvid");
        options.CommandTimeout.Should().Be(TimeSpan.FromSeconds(30));
        options.MigrationMode.Should().Be(PostgresMigrationMode.Apply);
        options.MaxTransientRetries.Should().Be(3);
        options.AutoPrepare.Should().BeTrue();
        options.Notifications.Should().BeTrue();
        options.ImageJobs.Workers.Should().Be(2);
        options.ImageJobs.MaxAttempts.Should().Be(5);
        options.ImageJobs.InitialBackoff.Should().Be(TimeSpan.FromSeconds(2));
        options.ImageJobs.MaxBackoff.Should().Be(TimeSpan.FromMinutes(5));
        options.ImageJobs.Lease.Should().Be(TimeSpan.FromMinutes(2));
    }

    public static TheoryData<string, Action<PostgresStorageOptions>> InvalidOptions => new()
    {
        { "ConnectionString", o => o.ConnectionString = "" },
        { "ConnectionString", o => o.ConnectionString = "Username=app" },
        { "ConnectionString", o => o.ConnectionString = "this is = not; a = connection string;Password=secret" },
        { "Schema", o => o.Schema = "Bazaar" },
        { "Schema", o => o.Schema = "pg_bazaar" },
        { "Schema", o => o.Schema = "1bazaar" },
        { "Schema", o => o.Schema = "bazaar-vid" },
        { "Schema", o => o.Schema = "bazaar\"; DROP SCHEMA public; --" },
        { "Schema", o => o.Schema = new string('s', 51) },
        { "CommandTimeout", o => o.CommandTimeout = TimeSpan.Zero },
        { "MaxTransientRetries", o => o.MaxTransientRetries = 11 },
        { "MemorySweepBatchSize", o => o.MemorySweepBatchSize = 0 },
        { "Workers", o => o.ImageJobs.Workers = 65 },
        { "MaxAttempts", o => o.ImageJobs.MaxAttempts = 0 },
        { "Lease", o => o.ImageJobs.Lease = TimeSpan.Zero },
        { "MigrationMode", o => o.MigrationMode = (PostgresMigrationMode)7 },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Invalid_options_fail_validation_on_start_naming_the_option(string member, Action<PostgresStorageOptions> change)
    {
        var services = new ServiceCollection();
        services.AddBazaarVid().UsePostgres(o =>
        {
            o.ConnectionString = "Host=localhost";
            change(o);
        });
        using var provider = services.BuildServiceProvider();

        var start = () => provider.GetRequiredService<IStartupValidator>().Validate();

        var error = start.Should().Throw<OptionsValidationException>().Which;
        error.Message.Should().Contain(member).And.NotContain("secret");
    }

    [Fact]
    public void Null_and_empty_arguments_are_rejected()
    {
        var builder = new ServiceCollection().AddBazaarVid();

        var nullBuilder = () => ((BazaarVidBuilder)null!).UsePostgres("Host=x");
        var emptyConnection = () => builder.UsePostgres(" ");
        var nullConfigure = () => builder.UsePostgres((Action<PostgresStorageOptions>)null!);

        nullBuilder.Should().Throw<ArgumentNullException>();
        emptyConnection.Should().Throw<ArgumentException>();
        nullConfigure.Should().Throw<ArgumentNullException>();
    }

    [PostgresFact]
    public async Task Npgsql_and_the_stores_log_through_the_host_logger_factory()
    {
        var logs = new RecordingLoggerFactory();
        await using var host = schema.CreateHost(services: s => s.AddSingleton<ILoggerFactory>(logs));

        await host.Get<IConversationStore>().LoadAsync(TestHost.NewKey());

        logs.Categories.Should().Contain(c => c.StartsWith("Npgsql", StringComparison.Ordinal));
        logs.Categories.Should().Contain("BazaarVid.Storage.Postgres");
    }

    private sealed class RecordingLoggerFactory : ILoggerFactory
    {
        private readonly List<string> _categories = [];

        public IReadOnlyList<string> Categories
        {
            get
            {
                lock (_categories)
                {
                    return [.. _categories];
                }
            }
        }

        public ILogger CreateLogger(string categoryName)
        {
            lock (_categories)
            {
                _categories.Add(categoryName);
            }

            return Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        }

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public void Dispose()
        {
        }
    }
}
