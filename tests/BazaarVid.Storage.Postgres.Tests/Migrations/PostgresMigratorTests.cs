using BazaarVid.Context;
using BazaarVid.Storage.Postgres.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace BazaarVid.Storage.Postgres.Tests.Migrations;

public sealed class PostgresMigratorTests : IAsyncLifetime
{
    private readonly List<string> _schemas = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var schema in _schemas)
        {
            await PostgresServer.ExecuteAsync($"DROP SCHEMA IF EXISTS {schema} CASCADE");
        }
    }

    [PostgresFact]
    public async Task Five_instances_starting_at_once_apply_each_migration_exactly_once()
    {
        var schema = NewSchema();
        var counted = SchemaMigration.FromFile("9001_count_applications.sql", """
            CREATE TABLE applications (n integer NOT NULL);
            INSERT INTO applications VALUES (1);
            SELECT pg_sleep(0.2);
            """);
        var databases = Enumerable.Range(0, 5).Select(_ => Database(schema, [.. SchemaMigration.Embedded, counted])).ToList();
        try
        {
            var results = await Task.WhenAll(databases.Select(d => Task.Run(() => d.Migrator.MigrateAsync())));

            results.Count(r => r.Applied.Length > 0).Should().Be(1);
            results.Single(r => r.Applied.Length > 0).Applied.Should().HaveCount(SchemaMigration.Embedded.Length + 1);
            results.Where(r => r.Applied.IsEmpty).Should().OnlyContain(r => r.AlreadyApplied.Length == SchemaMigration.Embedded.Length + 1);
            (await PostgresServer.ScalarAsync<long>($"SELECT sum(n) FROM {schema}.applications")).Should().Be(1);
            (await PostgresServer.ScalarAsync<long>($"SELECT count(*) FROM {schema}.schema_migrations")).Should().Be(SchemaMigration.Embedded.Length + 1);
            (await PostgresServer.ScalarAsync<long>($"SELECT count(DISTINCT version) FROM {schema}.schema_migrations")).Should().Be(SchemaMigration.Embedded.Length + 1);
        }
        finally
        {
            foreach (var database in databases)
            {
                await database.DisposeAsync();
            }
        }
    }

    [PostgresFact]
    public async Task Five_hosts_starting_at_once_all_work_on_one_fresh_schema()
    {
        var schema = NewSchema();
        var hosts = Enumerable.Range(0, 5).Select(_ => TestHost.Create(schema)).ToList();
        try
        {
            await Task.WhenAll(hosts.Select((h, i) => Task.Run(async () =>
                await h.Get<IContextManager>().AppendUserMessageAsync(TestHost.NewKey(), $"host {i} says hello"))));

            (await PostgresServer.ScalarAsync<long>($"SELECT count(*) FROM {schema}.messages")).Should().Be(5);
            (await PostgresServer.ScalarAsync<long>($"SELECT count(*) FROM {schema}.schema_migrations")).Should().Be(SchemaMigration.Embedded.Length);
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }

    [PostgresFact]
    public async Task A_failing_migration_leaves_nothing_behind()
    {
        var schema = NewSchema();
        var broken = SchemaMigration.FromFile("9002_broken.sql", "CREATE TABLE half_done (x integer); SELECT 1 / 0;");
        await using var database = Database(schema, [.. SchemaMigration.Embedded, broken]);

        var migrate = async () => await database.Migrator.MigrateAsync();

        (await migrate.Should().ThrowAsync<PostgresStorageException>()).Which.SqlState.Should().Be("22012");
        (await PostgresServer.ScalarAsync<bool>($"SELECT to_regnamespace('{schema}') IS NULL")).Should().BeTrue();
    }

    [PostgresFact]
    public async Task The_first_store_call_applies_the_migrations()
    {
        var schema = NewSchema();
        await using var host = TestHost.Create(schema);

        (await PostgresServer.ScalarAsync<bool>($"SELECT to_regnamespace('{schema}') IS NULL")).Should().BeTrue("nothing happens before the first call");
        await host.Get<IConversationStore>().LoadAsync(TestHost.NewKey());

        (await PostgresServer.ScalarAsync<string>($"SELECT string_agg(name, ',' ORDER BY version) FROM {schema}.schema_migrations"))
            .Should().Be(string.Join(',', SchemaMigration.Embedded.Select(m => m.Name)));
        (await host.Get<IBazaarVidMigrator>().GetPendingMigrationsAsync()).Should().BeEmpty();
    }

    [PostgresFact]
    public async Task Verify_only_fails_with_a_typed_error_naming_the_missing_migrations()
    {
        var schema = NewSchema();
        await using var host = TestHost.Create(schema, o => o.MigrationMode = PostgresMigrationMode.VerifyOnly);
        var migrator = host.Get<IBazaarVidMigrator>();

        var load = async () => await host.Get<IConversationStore>().LoadAsync(TestHost.NewKey());

        var error = (await load.Should().ThrowAsync<PostgresSchemaNotReadyException>()).Which;
        error.Code.Should().Be("postgres-schema-not-ready");
        error.Schema.Should().Be(schema);
        error.MissingMigrations.Should().Equal(SchemaMigration.Embedded.Select(m => m.Name));
        error.ChangedMigrations.Should().BeEmpty();
        (await PostgresServer.ScalarAsync<bool>($"SELECT to_regnamespace('{schema}') IS NULL")).Should().BeTrue("verify-only never creates anything");
        (await migrator.GetPendingMigrationsAsync()).Should().HaveCount(SchemaMigration.Embedded.Length);

        await migrator.MigrateAsync();

        (await host.Get<IConversationStore>().LoadAsync(TestHost.NewKey())).Should().BeNull();
        await migrator.VerifyAsync();
    }

    [PostgresFact]
    public async Task An_edited_applied_migration_is_reported_and_nothing_is_applied()
    {
        var schema = NewSchema();
        await using var database = Database(schema, SchemaMigration.Embedded);
        await database.Migrator.MigrateAsync();
        await PostgresServer.ExecuteAsync($"UPDATE {schema}.schema_migrations SET checksum = 'edited' WHERE version = 2");

        var migrate = async () => await database.Migrator.MigrateAsync();
        var verify = async () => await database.Migrator.VerifyAsync();

        (await migrate.Should().ThrowAsync<PostgresSchemaNotReadyException>()).Which.ChangedMigrations.Should().Equal("0002_assets.sql");
        (await verify.Should().ThrowAsync<PostgresSchemaNotReadyException>()).Which.MissingMigrations.Should().BeEmpty();
    }

    [PostgresFact]
    public async Task A_migration_from_a_newer_version_does_not_stop_this_one()
    {
        var schema = NewSchema();
        await using var database = Database(schema, SchemaMigration.Embedded);
        await database.Migrator.MigrateAsync();
        await PostgresServer.ExecuteAsync($"INSERT INTO {schema}.schema_migrations (version, name, checksum) VALUES (9999, '9999_future.sql', 'x')");

        var again = await database.Migrator.MigrateAsync();
        await database.Migrator.VerifyAsync();

        again.Applied.Should().BeEmpty();
        again.AlreadyApplied.Should().HaveCount(SchemaMigration.Embedded.Length);
    }

    [Fact]
    public void The_embedded_migrations_are_numbered_in_order_with_stable_checksums()
    {
        SchemaMigration.Embedded.Select(m => m.Version).Should().Equal(1, 2, 3, 4, 5, 6);
        SchemaMigration.Embedded.Select(m => m.Name).Should().StartWith("0001_conversations.sql");
        SchemaMigration.FromFile("0007_x.sql", "SELECT 1;\r\n").Checksum.Should().Be(SchemaMigration.FromFile("0007_x.sql", "SELECT 1;\n").Checksum);
        SchemaMigration.FromFile("0007_x.sql", "SELECT 2;\n").Checksum.Should().NotBe(SchemaMigration.FromFile("0007_x.sql", "SELECT 1;\n").Checksum);
    }

    [Theory]
    [InlineData("initial.sql")]
    [InlineData("0001-initial.sql")]
    [InlineData("0000_zero.sql")]
    [InlineData("0001_initial.txt")]
    [InlineData("x001_initial.sql")]
    public void Badly_named_migration_files_are_refused(string name)
    {
        var create = () => SchemaMigration.FromFile(name, "SELECT 1;");

        create.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Two_migrations_with_one_version_are_refused()
    {
        var order = () => SchemaMigration.Ordered([SchemaMigration.FromFile("0001_a.sql", ""), SchemaMigration.FromFile("0001_b.sql", "")]);

        order.Should().Throw<InvalidOperationException>().WithMessage("*share version 1*");
    }

    [Fact]
    public void The_lock_key_is_stable_and_differs_per_schema()
    {
        PostgresMigrator.LockKeyOf("bazaarvid").Should().Be(PostgresMigrator.LockKeyOf("bazaarvid"));
        PostgresMigrator.LockKeyOf("bazaarvid").Should().NotBe(PostgresMigrator.LockKeyOf("bazaarvid2"));
    }

    private string NewSchema()
    {
        var schema = SchemaFixture.NewSchemaName();
        _schemas.Add(schema);
        return schema;
    }

    private static PostgresDatabase Database(string schema, IReadOnlyList<SchemaMigration> migrations) =>
        new(Options.Create(new PostgresStorageOptions { ConnectionString = PostgresServer.ConnectionString, Schema = schema }), TimeProvider.System, migrations, null);
}
