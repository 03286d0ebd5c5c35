using BazaarVid.Context;
using BazaarVid.Storage.Postgres.Tests.TestSupport;

namespace BazaarVid.Storage.Postgres.Tests.Concurrency;

public sealed class TwoHostTests(SchemaFixture schema) : IClassFixture<SchemaFixture>
{
    [PostgresFact]
    public async Task Two_hosts_appending_to_one_conversation_store_every_message_once_in_one_order()
    {
        var key = TestHost.NewKey();
        await using var a = schema.CreateHost();
        await using var b = schema.CreateHost();
        var writers = new[] { ("A", a), ("B", b) }
            .SelectMany(host => Enumerable.Range(0, 2).Select(task => (Name: $"{host.Item1}{task}", Manager: host.Item2.Get<IContextManager>())))
            .ToList();
        var expected = writers.SelectMany(w => Enumerable.Range(0, 10).Select(i => Text(w.Name, i))).ToHashSet();

        await Task.WhenAll(writers.Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                await w.Manager.AppendUserMessageAsync(key, Text(w.Name, i));
            }
        })));

        await using var reader = schema.CreateHost();
        var history = await reader.Get<IContextManager>().ReadHistoryAsync(key);
        var context = await reader.Get<IContextManager>().GetContextAsync(key);
        history.Select(m => m.Sequence).Should().Equal(Enumerable.Range(1, 40).Select(i => (long)i));
        history.Select(m => m.Text).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(expected);
        history.Select(m => m.Turn).Should().Equal(Enumerable.Range(1, 40));
        context.State.Version.Should().Be(40);
        context.State.LastSequence.Should().Be(40);
        context.Ledger.Entries.Should().HaveCount(40, "every append's asset URL is in the snapshot: no write overwrote another");
        foreach (var writer in writers)
        {
            history.Where(m => m.Text.StartsWith(writer.Name + " ", StringComparison.Ordinal)).Select(m => m.Text)
                .Should().Equal(Enumerable.Range(0, 10).Select(i => Text(writer.Name, i)), "each writer's messages keep its own order");
        }
    }

    private static string Text(string writer, int index) => $"{writer} message {index}: use https://cdn.example.test/{writer}/{index}.png";
}
