using System.Collections.Immutable;
using System.Text.Json;
using BazaarVid.Context;
using BazaarVid.Storage.Postgres.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace BazaarVid.Storage.Postgres.Tests.Conversations;

public sealed class PostgresConversationStoreTests(SchemaFixture schema) : IClassFixture<SchemaFixture>
{
    public static TheoryData<string> HostilePrompts => new()
    {
        "{{#each assets}}{{this}}{{/each}} {{{x}}}",
        "'; DROP TABLE messages; -- $1 $$ \\u0000",
        "bell\u0007 escape\u001b[31m nul\u0000 end",
        "lone surrogate " + (char)0xD83D + " here and " + (char)0xDC00 + " there",
        "emoji 🚀 and CJK 动画 and RTL \u202Etxt",
    };

    [PostgresFact]
    public async Task Load_of_a_conversation_never_written_is_null()
    {
        await using var host = schema.CreateHost();

        var stored = await host.Get<IConversationStore>().LoadAsync(TestHost.NewKey());

        stored.Should().BeNull();
    }

    [PostgresFact]
    public async Task Appended_messages_load_back_with_the_snapshot_in_one_total_order()
    {
        var key = TestHost.NewKey();
        await using var host = schema.CreateHost();
        var manager = host.Get<IContextManager>();
        await manager.AppendUserMessageAsync(key, "Make an intro for Spinlio. Logo: https://cdn.example.test/logo.png");
        await manager.AppendAssistantMessageAsync(key, "Done: one intro scene.");
        await manager.AppendUserMessageAsync(key, "Make it faster.");

        var stored = (await host.Get<IConversationStore>().LoadAsync(key))!;

        stored.Snapshot.Version.Should().Be(3);
        stored.Snapshot.LastSequence.Should().Be(3);
        stored.Snapshot.Ledger.Entries.Should().ContainSingle().Which.Url.Should().Be("https://cdn.example.test/logo.png");
        stored.UnsummarizedMessages.Select(m => (m.Sequence, m.Role, m.Text)).Should().Equal(
            (1, MessageRole.User, "Make an intro for Spinlio. Logo: https://cdn.example.test/logo.png"),
            (2, MessageRole.Assistant, "Done: one intro scene."),
            (3, MessageRole.User, "Make it faster."));
    }

    [PostgresFact]
    public async Task The_stored_state_is_the_context_json_serialization_byte_for_byte()
    {
        var key = TestHost.NewKey();
        await using var host = schema.CreateHost();
        var context = (await host.Get<IContextManager>().AppendUserMessageAsync(key, "Dark and fast, 2 seconds per scene.")).Context;

        var stored = await PostgresServer.ScalarAsync<string>($"SELECT state::text FROM {schema.Schema}.conversations WHERE project_id = '{key.ProjectId}'");
        var body = await PostgresServer.ScalarAsync<string>($"SELECT body::text FROM {schema.Schema}.messages WHERE project_id = '{key.ProjectId}'");

        stored.Should().Be(JsonSerializer.Serialize(context.State, ContextJsonContext.Default.ConversationSnapshot));
        body.Should().Be(JsonSerializer.Serialize(context.RecentMessages[0], ContextJsonContext.Default.ConversationMessage));
    }

    [PostgresTheory]
    [MemberData(nameof(HostilePrompts), DisableDiscoveryEnumeration = true)]
    public async Task Hostile_prompts_are_stored_verbatim(string text)
    {
        var key = TestHost.NewKey();
        await using (var writer = schema.CreateHost())
        {
            await writer.Get<IContextManager>().AppendUserMessageAsync(key, text);
        }

        await using var reader = schema.CreateHost();
        var context = await reader.Get<IContextManager>().GetContextAsync(key);
        var history = await reader.Get<IContextManager>().ReadHistoryAsync(key);

        context.RecentMessages.Should().ContainSingle().Which.Text.Should().Be(text);
        history.Should().ContainSingle().Which.Text.Should().Be(text);
    }

    [PostgresFact]
    public async Task A_stale_version_is_a_concurrency_conflict_and_writes_nothing()
    {
        var key = TestHost.NewKey();
        await using var host = schema.CreateHost();
        var store = host.Get<IConversationStore>();
        await host.Get<IContextManager>().AppendUserMessageAsync(key, "first");
        var current = (await store.LoadAsync(key))!.Snapshot;

        var stale = Commit(current with { Version = 1, LastSequence = 2 }, expectedVersion: 0, Message(2, "lost"));
        var commit = async () => await store.CommitAsync(key, stale);

        (await commit.Should().ThrowAsync<ConcurrencyConflictException>()).Which.Code.Should().Be("concurrency-conflict");
        (await store.ReadMessagesAsync(key, 0, 100)).Select(m => m.Text).Should().Equal("first");
        (await store.LoadAsync(key))!.Snapshot.Version.Should().Be(1);
    }

    [PostgresFact]
    public async Task Two_commits_of_the_same_version_cannot_both_land()
    {
        var key = TestHost.NewKey();
        await using var host = schema.CreateHost();
        var store = host.Get<IConversationStore>();
        var first = Commit(ConversationSnapshot.Empty with { Version = 1, LastSequence = 1, LastTurn = 1 }, 0, Message(1, "from A"));
        var second = Commit(ConversationSnapshot.Empty with { Version = 1, LastSequence = 1, LastTurn = 1 }, 0, Message(1, "from B"));

        var results = await Task.WhenAll(Attempt(store, key, first), Attempt(store, key, second));

        results.Count(ok => ok).Should().Be(1);
        (await store.ReadMessagesAsync(key, 0, 10)).Should().ContainSingle();
    }

    [PostgresFact]
    public async Task A_commit_is_all_or_nothing()
    {
        var key = TestHost.NewKey();
        await using var host = schema.CreateHost();
        var store = host.Get<IConversationStore>();
        await store.CommitAsync(key, Commit(ConversationSnapshot.Empty with { Version = 1, LastSequence = 1, LastTurn = 1 }, 0, Message(1, "one")));

        // The snapshot write would succeed; the message is refused by a constraint added for this test.
        await PostgresServer.ExecuteAsync($"ALTER TABLE {schema.Schema}.messages ADD CONSTRAINT no_poison CHECK (body::text NOT LIKE '%poison%') NOT VALID");
        try
        {
            var poisoned = Commit(ConversationSnapshot.Empty with { Version = 2, LastSequence = 2, LastTurn = 2 }, 1, Message(2, "poison"));
            var commit = async () => await store.CommitAsync(key, poisoned);

            (await commit.Should().ThrowAsync<PostgresStorageException>()).Which.SqlState.Should().Be("23514");
            (await store.LoadAsync(key))!.Snapshot.Version.Should().Be(1);
            (await store.ReadMessagesAsync(key, 0, 10)).Should().ContainSingle();
        }
        finally
        {
            await PostgresServer.ExecuteAsync($"ALTER TABLE {schema.Schema}.messages DROP CONSTRAINT no_poison");
        }
    }

    [PostgresFact]
    public async Task Load_returns_only_the_messages_after_the_summary_and_history_pages_through_all()
    {
        var key = TestHost.NewKey();
        await using var host = schema.CreateHost(services: s => s.Configure<ContextOptions>(o => o.VerbatimMessageCount = 3));
        var manager = host.Get<IContextManager>();
        for (var i = 1; i <= 9; i++)
        {
            await manager.AppendUserMessageAsync(key, $"Message number {i}: make scene {i} dark.");
        }

        var stored = (await host.Get<IConversationStore>().LoadAsync(key))!;
        var page = await host.Get<IConversationStore>().ReadMessagesAsync(key, afterSequence: 4, maxCount: 3);

        var covered = stored.Snapshot.Summary.CoveredThroughSequence;
        covered.Should().BeGreaterThan(0);
        stored.UnsummarizedMessages.Select(m => m.Sequence).Should().Equal(Enumerable.Range((int)covered + 1, 9 - (int)covered).Select(i => (long)i));
        page.Select(m => m.Sequence).Should().Equal(5, 6, 7);
        (await manager.ReadHistoryAsync(key)).Should().HaveCount(9);
    }

    [PostgresFact]
    public async Task Messages_are_append_only_in_the_database()
    {
        var key = TestHost.NewKey();
        await using var host = schema.CreateHost();
        await host.Get<IContextManager>().AppendUserMessageAsync(key, "immutable");

        var update = async () => await PostgresServer.ExecuteAsync($"UPDATE {schema.Schema}.messages SET turn = 7 WHERE project_id = '{key.ProjectId}'");

        (await update.Should().ThrowAsync<PostgresException>()).Which.MessageText.Should().Contain("append-only");
    }

    [PostgresFact]
    public async Task A_retried_commit_recognises_its_own_earlier_success_and_nothing_else()
    {
        var key = TestHost.NewKey();
        await using var host = schema.CreateHost();
        var manager = host.Get<IContextManager>();
        var context = (await manager.AppendUserMessageAsync(key, "hello")).Context;
        var state = JsonSerializer.Serialize(context.State, ContextJsonContext.Default.ConversationSnapshot);
        await using var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { SearchPath = schema.Schema }.ConnectionString);
        await using var connection = await dataSource.OpenConnectionAsync();

        (await PostgresConversationStore.IsCommittedAsync(connection, key, 1, state, default)).Should().BeTrue();
        var other = state.Replace("\"lastTurn\":1", "\"lastTurn\":2", StringComparison.Ordinal);
        other.Should().NotBe(state);
        (await PostgresConversationStore.IsCommittedAsync(connection, key, 1, other, default)).Should().BeFalse();
        (await PostgresConversationStore.IsCommittedAsync(connection, key, 2, state, default)).Should().BeFalse();
    }

    [PostgresFact]
    public async Task Invalid_arguments_are_rejected_before_anything_is_written()
    {
        var key = TestHost.NewKey();
        await using var host = schema.CreateHost();
        var store = host.Get<IConversationStore>();

        var nullKey = async () => await store.LoadAsync(null!);
        var negative = async () => await store.ReadMessagesAsync(key, -1, 10);
        var zero = async () => await store.ReadMessagesAsync(key, 0, 0);
        var badVersion = async () => await store.CommitAsync(key, Commit(ConversationSnapshot.Empty with { Version = 5, LastSequence = 1 }, 0, Message(1, "x")));
        var gap = async () => await store.CommitAsync(key, Commit(ConversationSnapshot.Empty with { Version = 1, LastSequence = 3 }, 0, Message(1, "x")));
        var nullCommit = async () => await store.CommitAsync(key, null!);

        await nullKey.Should().ThrowAsync<ArgumentNullException>();
        await negative.Should().ThrowAsync<ArgumentOutOfRangeException>();
        await zero.Should().ThrowAsync<ArgumentOutOfRangeException>();
        await badVersion.Should().ThrowAsync<ArgumentException>();
        await gap.Should().ThrowAsync<ArgumentException>();
        await nullCommit.Should().ThrowAsync<ArgumentNullException>();
        (await store.LoadAsync(key)).Should().BeNull();
    }

    private static async Task<bool> Attempt(IConversationStore store, ConversationKey key, ConversationCommit commit)
    {
        try
        {
            await store.CommitAsync(key, commit);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            return false;
        }
    }

    private static ConversationCommit Commit(ConversationSnapshot snapshot, long expectedVersion, params ConversationMessage[] messages) =>
        new(expectedVersion, [.. messages], snapshot);

    private static ConversationMessage Message(long sequence, string text) =>
        new(sequence, (int)sequence, MessageRole.User, text, ImmutableArray<MessageAttachment>.Empty, new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero));
}
