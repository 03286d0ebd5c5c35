using System.Text.Json;
using BazaarVid.Assets;
using BazaarVid.Context;
using BazaarVid.Storage.Postgres.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BazaarVid.Storage.Postgres.Tests.Analysis;

public sealed class PostgresImageProcessorTests(SchemaFixture schema) : IClassFixture<SchemaFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    internal static Asset Image(ConversationKey key, string id) =>
        new(id, key.ProjectId, key.ConversationId, $"https://cdn.bazaarvid.test/{key.ProjectId}/{id}.png", AssetType.Image, "image/png", 512, 512, null,
            "sha-" + id, 2048, id + ".png", ["logo"], false, 0, AssetSource.Upload, new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero));

    [PostgresFact]
    public async Task A_started_analysis_lands_in_the_context_the_waiters_the_event_and_the_subscribers()
    {
        var key = TestHost.NewKey();
        await using var host = schema.CreateHost();
        var processor = host.Get<IAsyncImageProcessor>();
        var events = new List<ImageAnalysisCompleted>();
        processor.FactsArrived += (_, e) => { lock (events) { events.Add(e); } };
        await using var subscription = processor.SubscribeAsync().GetAsyncEnumerator();
        var first = subscription.MoveNextAsync().AsTask();

        var start = processor.StartImageAnalysis(Image(key, "logo"), "req-1");
        var facts = await processor.WaitForFactsAsync("req-1", Patience);

        start.Should().Be(ImageAnalysisStart.Queued);
        facts.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Status = ImageFactStatus.Analyzed, Summary = "Square PNG logo", AssetUrl = Image(key, "logo").Url });
        (await first.WaitAsync(Patience)).Should().BeTrue();
        subscription.Current.Should().BeEquivalentTo(new { ProjectId = key.ProjectId, AssetId = "logo", RequestIds = new[] { "req-1" }, Conversations = new[] { key } });
        lock (events)
        {
            events.Should().ContainSingle().Which.Fact.Should().Be(facts[0]);
        }

        (await host.Get<IContextManager>().GetContextAsync(key)).ImageFacts.Should().ContainSingle().Which.Should().Be(facts[0]);
        (await Job(key)).Should().Be(("succeeded", 1));
    }

    [PostgresFact]
    public async Task A_second_request_for_an_asset_in_flight_joins_its_job()
    {
        var key = TestHost.NewKey();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = schema.CreateHost();
        var analyzer = Analyzer(host);
        analyzer.Script("logo", async (_, token) =>
        {
            await gate.Task.WaitAsync(token);
            return FakeImageAnalyzer.Result();
        });
        var processor = (PostgresImageProcessor)host.Get<IAsyncImageProcessor>();

        var first = processor.StartImageAnalysis(Image(key, "logo"), "req-1");
        var second = processor.StartImageAnalysis(Image(key, "logo") with { ConversationId = "c2" }, "req-2");
        await processor.FlushAsync();
        gate.SetResult();
        var one = await processor.WaitForFactsAsync("req-1", Patience);
        var two = await processor.WaitForFactsAsync("req-2", Patience);

        first.Should().Be(ImageAnalysisStart.Queued);
        second.Should().Be(ImageAnalysisStart.Merged);
        one.Should().ContainSingle().And.Equal(two);
        analyzer.CallsFor("logo").Should().Be(1);
        (await PostgresServer.ScalarAsync<long>($"SELECT count(*) FROM {schema.Schema}.image_analysis_jobs WHERE project_id = '{key.ProjectId}'")).Should().Be(1);
        (await PostgresServer.ScalarAsync<string>($"SELECT requests::text FROM {schema.Schema}.image_analysis_jobs WHERE project_id = '{key.ProjectId}'"))
            .Should().Be("[{\"requestId\": \"req-1\", \"conversationId\": \"c1\"}, {\"requestId\": \"req-2\", \"conversationId\": \"c2\"}]");
        (await host.Get<IContextManager>().GetContextAsync(new ConversationKey(key.ProjectId, "c2"))).ImageFacts.Should().ContainSingle();
    }

    [PostgresFact]
    public async Task Failures_are_retried_with_backoff_until_one_succeeds()
    {
        var key = TestHost.NewKey();
        await using var host = schema.CreateHost(o => o.ImageJobs.MaxAttempts = 5);
        var analyzer = Analyzer(host);
        analyzer.Script("flaky", (call, _) => call < 3 ? throw new IOException($"network blip {call}") : Task.FromResult(FakeImageAnalyzer.Result()));
        var processor = host.Get<IAsyncImageProcessor>();

        processor.StartImageAnalysis(Image(key, "flaky"), "req");
        var facts = await processor.WaitForFactsAsync("req", Patience);

        facts.Should().ContainSingle().Which.Status.Should().Be(ImageFactStatus.Analyzed);
        analyzer.CallsFor("flaky").Should().Be(3);
        (await Job(key)).Should().Be(("succeeded", 3));
        (await PostgresServer.ScalarAsync<string>($"SELECT last_error FROM {schema.Schema}.image_analysis_jobs WHERE project_id = '{key.ProjectId}'")).Should().Contain("network blip 2");
    }

    [PostgresFact]
    public async Task A_job_that_keeps_failing_ends_with_a_failed_fact_after_its_last_attempt()
    {
        var key = TestHost.NewKey();
        await using var host = schema.CreateHost(o => o.ImageJobs.MaxAttempts = 3);
        var analyzer = Analyzer(host);
        analyzer.Script("broken", (_, _) => throw new InvalidOperationException("decoder crashed"));
        var processor = host.Get<IAsyncImageProcessor>();

        processor.StartImageAnalysis(Image(key, "broken"), "req");
        var facts = await processor.WaitForFactsAsync("req", Patience);

        var fact = facts.Should().ContainSingle().Which;
        fact.Status.Should().Be(ImageFactStatus.Failed);
        fact.FailureReason.Should().Contain("decoder crashed").And.Contain("after 3 attempts");
        analyzer.CallsFor("broken").Should().Be(3);
        (await Job(key)).Should().Be(("failed", 3));
        (await host.Get<IContextManager>().GetContextAsync(key)).ImageFacts.Should().ContainSingle().Which.Status.Should().Be(ImageFactStatus.Failed);
    }

    [PostgresFact]
    public async Task A_refused_asset_fails_at_once_without_retries()
    {
        var key = TestHost.NewKey();
        await using var host = schema.CreateHost();
        var analyzer = Analyzer(host);
        analyzer.Script("video", (_, _) => throw new AssetRejectedException("not-an-image", "the asset is a video"));
        var processor = host.Get<IAsyncImageProcessor>();

        processor.StartImageAnalysis(Image(key, "video"), "req");
        var facts = await processor.WaitForFactsAsync("req", Patience);

        facts.Should().ContainSingle().Which.FailureReason.Should().StartWith("not-an-image");
        analyzer.CallsFor("video").Should().Be(1);
        (await Job(key)).Should().Be(("failed", 1));
    }

    [PostgresFact]
    public async Task A_job_queued_before_a_restart_is_processed_after_it()
    {
        var key = TestHost.NewKey();
        await using (var before = schema.CreateHost(o => o.ImageJobs.Workers = 0))
        {
            var processor = (PostgresImageProcessor)before.Get<IAsyncImageProcessor>();
            processor.StartImageAnalysis(Image(key, "survivor"), "req");
            await processor.FlushAsync();
        }

        (await Job(key)).Should().Be(("queued", 0));

        await using var after = schema.CreateHost();
        after.Get<IAsyncImageProcessor>();
        await Eventually(async () => (await after.Get<IContextManager>().GetContextAsync(key)).ImageFacts.Length == 1);
        (await Job(key)).Should().Be(("succeeded", 1));
    }

    [PostgresFact]
    public async Task A_job_whose_worker_died_is_claimed_again_once_its_lease_runs_out()
    {
        var key = TestHost.NewKey();
        await InsertOrphanAsync(key, "orphan", attempts: 1);

        await using var host = schema.CreateHost();
        host.Get<IAsyncImageProcessor>();

        await Eventually(async () => (await Job(key)).Status == "succeeded");
        (await Job(key)).Should().Be(("succeeded", 2));
        (await host.Get<IContextManager>().GetContextAsync(key)).ImageFacts.Should().ContainSingle();
    }

    [PostgresFact]
    public async Task A_job_that_killed_every_worker_that_ran_it_is_given_up()
    {
        var key = TestHost.NewKey();
        await InsertOrphanAsync(key, "poison", attempts: 3);

        await using var host = schema.CreateHost(o => o.ImageJobs.MaxAttempts = 3);
        host.Get<IAsyncImageProcessor>();

        await Eventually(async () => (await Job(key)).Status == "failed");
        Analyzer(host).CallsFor("poison").Should().Be(0);
        (await host.Get<IContextManager>().GetContextAsync(key)).ImageFacts.Should().ContainSingle().Which.FailureReason.Should().Contain("gave up");
    }

    [PostgresFact]
    public async Task Shutdown_gives_a_running_job_back_to_the_queue()
    {
        var key = TestHost.NewKey();
        var host = schema.CreateHost(services: s => s.Configure<ImageAnalysisOptions>(o => o.DrainTimeout = TimeSpan.FromMilliseconds(200)));
        var analyzer = Analyzer(host);
        analyzer.Script("slow", async (_, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return FakeImageAnalyzer.Result();
        });
        try
        {
            host.Get<IAsyncImageProcessor>().StartImageAnalysis(Image(key, "slow"), "req");
            await Eventually(async () => (await Job(key)).Status == "running");
        }
        finally
        {
            await host.DisposeAsync();
        }

        (await Job(key)).Should().Be(("queued", 0));
        (await PostgresServer.ScalarAsync<bool>($"SELECT locked_by IS NULL FROM {schema.Schema}.image_analysis_jobs WHERE project_id = '{key.ProjectId}'")).Should().BeTrue();
    }

    [PostgresFact]
    public async Task An_instance_without_workers_gets_facts_finished_by_another_instance()
    {
        var key = TestHost.NewKey();
        await using var frontEnd = schema.CreateHost(o => o.ImageJobs.Workers = 0);
        await using var worker = schema.CreateHost();
        worker.Get<IAsyncImageProcessor>();
        var processor = frontEnd.Get<IAsyncImageProcessor>();
        var manager = frontEnd.Get<IContextManager>();
        await manager.AppendUserMessageAsync(key, "Here is our logo");
        (await manager.GetContextAsync(key)).ImageFacts.Should().BeEmpty();
        await using var subscription = processor.SubscribeAsync().GetAsyncEnumerator();
        var first = subscription.MoveNextAsync().AsTask();

        processor.StartImageAnalysis(Image(key, "remote"), "req-front");
        var facts = await processor.WaitForFactsAsync("req-front", Patience);

        facts.Should().ContainSingle().Which.Status.Should().Be(ImageFactStatus.Analyzed);
        (await first.WaitAsync(Patience)).Should().BeTrue();
        subscription.Current.RequestIds.Should().Equal("req-front");
        Analyzer(frontEnd).CallsFor("remote").Should().Be(0);
        await Eventually(async () => (await manager.GetContextAsync(key)).ImageFacts.Length == 1);
    }

    [PostgresFact]
    public async Task A_throwing_event_handler_does_not_stop_the_others()
    {
        var key = TestHost.NewKey();
        await using var host = schema.CreateHost();
        var processor = host.Get<IAsyncImageProcessor>();
        var seen = new TaskCompletionSource<ImageAnalysisCompleted>(TaskCreationOptions.RunContinuationsAsynchronously);
        processor.FactsArrived += (_, _) => throw new InvalidOperationException("handler bug");
        processor.FactsArrived += (_, e) => seen.TrySetResult(e);

        processor.StartImageAnalysis(Image(key, "logo"), "req");

        (await seen.Task.WaitAsync(Patience)).AssetId.Should().Be("logo");
    }

    [PostgresFact]
    public async Task Disposal_ends_subscriptions_and_refuses_new_work()
    {
        var host = schema.CreateHost();
        var processor = host.Get<IAsyncImageProcessor>();
        await using var subscription = processor.SubscribeAsync().GetAsyncEnumerator();
        var next = subscription.MoveNextAsync().AsTask();

        await host.DisposeAsync();

        (await next.WaitAsync(Patience)).Should().BeFalse();
        var start = () => processor.StartImageAnalysis(Image(TestHost.NewKey(), "late"), "req");
        start.Should().Throw<ObjectDisposedException>();
    }

    [PostgresFact]
    public async Task Invalid_arguments_are_rejected_and_unknown_requests_return_at_once()
    {
        await using var host = schema.CreateHost();
        var processor = host.Get<IAsyncImageProcessor>();
        var key = TestHost.NewKey();

        processor.Invoking(p => p.StartImageAnalysis(null!, "req")).Should().Throw<ArgumentNullException>();
        processor.Invoking(p => p.StartImageAnalysis(Image(key, "a"), " ")).Should().Throw<ArgumentException>();
        processor.Invoking(p => p.StartImageAnalysis(Image(key, "a") with { Url = "ftp://x/y.png" }, "req")).Should().Throw<InvalidAssetUrlException>();
        processor.Invoking(p => p.StartImageAnalysis(Image(key, "a") with { ProjectId = "" }, "req")).Should().Throw<InvalidIdentifierException>();
        await processor.Invoking(p => p.WaitForFactsAsync("req", TimeSpan.FromSeconds(-1))).Should().ThrowAsync<ArgumentOutOfRangeException>();
        (await processor.WaitForFactsAsync("never-started", TimeSpan.FromMinutes(5))).Should().BeEmpty();
    }

    [PostgresFact]
    public async Task Backoff_doubles_from_the_initial_wait_up_to_the_maximum()
    {
        await using var host = schema.CreateHost(o =>
        {
            o.ImageJobs.InitialBackoff = TimeSpan.FromSeconds(2);
            o.ImageJobs.MaxBackoff = TimeSpan.FromSeconds(10);
        });
        var processor = (PostgresImageProcessor)host.Get<IAsyncImageProcessor>();

        Enumerable.Range(1, 5).Select(processor.BackoffFor).Should().Equal(
            TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));
    }

    private static FakeImageAnalyzer Analyzer(IServiceProvider host) => (FakeImageAnalyzer)host.GetRequiredService<IImageAnalyzer>();

    private async Task<(string Status, int Attempts)> Job(ConversationKey key)
    {
        string? row;
        try
        {
            row = await PostgresServer.ScalarAsync<string?>($"SELECT status || ':' || attempts FROM {schema.Schema}.image_analysis_jobs WHERE project_id = '{key.ProjectId}'");
        }
        catch (Npgsql.PostgresException e) when (e.SqlState == "42P01")
        {
            row = null;
        }

        var parts = (row ?? "none:0").Split(':');
        return (parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task InsertOrphanAsync(ConversationKey key, string assetId, int attempts)
    {
        // Make sure the schema exists, then write a job as a worker that died mid-analysis would have left it.
        await using (var setup = schema.CreateHost())
        {
            await setup.Get<IBazaarVidMigrator>().MigrateAsync();
        }

        var asset = JsonSerializer.Serialize(Image(key, assetId), PostgresJsonContext.Default.Asset).Replace("'", "''", StringComparison.Ordinal);
        await PostgresServer.ExecuteAsync($"""
            INSERT INTO {schema.Schema}.image_analysis_jobs (project_id, asset_id, asset, requests, status, attempts, locked_by, locked_until, started_at)
            VALUES ('{key.ProjectId}', '{assetId}', '{asset}', '[{"{"}"requestId": "gone", "conversationId": "{key.ConversationId}"{"}"}]',
                    'running', {attempts}, 'dead-worker', now() - interval '1 second', now() - interval '1 minute')
            """);
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The condition did not become true in time.");
            }

            await Task.Delay(50);
        }
    }
}
