using System.Collections.Immutable;
using BazaarVid.Context;

namespace BazaarVid.Storage.Postgres;

/// <summary>
/// The requests made on this instance and the facts they got, for <c>WaitForFactsAsync</c>. A request is pending while
/// an analysis it asked for has not delivered; finished requests are kept (for late waiters) up to a bound. Not
/// thread-safe: the processor calls it under its lock.
/// </summary>
internal sealed class ImageRequests(int maxRetained)
{
    private readonly Dictionary<string, State> _requests = new(StringComparer.Ordinal);
    private readonly Queue<(string RequestId, State State, int Generation)> _finished = new();

    /// <summary>Counts one more analysis <paramref name="requestId"/> waits for.</summary>
    public void Track(string requestId)
    {
        if (!_requests.TryGetValue(requestId, out var state))
        {
            state = new State();
            _requests[requestId] = state;
        }

        if (state.Pending++ == 0 && state.Done.Task.IsCompleted)
        {
            state.Done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Records the fact of one analysis of <paramref name="requestId"/>; completes its wait when it was the last.</summary>
    public void Resolve(string requestId, ImageFact fact)
    {
        if (!_requests.TryGetValue(requestId, out var state))
        {
            return;
        }

        state.Facts.RemoveAll(f => AssetUrl.AreEquivalent(f.AssetUrl, fact.AssetUrl));
        state.Facts.Add(fact);
        if (state.Pending == 0 || --state.Pending > 0)
        {
            return;
        }

        state.Done.TrySetResult();
        state.Generation++;
        _finished.Enqueue((requestId, state, state.Generation));
        while (_finished.Count > maxRetained)
        {
            var (oldId, oldState, generation) = _finished.Dequeue();
            if (oldState.Pending == 0 && oldState.Generation == generation
                && _requests.TryGetValue(oldId, out var current) && ReferenceEquals(current, oldState))
            {
                _requests.Remove(oldId);
            }
        }
    }

    /// <summary>The task that completes when <paramref name="requestId"/> has nothing pending, or null for an unknown request.</summary>
    public Task? Completion(string requestId) => _requests.TryGetValue(requestId, out var state) ? state.Done.Task : null;

    /// <summary>The facts <paramref name="requestId"/> got so far, sorted by asset URL.</summary>
    public ImmutableArray<ImageFact> Facts(string requestId) =>
        _requests.TryGetValue(requestId, out var state)
            ? [.. state.Facts.OrderBy(f => f.AssetUrl, StringComparer.Ordinal).ThenBy(f => f.ObservedAt)]
            : [];

    private sealed class State
    {
        public int Pending { get; set; }

        public int Generation { get; set; }

        public List<ImageFact> Facts { get; } = [];

        public TaskCompletionSource Done { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
