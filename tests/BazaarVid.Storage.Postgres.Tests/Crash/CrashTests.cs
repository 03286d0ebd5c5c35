using System.Diagnostics;
using System.Globalization;
using BazaarVid.Assets;
using BazaarVid.Brain;
using BazaarVid.Context;
using BazaarVid.Storage.Postgres.Tests.TestSupport;
using Xunit.Abstractions;

namespace BazaarVid.Storage.Postgres.Tests.Crash;

public sealed class CrashTests(SchemaFixture schema, ITestOutputHelper output) : IClassFixture<SchemaFixture>
{
    private const int Runs = 20;

    [PostgresFact]
    public async Task Everything_acknowledged_before_a_kill_is_there_after_a_restart()
    {
        var key = TestHost.NewKey("crash-session");
        var seed = Environment.TickCount;
        var random = new Random(seed);
        output.WriteLine($"seed {seed}");
        var acks = new Acks();
        var killedWithWorkDone = 0;

        // The schema exists before the first child, so a kill never lands in the migration of a fresh schema
        // (that case is covered by the migration tests: a migration is one transaction).
        await using (var setup = schema.CreateHost())
        {
            await setup.Get<IBazaarVidMigrator>().MigrateAsync();
        }

        for (var run = 0; run < Runs; run++)
        {
            var before = acks.Count;
            // Odd runs are killed at a random point after their first acknowledged call, even runs at a random point after
            // start-up (often inside their first call).
            var (ready, lines) = await RunAndKillAsync(key, run, afterFirstAck: run % 2 == 1, TimeSpan.FromMilliseconds(random.Next(0, 400)));
            ready.Should().BeTrue($"run {run} must load the context left by the previous kill");
            foreach (var line in lines)
            {
                acks.Add(line);
            }

            killedWithWorkDone += acks.Count > before ? 1 : 0;
        }

        output.WriteLine($"acknowledged: {acks.Messages.Count} messages, {acks.Assets.Count} assets, {acks.Scenes.Count} scenes; {killedWithWorkDone} runs killed mid-session");
        killedWithWorkDone.Should().BeGreaterThanOrEqualTo(Runs / 2, "kills must land in the middle of sessions");

        await using var host = schema.CreateHost(o => o.ImageJobs.Lease = TimeSpan.FromSeconds(1));
        var manager = host.Get<IContextManager>();
        var context = await manager.GetContextAsync(key);
        var history = await manager.ReadHistoryAsync(key, 0, 100_000);

        history.Select(m => m.Sequence).Should().Equal(Enumerable.Range(1, history.Length).Select(i => (long)i), "one total order without gaps");
        history.Select(m => m.Text).Should().OnlyHaveUniqueItems("no message is stored twice");
        context.State.LastSequence.Should().Be(history.Length);
        foreach (var (sequence, text) in acks.Messages)
        {
            history[(int)sequence - 1].Text.Should().Be(text, $"acknowledged message {sequence} is stored");
        }

        var assets = await host.Get<IAssetContextStore>().GetAsync(key.ProjectId, key.ConversationId);
        foreach (var (id, url) in acks.Assets)
        {
            assets.Assets.Should().Contain(a => a.Id == id && a.Url == url);
            context.Ledger.Entries.Should().Contain(e => e.Url == url, $"asset {id} is pinned");
        }

        foreach (var sceneId in acks.Scenes)
        {
            (await host.Get<ISceneStore>().GetAsync(key.ProjectId, key.ConversationId, sceneId)).Should().NotBeNull($"scene {sceneId} is stored");
            context.Storyboard.Find(sceneId).Should().NotBeNull($"scene {sceneId} is in the storyboard");
        }

        // Every acknowledged analysis was durably queued: jobs a kill interrupted are claimed again and finish.
        host.Get<IAsyncImageProcessor>();
        await Wait.UntilAsync(
            async () =>
            {
                var facts = (await manager.GetContextAsync(key)).ImageFacts;
                return acks.Assets.All(a => facts.Any(f => f.AssetUrl == a.Url));
            },
            "every acknowledged asset gets its image fact");
    }

    private async Task<(bool Ready, List<string> Acks)> RunAndKillAsync(ConversationKey key, int run, bool afterFirstAck, TimeSpan killDelay)
    {
        var host = Path.Combine(AppContext.BaseDirectory, "BazaarVid.Storage.Postgres.CrashHost.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { host, PostgresServer.ConnectionString, schema.Schema, key.ProjectId, key.ConversationId, run.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        var lines = new List<string>();
        var errors = new List<string>();
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var acked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (lines)
            {
                lines.Add(e.Data);
            }

            if (e.Data.StartsWith("ready ", StringComparison.Ordinal))
            {
                ready.TrySetResult();
            }
            else if (e.Data.StartsWith("ack ", StringComparison.Ordinal))
            {
                acked.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (errors)
                {
                    errors.Add(e.Data);
                }
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        var awaited = afterFirstAck ? acked.Task : ready.Task;
        if (await Task.WhenAny(awaited, exited, Task.Delay(TimeSpan.FromSeconds(30))) == awaited)
        {
            await Task.Delay(killDelay);
        }

        // SIGKILL: no finally blocks, no disposal, no flushing; only what the database committed survives.
        process.Kill();
        await process.WaitForExitAsync();
        lock (errors)
        {
            errors.Where(e => !string.IsNullOrWhiteSpace(e)).Should().BeEmpty($"run {run} must not fail before it is killed");
        }

        lock (lines)
        {
            return (ready.Task.IsCompleted, lines.Where(l => l.StartsWith("ack ", StringComparison.Ordinal)).ToList());
        }
    }

    private sealed class Acks
    {
        public List<(long Sequence, string Text)> Messages { get; } = [];

        public List<(string Id, string Url)> Assets { get; } = [];

        public List<string> Scenes { get; } = [];

        public int Count => Messages.Count + Assets.Count + Scenes.Count;

        public void Add(string line)
        {
            var parts = line.Split(' ', 4);
            switch (parts[1])
            {
                case "message":
                    Messages.Add((long.Parse(parts[2], CultureInfo.InvariantCulture), parts[3]));
                    break;
                case "asset":
                    Assets.Add((parts[2], parts[3]));
                    break;
                case "scene":
                    Scenes.Add(parts[2]);
                    break;
                default:
                    throw new InvalidOperationException($"Unexpected ack line '{line}'.");
            }
        }
    }
}
