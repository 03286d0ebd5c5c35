namespace BazaarVid.Assets;

/// <summary>
/// The assets of each conversation, strictly scoped by project: nothing of project A is ever read, found or
/// changed through project B, even with the same conversation or asset id. Appends are atomic per asset (never a
/// read-modify-write of a whole list), so concurrent uploads to one conversation are all kept.
/// </summary>
public interface IAssetContextStore
{
    /// <summary>
    /// Adds <paramref name="asset"/> to the conversation <see cref="Asset.ConversationId"/> of project <see cref="Asset.ProjectId"/>
    /// and returns the stored asset. De-duplicated by <see cref="Asset.Id"/> within the project: when the project already has
    /// that id, the stored asset is kept unchanged (its first conversation, usage and required flag), listed in this
    /// conversation too if it was not yet, and returned.
    /// </summary>
    ValueTask<Asset> AppendAsync(Asset asset, CancellationToken cancellationToken = default);

    /// <summary>The assets of a conversation in the order they were added to it (an empty context when there are none).</summary>
    ValueTask<AssetContext> GetAsync(string projectId, string conversationId, CancellationToken cancellationToken = default);

    /// <summary>The asset with <paramref name="assetId"/> in the project, or null.</summary>
    ValueTask<Asset?> FindAsync(string projectId, string assetId, CancellationToken cancellationToken = default);

    /// <summary>Adds one to the asset's <see cref="Asset.UsageCount"/> atomically and returns the updated asset, or null when the project has no such asset.</summary>
    ValueTask<Asset?> IncrementUsageAsync(string projectId, string assetId, CancellationToken cancellationToken = default);

    /// <summary>Sets the asset's <see cref="Asset.Required"/> flag and returns the updated asset, or null when the project has no such asset.</summary>
    ValueTask<Asset?> SetRequiredAsync(string projectId, string assetId, bool required, CancellationToken cancellationToken = default);
}
