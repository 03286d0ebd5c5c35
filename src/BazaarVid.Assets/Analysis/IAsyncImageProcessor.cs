using System.Collections.Immutable;
using BazaarVid.Context;

namespace BazaarVid.Assets;

/// <summary>How <see cref="IAsyncImageProcessor.StartImageAnalysis"/> handled a request.</summary>
public enum ImageAnalysisStart
{
    /// <summary>A new job was queued.</summary>
    Queued,

    /// <summary>The same asset (same project and asset id) was already queued or running; this request gets that job's fact.</summary>
    Merged,

    /// <summary>The queue was full; the request gets a failed fact "queue full" at once.</summary>
    Rejected,
}

/// <summary>One finished analysis, published to <see cref="IAsyncImageProcessor.FactsArrived"/> and every subscriber.</summary>
/// <param name="ProjectId">The asset's project.</param>
/// <param name="AssetId">The asset's id.</param>
/// <param name="Conversations">The conversations the fact was written into (one per conversation that asked).</param>
/// <param name="RequestIds">Every request that asked for this analysis, in the order they asked.</param>
/// <param name="Fact">The fact (analyzed or failed).</param>
public sealed record ImageAnalysisCompleted(
    string ProjectId,
    string AssetId,
    ImmutableArray<ConversationKey> Conversations,
    ImmutableArray<string> RequestIds,
    ImageFact Fact)
{
    /// <inheritdoc />
    public bool Equals(ImageAnalysisCompleted? other) =>
        other is not null
        && ProjectId == other.ProjectId
        && AssetId == other.AssetId
        && Conversations.SequenceEqual(other.Conversations)
        && RequestIds.SequenceEqual(other.RequestIds)
        && Fact == other.Fact;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ProjectId, AssetId, Fact.AssetUrl);
}

/// <summary>
/// Runs image analysis in the background, so a turn never waits for it ("late-arriving facts"). Each finished job's fact
/// is written into the conversation context (<see cref="IContextManager.AddImageFactAsync"/>) first, then handed to
/// waiting requests, then published to <see cref="FactsArrived"/> and to every subscriber. Failures (analyzer error,
/// timeout, refused fetch, full queue, shutdown) become failed facts; nothing is lost silently.
/// </summary>
public interface IAsyncImageProcessor
{
    /// <summary>Raised on a worker thread for every finished job. A handler that throws is logged and does not affect others.</summary>
    event EventHandler<ImageAnalysisCompleted>? FactsArrived;

    /// <summary>
    /// Queues an analysis of <paramref name="asset"/> for request <paramref name="requestId"/> and returns at once: it never
    /// awaits the analysis and never blocks, even when the queue is full. A job for the same asset (project and asset id)
    /// that is still queued or running is shared.
    /// </summary>
    /// <exception cref="ArgumentException">The request id is empty or the asset's URL or ids are invalid.</exception>
    /// <exception cref="ObjectDisposedException">The processor was disposed.</exception>
    ImageAnalysisStart StartImageAnalysis(Asset asset, string requestId);

    /// <summary>
    /// Every result that finishes after the enumeration starts (the first <c>MoveNextAsync</c>), in completion order. Each
    /// subscriber has its own unbounded buffer, so a slow subscriber never slows the workers. Ends when the processor is
    /// disposed; cancelling <paramref name="cancellationToken"/> ends it with <see cref="OperationCanceledException"/>.
    /// </summary>
    IAsyncEnumerable<ImageAnalysisCompleted> SubscribeAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Waits at most <paramref name="timeout"/> until every analysis started for <paramref name="requestId"/> has finished,
    /// then returns the facts that have arrived for it so far (possibly none), sorted by asset URL. Returns at once for an
    /// unknown request or a zero timeout. Never throws because an analysis failed.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is negative.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<ImmutableArray<ImageFact>> WaitForFactsAsync(string requestId, TimeSpan timeout, CancellationToken cancellationToken = default);
}
