using System.Collections.Immutable;

namespace BazaarVid.Assets;

/// <summary>
/// The assets of one conversation (strictly scoped to one project), with the organized views the brain uses.
/// Immutable. <see cref="Assets"/> is in the order the assets were added.
/// </summary>
/// <param name="ProjectId">The project.</param>
/// <param name="ConversationId">The conversation.</param>
/// <param name="Assets">Every asset of the conversation, oldest first.</param>
public sealed record AssetContext(string ProjectId, string ConversationId, ImmutableArray<Asset> Assets)
{
    /// <summary>How many assets <see cref="Recent"/> returns.</summary>
    public const int RecentCount = 5;

    /// <summary>Raster images, SVGs and logos.</summary>
    public IEnumerable<Asset> Images => Assets.Where(a => a.Type is AssetType.Image or AssetType.Svg or AssetType.Logo);

    /// <summary>Assets typed or tagged as logos.</summary>
    public IEnumerable<Asset> Logos => Assets.Where(a => a.Type == AssetType.Logo || a.Tags.Contains("logo"));

    /// <summary>The newest <see cref="RecentCount"/> assets, newest first (ties broken by position).</summary>
    public IEnumerable<Asset> Recent => Assets.Select((a, i) => (a, i)).OrderByDescending(x => x.a.CreatedAt).ThenByDescending(x => x.i).Take(RecentCount).Select(x => x.a);

    /// <summary>Assets generated code must use.</summary>
    public IEnumerable<Asset> Required => Assets.Where(a => a.Required);

    /// <summary>An empty context for a conversation.</summary>
    public static AssetContext Empty(string projectId, string conversationId) => new(projectId, conversationId, []);

    /// <inheritdoc />
    public bool Equals(AssetContext? other) =>
        other is not null && ProjectId == other.ProjectId && ConversationId == other.ConversationId && Assets.SequenceEqual(other.Assets);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ProjectId, ConversationId, Assets.Length);
}
