using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using BazaarVid.Context;

namespace BazaarVid.Assets.Tests.Analysis;

/// <summary>Tests that observe process-wide state (the shared meter, the finalizer thread) and so must run alone.</summary>
[CollectionDefinition(nameof(ProcessWideGroup), DisableParallelization = true)]
public sealed class ProcessWideGroup;

[Collection(nameof(ProcessWideGroup))]
public sealed class ProcessWideTests
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_queue_length_metric_counts_jobs_waiting_for_a_worker()
    {
        long total = 0;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == BazaarVidTelemetry.Name && instrument.Name == "bazaarvid.assets.image_queue_length")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref total, value));
        listener.Start();
        var analyzer = new GatedAnalyzer();
        await using var harness = new ProcessorHarness(analyzer, o => o.Workers = 1);

        foreach (var id in new[] { "a", "b", "c" })
        {
            harness.Processor.StartImageAnalysis(TestAssets.Upload(id), "req-1");
        }

        await analyzer.FirstStarted;
        var whileOneRuns = Interlocked.Read(ref total);
        var propertyWhileOneRuns = harness.Processor.QueueLength;
        analyzer.Open();
        await harness.Processor.WaitForFactsAsync("req-1", Long);

        whileOneRuns.Should().Be(2);
        propertyWhileOneRuns.Should().Be(2);
        Interlocked.Read(ref total).Should().Be(0);
        harness.Processor.QueueLength.Should().Be(0);
    }

    [Fact]
    public async Task Failures_never_become_unobserved_task_exceptions()
    {
        var marker = "unobserved-" + Guid.NewGuid().ToString("N");
        var unobserved = new ConcurrentQueue<Exception>();
        void OnUnobserved(object? sender, UnobservedTaskExceptionEventArgs e)
        {
            if (e.Exception.Flatten().InnerExceptions.Any(x => x.Message.Contains(marker, StringComparison.Ordinal)))
            {
                unobserved.Enqueue(e.Exception);
            }
        }

        TaskScheduler.UnobservedTaskException += OnUnobserved;
        try
        {
            await RunFailingJobs(marker);
            for (var i = 0; i < 3; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }
        }
        finally
        {
            TaskScheduler.UnobservedTaskException -= OnUnobserved;
        }

        unobserved.Should().BeEmpty();
    }

    private static async Task RunFailingJobs(string marker)
    {
        var lateGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var lateFault = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var analyzer = new GatedAnalyzer(async (asset, _) =>
        {
            switch (asset.Id)
            {
                case "throws":
                    await Task.Yield();
                    throw new InvalidOperationException(marker);
                case "late":
                    // Ignores its token, outlives the job timeout, then faults.
                    try
                    {
                        await lateGate.Task;
                        throw new InvalidOperationException(marker);
                    }
                    finally
                    {
                        lateFault.TrySetResult();
                    }

                default:
                    throw new AssetRejectedException("not-an-image", marker);
            }
        });
        await using (var harness = new ProcessorHarness(analyzer, o => o.JobTimeout = TimeSpan.FromMilliseconds(100), wrapContext: inner => new FailingFactContextManager(inner)))
        {
            harness.Processor.FactsArrived += (_, _) => throw new InvalidOperationException(marker);
            foreach (var id in new[] { "throws", "late", "rejected" })
            {
                harness.Processor.StartImageAnalysis(TestAssets.Upload(id), "req-1");
            }

            var facts = await harness.Processor.WaitForFactsAsync("req-1", Long);
            lateGate.SetResult();
            await lateFault.Task;

            facts.Should().HaveCount(3).And.OnlyContain(f => f.Status == ImageFactStatus.Failed);
        }
    }
}
