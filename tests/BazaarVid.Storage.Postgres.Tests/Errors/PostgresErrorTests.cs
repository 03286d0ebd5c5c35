using System.Net.Sockets;
using System.Text;
using BazaarVid.Context;
using BazaarVid.Storage.Postgres.Tests.TestSupport;
using Npgsql;

namespace BazaarVid.Storage.Postgres.Tests.Errors;

public sealed class PostgresErrorTests(SchemaFixture schema) : IClassFixture<SchemaFixture>
{
    public static TheoryData<string, Type, string, bool> ServerErrors => new()
    {
        { "23505", typeof(PostgresUniqueViolationException), "postgres-unique-violation", false },
        { "40001", typeof(PostgresSerializationFailureException), "postgres-serialization-failure", true },
        { "40P01", typeof(PostgresSerializationFailureException), "postgres-serialization-failure", true },
        { "08006", typeof(PostgresConnectionException), "postgres-connection-failure", true },
        { "57P01", typeof(PostgresConnectionException), "postgres-connection-failure", true },
        { "53300", typeof(PostgresConnectionException), "postgres-connection-failure", true },
        { "57014", typeof(PostgresTimeoutException), "postgres-timeout", false },
        { "22021", typeof(PostgresStorageException), "postgres-invalid-text", false },
        { "42P01", typeof(PostgresStorageException), "postgres-error", false },
    };

    [Theory]
    [MemberData(nameof(ServerErrors))]
    public void Server_errors_are_translated_by_sql_state(string sqlState, Type type, string code, bool transient)
    {
        var original = new PostgresException("boom", "ERROR", "ERROR", sqlState);

        var translated = PostgresErrors.Translate(original, "test operation");

        translated.Should().BeOfType(type);
        var typed = (PostgresStorageException)translated;
        typed.Should().BeAssignableTo<BazaarVidException>();
        typed.Code.Should().Be(code);
        typed.SqlState.Should().Be(sqlState);
        typed.IsTransient.Should().Be(transient);
        typed.InnerException.Should().BeSameAs(original);
        typed.Message.Should().Contain("test operation").And.Contain(sqlState);
    }

    [Fact]
    public void Client_side_failures_are_translated_and_everything_else_passes_through()
    {
        PostgresErrors.Translate(new NpgsqlException("read failed", new TimeoutException()), "op").Should().BeOfType<PostgresTimeoutException>();
        PostgresErrors.Translate(new NpgsqlException("reset", new IOException("connection reset")), "op").Should().BeOfType<PostgresConnectionException>()
            .Which.SqlState.Should().BeNull();
        PostgresErrors.Translate(new NpgsqlException("refused", new SocketException((int)SocketError.ConnectionRefused)), "op").Should().BeOfType<PostgresConnectionException>();
        PostgresErrors.Translate(new EncoderFallbackException("lone surrogate"), "op").Should().BeOfType<PostgresStorageException>().Which.Code.Should().Be("postgres-invalid-text");

        var cancelled = new OperationCanceledException();
        var conflict = new ConcurrencyConflictException(new ConversationKey("p", "c"), 1);
        var bug = new InvalidOperationException();
        PostgresErrors.Translate(cancelled, "op").Should().BeSameAs(cancelled);
        PostgresErrors.Translate(conflict, "op").Should().BeSameAs(conflict);
        PostgresErrors.Translate(bug, "op").Should().BeSameAs(bug);
    }

    [Fact]
    public async Task Rolled_back_work_is_retried_and_the_last_failure_is_typed()
    {
        var retry = new TransientRetry(2, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        var attempts = 0;

        var value = await retry.RunAsync("op", idempotent: false, (attempt, _) => ++attempts < 3 ? throw Server("40001") : Task.FromResult(attempt), default);
        var always = async () => await retry.RunAsync<int>("op", idempotent: false, (_, _) => throw Server("40P01"), default);

        value.Should().Be(3);
        (await always.Should().ThrowAsync<PostgresSerializationFailureException>()).Which.SqlState.Should().Be("40P01");
    }

    [Fact]
    public async Task A_lost_connection_is_retried_only_when_the_work_is_safe_to_repeat_or_was_never_sent()
    {
        var retry = new TransientRetry(3, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        var reset = new NpgsqlException("reset", new IOException("connection reset"));
        var unsafeAttempts = 0;
        var safeAttempts = 0;
        var openAttempts = 0;

        var notRepeated = async () => await retry.RunAsync<int>("op", idempotent: false, (_, _) => { unsafeAttempts++; throw reset; }, default);
        var repeated = await retry.RunAsync("op", idempotent: true, (a, _) => ++safeAttempts < 2 ? throw reset : Task.FromResult(a), default);
        var opened = await retry.RunAsync("op", idempotent: false, (a, _) => ++openAttempts < 2 ? throw new OpenFailedException(reset) : Task.FromResult(a), default);

        await notRepeated.Should().ThrowAsync<PostgresConnectionException>();
        unsafeAttempts.Should().Be(1);
        repeated.Should().Be(2);
        opened.Should().Be(2);
    }

    [Fact]
    public async Task Errors_that_are_not_transient_are_not_retried()
    {
        var retry = new TransientRetry(3, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        var attempts = 0;

        var run = async () => await retry.RunAsync<int>("op", idempotent: true, (_, _) => { attempts++; throw Server("23505"); }, default);

        await run.Should().ThrowAsync<PostgresUniqueViolationException>();
        attempts.Should().Be(1);
        TransientRetry.Delay(1).Should().Be(TimeSpan.FromMilliseconds(25));
        TransientRetry.Delay(9).Should().Be(TimeSpan.FromSeconds(1));
    }

    [PostgresFact]
    public async Task An_unreachable_database_is_a_typed_connection_failure()
    {
        await using var host = schema.CreateHost(o =>
        {
            o.ConnectionString = "Host=127.0.0.1;Port=1;Username=nobody;Timeout=2";
            o.MaxTransientRetries = 1;
        });

        var load = async () => await host.Get<IConversationStore>().LoadAsync(TestHost.NewKey());

        var error = (await load.Should().ThrowAsync<PostgresConnectionException>()).Which;
        error.Code.Should().Be("postgres-connection-failure");
        error.IsTransient.Should().BeTrue();
    }

    [PostgresFact]
    public async Task A_read_survives_its_pooled_connections_being_terminated()
    {
        var application = "terminate-" + Guid.NewGuid().ToString("N")[..8];
        await using var host = schema.CreateHost(o => o.ConnectionString = PostgresServer.ConnectionString + ";Application Name=" + application);
        var key = TestHost.NewKey();
        await host.Get<IContextManager>().AppendUserMessageAsync(key, "still here");
        var listener = host.Get<PostgresDatabase>().Listener.ProcessId;

        await PostgresServer.ScalarAsync<long>($"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = '{application}' AND pid <> {listener}");
        var stored = await host.Get<IConversationStore>().LoadAsync(key);

        stored!.UnsummarizedMessages.Should().ContainSingle().Which.Text.Should().Be("still here");
    }

    [PostgresFact]
    public async Task A_real_unique_violation_and_a_command_timeout_are_typed()
    {
        await using var host = schema.CreateHost(o => o.CommandTimeout = TimeSpan.FromSeconds(1));
        var database = host.Get<PostgresDatabase>();
        await database.Migrator.MigrateAsync();
        var insert = $"INSERT INTO style_cache (query_key, style) VALUES ('{Guid.NewGuid():N}', '{{}}')";

        await database.ExecuteAsync("insert", false, (c, _, t) => new NpgsqlCommand(insert, c).ExecuteNonQueryAsync(t), default);
        var duplicate = async () => await database.ExecuteAsync("insert", false, (c, _, t) => new NpgsqlCommand(insert, c).ExecuteNonQueryAsync(t), default);
        var slow = async () => await database.ExecuteAsync("sleep", true, (c, _, t) => new NpgsqlCommand("SELECT pg_sleep(5)", c).ExecuteNonQueryAsync(t), default);

        (await duplicate.Should().ThrowAsync<PostgresUniqueViolationException>()).Which.ConstraintName.Should().Be("style_cache_pk");
        await slow.Should().ThrowAsync<PostgresTimeoutException>();
    }

    private static PostgresException Server(string sqlState) => new("boom", "ERROR", "ERROR", sqlState);
}
