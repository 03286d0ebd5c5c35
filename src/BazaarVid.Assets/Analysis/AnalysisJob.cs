using System.Collections.Immutable;
using System.Diagnostics;
using BazaarVid.Context;

namespace BazaarVid.Assets;

/// <summary>One queued or running analysis, shared by every request for the same asset. Mutated only under the processor's lock.</summary>
internal sealed class AnalysisJob
{
    private readonly List<string> _requestIds = [];
    private readonly List<ConversationKey> _conversations = [];

    public AnalysisJob(Asset asset, string requestId, ConversationKey conversation, ActivityContext origin)
    {
        Asset = asset;
        Origin = origin;
        _requestIds.Add(requestId);
        _conversations.Add(conversation);
    }

    public Asset Asset { get; }

    public (string ProjectId, string AssetId) Key => (Asset.ProjectId, Asset.Id);

    /// <summary>The activity of the request that queued the job (linked, not parented: the job outlives the request).</summary>
    public ActivityContext Origin { get; }

    /// <summary>Adds a request (and its conversation); false when the request had already joined.</summary>
    public bool Join(string requestId, ConversationKey conversation)
    {
        if (!_conversations.Contains(conversation))
        {
            _conversations.Add(conversation);
        }

        if (_requestIds.Contains(requestId, StringComparer.Ordinal))
        {
            return false;
        }

        _requestIds.Add(requestId);
        return true;
    }

    public ImmutableArray<string> RequestIds => [.. _requestIds];

    public ImmutableArray<ConversationKey> Conversations => [.. _conversations];
}
