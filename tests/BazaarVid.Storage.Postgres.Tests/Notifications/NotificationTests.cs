using BazaarVid.Context;
using BazaarVid.Storage.Postgres.Tests.TestSupport;

namespace BazaarVid.Storage.Postgres.Tests.Notifications;

public sealed class NotificationTests(SchemaFixture schema) : IClassFixture<SchemaFixture>
{
    [PostgresFact]
    public async Task A_commit_on_one_instance_drops_the_cached_context_on_the_other()
    {
        var key = TestHost.NewKey();
        await using var a = schema.CreateHost();
        await using var b = schema.CreateHost();
        await b.Get<IContextManager>().AppendUserMessageAsync(key, "first, from B");
        (await a.Get<IContextManager>().GetContextAsync(key)).RecentMessages.Should().HaveCount(1);

        await b.Get<IContextManager>().AppendUserMessageAsync(key, "second, from B");

        // The cache keeps a context for 10 minutes: only the notification can make A see the second message.
        await Wait.UntilAsync(async () => (await a.Get<IContextManager>().GetContextAsync(key)).RecentMessages.Length == 2, "A drops its cached context");
    }

    [PostgresFact]
    public async Task The_listener_reconnects_after_its_backend_is_terminated_and_catches_up()
    {
        var key = TestHost.NewKey();
        await using var a = schema.CreateHost();
        await using var b = schema.CreateHost();
        var manager = a.Get<IContextManager>();
        await b.Get<IContextManager>().AppendUserMessageAsync(key, "one");
        (await manager.GetContextAsync(key)).RecentMessages.Should().HaveCount(1);
        var listener = a.Get<PostgresDatabase>().Listener;
        var backend = listener.ProcessId;
        backend.Should().NotBe(0);

        (await PostgresServer.ScalarAsync<bool>($"SELECT pg_terminate_backend({backend})")).Should().BeTrue();
        await b.Get<IContextManager>().AppendUserMessageAsync(key, "two, possibly while A was not listening");

        await Wait.UntilAsync(() => listener.Connections >= 2 && listener.ProcessId is not 0 && listener.ProcessId != backend, "the listener reconnects");
        await Wait.UntilAsync(async () => (await manager.GetContextAsync(key)).RecentMessages.Length == 2, "a change made during the outage is caught up");
        await b.Get<IContextManager>().AppendUserMessageAsync(key, "three, after the reconnection");
        await Wait.UntilAsync(async () => (await manager.GetContextAsync(key)).RecentMessages.Length == 3, "notifications flow again");
    }

    [PostgresFact]
    public async Task Catching_up_after_an_outage_drops_every_context_changed_since()
    {
        var key = TestHost.NewKey();
        await using var a = schema.CreateHost(o => o.Notifications = false);
        await using var b = schema.CreateHost();
        var manager = a.Get<IContextManager>();
        await b.Get<IContextManager>().AppendUserMessageAsync(key, "one");
        (await manager.GetContextAsync(key)).RecentMessages.Should().HaveCount(1);
        var since = await PostgresServer.ScalarAsync<DateTime>("SELECT now()");

        await b.Get<IContextManager>().AppendUserMessageAsync(key, "two");
        (await manager.GetContextAsync(key)).RecentMessages.Should().HaveCount(1, "without notifications A serves its cached context");
        var store = (PostgresConversationStore)a.Get<IConversationStore>();
        await store.OnNotificationAsync(new StorageNotification(NotificationKind.Resumed, "listener", Since: new DateTimeOffset(since, TimeSpan.Zero)), default);

        (await manager.GetContextAsync(key)).RecentMessages.Should().HaveCount(2);
    }

    [PostgresFact]
    public async Task Foreign_and_malformed_notifications_on_the_channel_are_ignored()
    {
        var key = TestHost.NewKey();
        await using var a = schema.CreateHost();
        await using var b = schema.CreateHost();
        await a.Get<IContextManager>().GetContextAsync(key);
        var channel = a.Get<PostgresDatabase>().Channel;

        await PostgresServer.ExecuteAsync($"SELECT pg_notify('{channel}', 'not ours'), pg_notify('{channel}', 'c' || chr(31) || 'x'), pg_notify('{channel}', '')");
        await b.Get<IContextManager>().AppendUserMessageAsync(key, "still heard");

        await Wait.UntilAsync(async () => (await a.Get<IContextManager>().GetContextAsync(key)).RecentMessages.Length == 1, "the listener survived the garbage");
    }

    [PostgresFact]
    public async Task With_notifications_off_no_listener_connects()
    {
        await using var host = schema.CreateHost(o => o.Notifications = false);

        await host.Get<IConversationStore>().LoadAsync(TestHost.NewKey());

        host.Get<PostgresDatabase>().Listener.Connections.Should().Be(0);
    }

    [Fact]
    public void Payloads_round_trip_and_anything_else_is_rejected()
    {
        var key = new ConversationKey("project one", "conversation/é");

        StorageNotification.Parse(StorageNotification.ConversationChanged("me", key, 42))
            .Should().Be(new StorageNotification(NotificationKind.ConversationChanged, "me", key, 42));
        StorageNotification.Parse(StorageNotification.JobQueued("me")).Should().Be(new StorageNotification(NotificationKind.JobQueued, "me"));
        StorageNotification.Parse(StorageNotification.FactsReady("me", 7)).Should().Be(new StorageNotification(NotificationKind.FactsReady, "me", JobId: 7));
        foreach (var garbage in new[] { "", "c", "c\u001fme", "c\u001fme\u001fp\u001fc\u001f-1", "c\u001fme\u001f\u001fc\u001f1", "f\u001fme\u001fx", "j\u001f", "z\u001fme", "j\u001fme\u001fextra" })
        {
            StorageNotification.Parse(garbage).Should().BeNull(garbage);
        }
    }
}
