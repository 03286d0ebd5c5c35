using System.Collections.Concurrent;
using System.Diagnostics;
using BazaarVid.Context;
using Microsoft.Extensions.Options;

namespace BazaarVid.Assets.Tests.Analysis;

public sealed class ChannelImageProcessorTests
{
    // A bound no passing test reaches; it only keeps a broken test from hanging.
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task StartImageAnalysis_returns_at_once_and_the_fact_arrives_in_the_context_after_the_gate_opens()
    {
        var analyzer = new GatedAnalyzer();
        await using var harness = new ProcessorHarness(analyzer);
        var asset = TestAssets.Upload();

        var start = harness.Processor.StartImageAnalysis(asset, "req-1");
        await analyzer.FirstStarted;
        var decision = await harness.Context.AppendUserMessageAsync(ProcessorHarness.Conversation(asset), "make an intro for Spinlio, dark and fast");
        var before = await harness.ContextOf(asset);
        analyzer.Open();
        var facts = await harness.Processor.WaitForFactsAsync("req-1", Long);
        var after = await harness.ContextOf(asset);

        start.Should().Be(ImageAnalysisStart.Queued);
        decision.Message.Sequence.Should().BePositive();
        before.ImageFacts.Should().BeEmpty();
        facts.Should().ContainSingle().Which.Should().Match<ImageFact>(f => f.Status == ImageFactStatus.Analyzed && f.Summary == "Analysis of logo-1" && f.AssetUrl == asset.Url);
        after.ImageFacts.Should().Equal(facts);
    }

    [Fact]
    public async Task StartImageAnalysis_merges_a_second_request_for_an_asset_in_flight()
    {
        var analyzer = new GatedAnalyzer();
        await using var harness = new ProcessorHarness(analyzer);
        var asset = TestAssets.Upload();
        var elsewhere = asset with { ConversationId = "conv-2" };
        var events = new ConcurrentQueue<ImageAnalysisCompleted>();
        harness.Processor.FactsArrived += (_, e) => events.Enqueue(e);

        var first = harness.Processor.StartImageAnalysis(asset, "req-1");
        var second = harness.Processor.StartImageAnalysis(elsewhere, "req-2");
        analyzer.Open();
        var factsOne = await harness.Processor.WaitForFactsAsync("req-1", Long);
        var factsTwo = await harness.Processor.WaitForFactsAsync("req-2", Long);

        first.Should().Be(ImageAnalysisStart.Queued);
        second.Should().Be(ImageAnalysisStart.Merged);
        analyzer.Calls.Should().Be(1);
        factsTwo.Should().Equal(factsOne).And.ContainSingle();
        var completed = events.Should().ContainSingle().Subject;
        completed.RequestIds.Should().Equal("req-1", "req-2");
        completed.Conversations.Should().Equal(new ConversationKey("proj-1", "conv-1"), new ConversationKey("proj-1", "conv-2"));
        (await harness.ContextOf(asset)).ImageFacts.Should().ContainSingle();
        (await harness.ContextOf(elsewhere)).ImageFacts.Should().ContainSingle();
    }

    [Fact]
    public async Task StartImageAnalysis_runs_one_analysis_for_many_concurrent_requests()
    {
        var analyzer = new GatedAnalyzer();
        await using var harness = new ProcessorHarness(analyzer);
        var asset = TestAssets.Upload();
        var starts = new ConcurrentBag<ImageAnalysisStart>();

        Parallel.For(0, 50, i => starts.Add(harness.Processor.StartImageAnalysis(asset, $"req-{i}")));
        analyzer.Open();
        var waits = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => harness.Processor.WaitForFactsAsync($"req-{i}", Long)));

        starts.Count(s => s == ImageAnalysisStart.Queued).Should().Be(1);
        starts.Count(s => s == ImageAnalysisStart.Merged).Should().Be(49);
        analyzer.Calls.Should().Be(1);
        waits.Should().OnlyContain(facts => facts.Length == 1 && facts[0].Status == ImageFactStatus.Analyzed);
    }

    [Fact]
    public async Task StartImageAnalysis_does_not_merge_different_assets_or_the_same_id_in_another_project()
    {
        var analyzer = new GatedAnalyzer();
        await using var harness = new ProcessorHarness(analyzer);
        var asset = TestAssets.Upload("logo-1");
        var other = TestAssets.Upload("logo-2");
        var otherProject = TestAssets.Upload("logo-1", project: "proj-2");

        var starts = new[] { asset, other, otherProject }.Select(a => harness.Processor.StartImageAnalysis(a, "req-1")).ToList();
        analyzer.Open();
        var facts = await harness.Processor.WaitForFactsAsync("req-1", Long);

        starts.Should().OnlyContain(s => s == ImageAnalysisStart.Queued);
        analyzer.Calls.Should().Be(3);
        facts.Should().HaveCount(3);
        facts.Select(f => f.AssetUrl).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public async Task A_request_that_asks_twice_for_one_asset_gets_one_fact()
    {
        var analyzer = new GatedAnalyzer();
        await using var harness = new ProcessorHarness(analyzer);
        var asset = TestAssets.Upload();

        harness.Processor.StartImageAnalysis(asset, "req-1");
        harness.Processor.StartImageAnalysis(asset, "req-1").Should().Be(ImageAnalysisStart.Merged);
        analyzer.Open();
        var facts = await harness.Processor.WaitForFactsAsync("req-1", Long);

        facts.Should().ContainSingle();
    }

    [Fact]
    public async Task StartImageAnalysis_queues_an_asset_again_once_its_job_has_finished()
    {
        var analyzer = new GatedAnalyzer();
        analyzer.Open();
        await using var harness = new ProcessorHarness(analyzer);
        var asset = TestAssets.Upload();

        harness.Processor.StartImageAnalysis(asset, "req-1");
        await harness.Processor.WaitForFactsAsync("req-1", Long);
        var again = harness.Processor.StartImageAnalysis(asset, "req-2");
        await harness.Processor.WaitForFactsAsync("req-2", Long);

        again.Should().Be(ImageAnalysisStart.Queued);
        analyzer.Calls.Should().Be(2);
    }

    [Fact]
    public async Task A_job_that_exceeds_its_timeout_becomes_a_failed_fact()
    {
        var analyzer = new GatedAnalyzer();
        await using var harness = new ProcessorHarness(analyzer, o => o.JobTimeout = TimeSpan.FromMilliseconds(100));
        var asset = TestAssets.Upload();

        harness.Processor.StartImageAnalysis(asset, "req-1");
        var facts = await harness.Processor.WaitForFactsAsync("req-1", Long);

        var fact = facts.Should().ContainSingle().Subject;
        fact.Status.Should().Be(ImageFactStatus.Failed);
        fact.FailureReason.Should().StartWith("timeout");
        (await harness.ContextOf(asset)).ImageFacts.Should().Equal(fact);
    }

    [Fact]
    public async Task An_analyzer_that_ignores_cancellation_is_abandoned_at_the_timeout()
    {
        var analyzer = new GatedAnalyzer { IgnoreCancellation = true };
        await using var harness = new ProcessorHarness(analyzer, o => o.JobTimeout = TimeSpan.FromMilliseconds(100));

        harness.Processor.StartImageAnalysis(TestAssets.Upload(), "req-1");
        var facts = await harness.Processor.WaitForFactsAsync("req-1", Long);
        analyzer.Open();

        facts.Should().ContainSingle().Which.FailureReason.Should().StartWith("timeout");
    }

    [Fact]
    public async Task An_analyzer_exception_becomes_a_failed_fact_with_the_reason()
    {
        var analyzer = new GatedAnalyzer(async (_, _) =>
        {
            await Task.Yield();
            throw new InvalidOperationException("decoder exploded");
        });
        await using var harness = new ProcessorHarness(analyzer);
        var asset = TestAssets.Upload();

        harness.Processor.StartImageAnalysis(asset, "req-1");
        var facts = await harness.Processor.WaitForFactsAsync("req-1", Long);

        var fact = facts.Should().ContainSingle().Subject;
        fact.Status.Should().Be(ImageFactStatus.Failed);
        fact.FailureReason.Should().Be("InvalidOperationException: decoder exploded");
        fact.Summary.Should().Be("Image analysis failed");
        (await harness.ContextOf(asset)).ImageFacts.Should().Equal(fact);
    }

    [Fact]
    public async Task An_analyzer_that_throws_before_returning_a_task_becomes_a_failed_fact()
    {
        await using var harness = new ProcessorHarness(new SynchronouslyThrowingAnalyzer());

        harness.Processor.StartImageAnalysis(TestAssets.Upload(), "req-1");
        var facts = await harness.Processor.WaitForFactsAsync("req-1", Long);

        facts.Should().ContainSingle().Which.FailureReason.Should().Be("NotSupportedException: no analysis here");
    }

    [Fact]
    public async Task An_analyzer_that_returns_nothing_becomes_a_failed_fact()
    {
        await using var harness = new ProcessorHarness(new GatedAnalyzer((_, _) => Task.FromResult<ImageAnalysis>(null!)));

        harness.Processor.StartImageAnalysis(TestAssets.Upload(), "req-1");
        var facts = await harness.Processor.WaitForFactsAsync("req-1", Long);

        facts.Should().ContainSingle().Which.FailureReason.Should().Contain("no result");
    }

    [Fact]
    public async Task A_refused_fetch_becomes_a_failed_fact_with_its_code()
    {
        var fetcher = new FakeFetcher(_ => throw new UnsafeUrlException("the host is or resolves to a link-local address (169.254.169.254), which is not allowed"));
        var analyzer = new MetadataImageAnalyzer(new FakeMediaProbe(_ => throw new InvalidOperationException("not reached")), fetcher);
        await using var harness = new ProcessorHarness(analyzer);

        harness.Processor.StartImageAnalysis(TestAssets.Reference("http://169.254.169.254/latest/meta-data"), "req-1");
        var facts = await harness.Processor.WaitForFactsAsync("req-1", Long);

        facts.Should().ContainSingle().Which.FailureReason.Should().StartWith("unsafe-url: ").And.Contain("link-local");
    }

    [Fact]
    public async Task Every_subscriber_receives_every_result_after_it_subscribed()
    {
        var analyzer = new GatedAnalyzer();
        analyzer.Open();
        await using var harness = new ProcessorHarness(analyzer);
        using var stop = new CancellationTokenSource(Long);
        await using var first = harness.Processor.SubscribeAsync(stop.Token).GetAsyncEnumerator(stop.Token);
        await using var second = harness.Processor.SubscribeAsync(stop.Token).GetAsyncEnumerator(stop.Token);
        var firstNext = first.MoveNextAsync();
        var secondNext = second.MoveNextAsync();

        harness.Processor.StartImageAnalysis(TestAssets.Upload("a"), "req-1");
        harness.Processor.StartImageAnalysis(TestAssets.Upload("b"), "req-2");
        var seenByFirst = await ReadTwo(first, firstNext);
        var seenBySecond = await ReadTwo(second, secondNext);

        seenByFirst.Should().BeEquivalentTo(["a", "b"]);
        seenBySecond.Should().BeEquivalentTo(["a", "b"]);
    }

    [Fact]
    public async Task A_subscriber_does_not_receive_results_that_finished_before_it_subscribed()
    {
        var analyzer = new GatedAnalyzer();
        analyzer.Open();
        await using var harness = new ProcessorHarness(analyzer);
        harness.Processor.StartImageAnalysis(TestAssets.Upload("early"), "req-1");
        await harness.Processor.WaitForFactsAsync("req-1", Long);
        using var stop = new CancellationTokenSource(Long);
        await using var subscription = harness.Processor.SubscribeAsync(stop.Token).GetAsyncEnumerator(stop.Token);
        var next = subscription.MoveNextAsync();

        harness.Processor.StartImageAnalysis(TestAssets.Upload("late"), "req-2");

        (await next).Should().BeTrue();
        subscription.Current.AssetId.Should().Be("late");
        subscription.Current.RequestIds.Should().Equal("req-2");
    }

    [Fact]
    public async Task A_throwing_FactsArrived_handler_does_not_stop_other_handlers_or_subscribers()
    {
        var analyzer = new GatedAnalyzer();
        analyzer.Open();
        await using var harness = new ProcessorHarness(analyzer);
        var seen = new TaskCompletionSource<ImageAnalysisCompleted>(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Processor.FactsArrived += (_, _) => throw new InvalidOperationException("bad handler");
        harness.Processor.FactsArrived += (_, e) => seen.TrySetResult(e);
        using var stop = new CancellationTokenSource(Long);
        await using var subscription = harness.Processor.SubscribeAsync(stop.Token).GetAsyncEnumerator(stop.Token);
        var next = subscription.MoveNextAsync();

        harness.Processor.StartImageAnalysis(TestAssets.Upload(), "req-1");

        (await seen.Task.WaitAsync(Long)).AssetId.Should().Be("logo-1");
        (await next).Should().BeTrue();
        subscription.Current.Fact.Status.Should().Be(ImageFactStatus.Analyzed);
    }

    [Fact]
    public async Task Cancelling_a_subscription_ends_it_with_cancellation()
    {
        await using var harness = new ProcessorHarness(new GatedAnalyzer());
        using var stop = new CancellationTokenSource();
        await using var subscription = harness.Processor.SubscribeAsync(stop.Token).GetAsyncEnumerator(stop.Token);
        var next = subscription.MoveNextAsync();

        await stop.CancelAsync();
        var act = async () => await next;

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task WaitForFactsAsync_returns_as_soon_as_the_facts_arrive()
    {
        var analyzer = new GatedAnalyzer();
        await using var harness = new ProcessorHarness(analyzer);
        harness.Processor.StartImageAnalysis(TestAssets.Upload(), "req-1");

        var wait = harness.Processor.WaitForFactsAsync("req-1", Long);
        var pendingBeforeTheGateOpened = !wait.IsCompleted;
        analyzer.Open();
        var facts = await wait;

        pendingBeforeTheGateOpened.Should().BeTrue();
        facts.Should().ContainSingle();
    }

    [Fact]
    public async Task WaitForFactsAsync_returns_nothing_when_the_bound_passes_first()
    {
        var time = new ManualTimeProvider();
        var analyzer = new GatedAnalyzer();
        await using var harness = new ProcessorHarness(analyzer, time: time);
        harness.Processor.StartImageAnalysis(TestAssets.Upload(), "req-1");
        await analyzer.FirstStarted;

        var wait = harness.Processor.WaitForFactsAsync("req-1", TimeSpan.FromSeconds(4));
        time.Advance(TimeSpan.FromSeconds(4));
        var facts = await wait;
        analyzer.Open();

        facts.Should().BeEmpty();
    }

    [Fact]
    public async Task WaitForFactsAsync_returns_the_facts_that_arrived_within_the_bound()
    {
        var time = new ManualTimeProvider();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var analyzer = new GatedAnalyzer(async (asset, ct) =>
        {
            if (asset.Id == "slow")
            {
                await gate.Task.WaitAsync(ct);
            }

            return GatedAnalyzer.Result(asset.Id);
        });
        await using var harness = new ProcessorHarness(analyzer, time: time);
        var fast = TestAssets.Upload("fast");
        await using var subscription = harness.Processor.SubscribeAsync().GetAsyncEnumerator();
        var fastArrived = subscription.MoveNextAsync();
        harness.Processor.StartImageAnalysis(fast, "req-1");
        harness.Processor.StartImageAnalysis(TestAssets.Upload("slow"), "req-1");
        (await fastArrived).Should().BeTrue();

        var wait = harness.Processor.WaitForFactsAsync("req-1", TimeSpan.FromSeconds(4));
        time.Advance(TimeSpan.FromSeconds(4));
        var facts = await wait;
        gate.SetResult();

        facts.Should().ContainSingle().Which.AssetUrl.Should().Be(fast.Url);
    }

    [Fact]
    public async Task WaitForFactsAsync_returns_at_once_for_an_unknown_request_or_a_zero_bound()
    {
        var analyzer = new GatedAnalyzer();
        await using var harness = new ProcessorHarness(analyzer);
        harness.Processor.StartImageAnalysis(TestAssets.Upload(), "req-1");

        var unknown = await harness.Processor.WaitForFactsAsync("req-unknown", Long);
        var zero = await harness.Processor.WaitForFactsAsync("req-1", TimeSpan.Zero);
        analyzer.Open();

        unknown.Should().BeEmpty();
        zero.Should().BeEmpty();
    }

    [Fact]
    public async Task WaitForFactsAsync_after_the_facts_arrived_returns_them_at_once()
    {
        var analyzer = new GatedAnalyzer();
        analyzer.Open();
        await using var harness = new ProcessorHarness(analyzer);
        harness.Processor.StartImageAnalysis(TestAssets.Upload(), "req-1");
        await harness.Processor.WaitForFactsAsync("req-1", Long);

        var again = await harness.Processor.WaitForFactsAsync("req-1", TimeSpan.Zero);

        again.Should().ContainSingle();
    }

    [Fact]
    public async Task WaitForFactsAsync_forgets_finished_requests_beyond_the_retention_limit()
    {
        var analyzer = new GatedAnalyzer();
        analyzer.Open();
        await using var harness = new ProcessorHarness(analyzer, o => o.MaxRetainedRequests = 1);
        harness.Processor.StartImageAnalysis(TestAssets.Upload("a"), "req-1");
        await harness.Processor.WaitForFactsAsync("req-1", Long);
        harness.Processor.StartImageAnalysis(TestAssets.Upload("b"), "req-2");
        await harness.Processor.WaitForFactsAsync("req-2", Long);

        (await harness.Processor.WaitForFactsAsync("req-1", TimeSpan.Zero)).Should().BeEmpty();
        (await harness.Processor.WaitForFactsAsync("req-2", TimeSpan.Zero)).Should().ContainSingle();
    }

    [Fact]
    public async Task WaitForFactsAsync_honours_cancellation_and_checks_its_arguments()
    {
        var analyzer = new GatedAnalyzer();
        await using var harness = new ProcessorHarness(analyzer);
        harness.Processor.StartImageAnalysis(TestAssets.Upload(), "req-1");
        using var cancel = new CancellationTokenSource();

        var wait = harness.Processor.WaitForFactsAsync("req-1", Long, cancel.Token);
        await cancel.CancelAsync();
        var cancelled = async () => await wait;
        var noId = () => harness.Processor.WaitForFactsAsync(" ", Long);
        var negative = () => harness.Processor.WaitForFactsAsync("req-1", TimeSpan.FromSeconds(-1));

        await cancelled.Should().ThrowAsync<OperationCanceledException>();
        await noId.Should().ThrowAsync<ArgumentException>();
        await negative.Should().ThrowAsync<ArgumentOutOfRangeException>();
        analyzer.Open();
    }

    [Theory]
    [InlineData(System.Threading.Channels.BoundedChannelFullMode.Wait)]
    [InlineData(System.Threading.Channels.BoundedChannelFullMode.DropWrite)]
    public async Task A_full_queue_refuses_the_new_job_with_a_failed_fact_without_blocking(System.Threading.Channels.BoundedChannelFullMode mode)
    {
        var analyzer = new GatedAnalyzer();
        await using var harness = new ProcessorHarness(analyzer, o => { o.Workers = 1; o.QueueCapacity = 1; o.QueueFullMode = mode; });
        harness.Processor.StartImageAnalysis(TestAssets.Upload("running"), "req-a");
        await analyzer.FirstStarted;
        harness.Processor.StartImageAnalysis(TestAssets.Upload("waiting"), "req-b").Should().Be(ImageAnalysisStart.Queued);

        var start = harness.Processor.StartImageAnalysis(TestAssets.Upload("refused"), "req-c");
        var refused = await harness.Processor.WaitForFactsAsync("req-c", Long);
        analyzer.Open();
        var waiting = await harness.Processor.WaitForFactsAsync("req-b", Long);

        start.Should().Be(ImageAnalysisStart.Rejected);
        refused.Should().ContainSingle().Which.FailureReason.Should().StartWith("queue full");
        waiting.Should().ContainSingle().Which.Status.Should().Be(ImageFactStatus.Analyzed);
        (await harness.ContextOf(TestAssets.Upload())).ImageFacts.Should().Contain(f => f.FailureReason != null && f.FailureReason.StartsWith("queue full", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_full_queue_in_drop_oldest_mode_fails_the_oldest_waiting_job()
    {
        var analyzer = new GatedAnalyzer();
        await using var harness = new ProcessorHarness(analyzer, o => { o.Workers = 1; o.QueueCapacity = 1; o.QueueFullMode = System.Threading.Channels.BoundedChannelFullMode.DropOldest; });
        harness.Processor.StartImageAnalysis(TestAssets.Upload("running"), "req-a");
        await analyzer.FirstStarted;
        harness.Processor.StartImageAnalysis(TestAssets.Upload("oldest"), "req-b");

        var start = harness.Processor.StartImageAnalysis(TestAssets.Upload("newest"), "req-c");
        var dropped = await harness.Processor.WaitForFactsAsync("req-b", Long);
        analyzer.Open();
        var newest = await harness.Processor.WaitForFactsAsync("req-c", Long);

        start.Should().Be(ImageAnalysisStart.Queued);
        dropped.Should().ContainSingle().Which.FailureReason.Should().StartWith("queue full");
        newest.Should().ContainSingle().Which.Status.Should().Be(ImageFactStatus.Analyzed);
        harness.Processor.QueueLength.Should().Be(0);
    }

    [Fact]
    public async Task A_failed_context_write_still_reaches_waiters_and_subscribers()
    {
        var analyzer = new GatedAnalyzer();
        analyzer.Open();
        await using var harness = new ProcessorHarness(analyzer, wrapContext: inner => new FailingFactContextManager(inner));
        using var stop = new CancellationTokenSource(Long);
        await using var subscription = harness.Processor.SubscribeAsync(stop.Token).GetAsyncEnumerator(stop.Token);
        var next = subscription.MoveNextAsync();

        harness.Processor.StartImageAnalysis(TestAssets.Upload(), "req-1");
        var facts = await harness.Processor.WaitForFactsAsync("req-1", Long);

        facts.Should().ContainSingle().Which.Status.Should().Be(ImageFactStatus.Analyzed);
        (await next).Should().BeTrue();
        (await harness.ContextOf(TestAssets.Upload())).ImageFacts.Should().BeEmpty();
    }

    [Fact]
    public async Task DisposeAsync_drains_queued_and_running_jobs()
    {
        var analyzer = new GatedAnalyzer();
        await using var harness = new ProcessorHarness(analyzer, o => o.Workers = 1);
        foreach (var id in new[] { "a", "b", "c" })
        {
            harness.Processor.StartImageAnalysis(TestAssets.Upload(id), "req-1");
        }

        await analyzer.FirstStarted;
        var disposal = harness.Processor.DisposeAsync().AsTask();
        analyzer.Open();
        await disposal;

        var context = await harness.ContextOf(TestAssets.Upload());
        context.ImageFacts.Should().HaveCount(3).And.OnlyContain(f => f.Status == ImageFactStatus.Analyzed);
        analyzer.Calls.Should().Be(3);
    }

    [Fact]
    public async Task DisposeAsync_cancels_jobs_that_do_not_finish_within_the_drain_bound_and_ends_subscriptions()
    {
        var analyzer = new GatedAnalyzer();
        await using var harness = new ProcessorHarness(analyzer, o => { o.Workers = 1; o.DrainTimeout = TimeSpan.FromMilliseconds(50); });
        await using var subscription = harness.Processor.SubscribeAsync().GetAsyncEnumerator();
        var next = subscription.MoveNextAsync();
        harness.Processor.StartImageAnalysis(TestAssets.Upload("running"), "req-1");
        harness.Processor.StartImageAnalysis(TestAssets.Upload("queued"), "req-1");
        await analyzer.FirstStarted;

        await harness.Processor.DisposeAsync();
        var received = new List<ImageAnalysisCompleted>();
        for (var more = await next; more; more = await subscription.MoveNextAsync())
        {
            received.Add(subscription.Current);
        }

        var facts = (await harness.ContextOf(TestAssets.Upload())).ImageFacts;
        facts.Should().HaveCount(2).And.OnlyContain(f => f.Status == ImageFactStatus.Failed && f.FailureReason!.StartsWith("cancelled", StringComparison.Ordinal));
        received.Select(r => r.AssetId).Should().BeEquivalentTo(["running", "queued"]);
        analyzer.Calls.Should().Be(1);
    }

    [Fact]
    public async Task Dispose_cancels_without_waiting_and_the_jobs_still_get_failed_facts()
    {
        var analyzer = new GatedAnalyzer();
        await using var harness = new ProcessorHarness(analyzer);
        harness.Processor.StartImageAnalysis(TestAssets.Upload(), "req-1");
        await analyzer.FirstStarted;

        harness.Processor.Dispose();
        var facts = await harness.Processor.WaitForFactsAsync("req-1", Long);

        facts.Should().ContainSingle().Which.FailureReason.Should().StartWith("cancelled");
    }

    [Fact]
    public async Task StartImageAnalysis_after_disposal_throws_and_disposing_twice_is_harmless()
    {
        await using var harness = new ProcessorHarness(new GatedAnalyzer());
        await harness.Processor.DisposeAsync();

        var start = () => harness.Processor.StartImageAnalysis(TestAssets.Upload(), "req-1");
        var again = async () => await harness.Processor.DisposeAsync();
        var subscribed = new List<ImageAnalysisCompleted>();
        await foreach (var completed in harness.Processor.SubscribeAsync())
        {
            subscribed.Add(completed);
        }

        start.Should().Throw<ObjectDisposedException>();
        await again.Should().NotThrowAsync();
        harness.Processor.Dispose();
        subscribed.Should().BeEmpty();
    }

    [Fact]
    public async Task StartImageAnalysis_checks_its_arguments()
    {
        await using var harness = new ProcessorHarness(new GatedAnalyzer());
        var processor = harness.Processor;

        ((Action)(() => processor.StartImageAnalysis(null!, "req-1"))).Should().Throw<ArgumentNullException>();
        ((Action)(() => processor.StartImageAnalysis(TestAssets.Upload(), " "))).Should().Throw<ArgumentException>();
        ((Action)(() => processor.StartImageAnalysis(TestAssets.Upload() with { Id = "" }, "req-1"))).Should().Throw<ArgumentException>();
        ((Action)(() => processor.StartImageAnalysis(TestAssets.Upload() with { Url = "ftp://files.test/a.png" }, "req-1"))).Should().Throw<InvalidAssetUrlException>();
        ((Action)(() => processor.StartImageAnalysis(TestAssets.Upload() with { ProjectId = "bad\u0001id" }, "req-1"))).Should().Throw<InvalidIdentifierException>();
        processor.QueueLength.Should().Be(0);
    }

    [Fact]
    public async Task The_constructor_checks_its_arguments()
    {
        await using var harness = new ProcessorHarness(new GatedAnalyzer());
        var options = Options.Create(new ImageAnalysisOptions());

        ((Func<ChannelImageProcessor>)(() => new ChannelImageProcessor(null!, harness.Analyzer, options, TimeProvider.System))).Should().Throw<ArgumentNullException>();
        ((Func<ChannelImageProcessor>)(() => new ChannelImageProcessor(harness.Context, null!, options, TimeProvider.System))).Should().Throw<ArgumentNullException>();
        ((Func<ChannelImageProcessor>)(() => new ChannelImageProcessor(harness.Context, harness.Analyzer, null!, TimeProvider.System))).Should().Throw<ArgumentNullException>();
        ((Func<ChannelImageProcessor>)(() => new ChannelImageProcessor(harness.Context, harness.Analyzer, options, null!))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public async Task Each_job_runs_in_its_own_activity_linked_to_the_request_that_queued_it()
    {
        var assetId = "traced-" + Guid.NewGuid().ToString("N");
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == BazaarVidTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => stopped.Enqueue(activity),
        };
        ActivitySource.AddActivityListener(listener);
        var analyzer = new GatedAnalyzer();
        analyzer.Open();
        await using var harness = new ProcessorHarness(analyzer);
        using var requestSource = new ActivitySource("BazaarVid.Tests.Requests");
        using var requestListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == requestSource.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(requestListener);

        ActivityContext requestContext;
        using (var request = requestSource.StartActivity("request")!)
        {
            requestContext = request.Context;
            harness.Processor.StartImageAnalysis(TestAssets.Upload(assetId), "req-1");
        }

        await harness.Processor.WaitForFactsAsync("req-1", Long);
        await harness.Processor.DisposeAsync();

        var job = stopped.Should().ContainSingle(a => a.OperationName == "bazaarvid.assets.image_analysis" && (string?)a.GetTagItem("bazaarvid.asset.id") == assetId).Subject;
        job.GetTagItem("bazaarvid.image_analysis.status").Should().Be("analyzed");
        job.ParentSpanId.Should().Be(default(ActivitySpanId));
        job.Links.Should().ContainSingle().Which.Context.Should().Be(requestContext);
    }

    private static async Task<List<string>> ReadTwo(IAsyncEnumerator<ImageAnalysisCompleted> enumerator, ValueTask<bool> first)
    {
        var seen = new List<string>();
        (await first).Should().BeTrue();
        seen.Add(enumerator.Current.AssetId);
        (await enumerator.MoveNextAsync()).Should().BeTrue();
        seen.Add(enumerator.Current.AssetId);
        return seen;
    }

    private sealed class SynchronouslyThrowingAnalyzer : IImageAnalyzer
    {
        public ValueTask<ImageAnalysis> AnalyzeAsync(Asset asset, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("no analysis here");
    }
}
