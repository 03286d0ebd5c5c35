using System.Collections.Immutable;
using BazaarVid.Context;

namespace BazaarVid.Assets;

/// <summary>The embedded <see cref="IAssetContextStore"/>: process memory, thread-safe, one lock per project.</summary>
public sealed class InMemoryAssetContextStore : IAssetContextStore
{
    private readonly Dictionary<string, ProjectAssets> _projects = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public ValueTask<Asset> AppendAsync(Asset asset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(asset);
        Identifier.Validate(asset.ProjectId, nameof(asset.ProjectId));
        Identifier.Validate(asset.ConversationId, nameof(asset.ConversationId));
        Identifier.Validate(asset.Id, nameof(asset.Id));
        var project = Project(asset.ProjectId, create: true)!;
        lock (project.Gate)
        {
            if (!project.ById.TryGetValue(asset.Id, out var stored))
            {
                stored = asset;
                project.ById.Add(asset.Id, asset);
            }

            if (!project.Conversations.TryGetValue(asset.ConversationId, out var ids))
            {
                ids = [];
                project.Conversations.Add(asset.ConversationId, ids);
            }

            if (!ids.Contains(asset.Id))
            {
                ids.Add(asset.Id);
            }

            return ValueTask.FromResult(stored);
        }
    }

    /// <inheritdoc />
    public ValueTask<AssetContext> GetAsync(string projectId, string conversationId, CancellationToken cancellationToken = default)
    {
        Identifier.Validate(projectId, nameof(projectId));
        Identifier.Validate(conversationId, nameof(conversationId));
        var project = Project(projectId, create: false);
        if (project is null)
        {
            return ValueTask.FromResult(AssetContext.Empty(projectId, conversationId));
        }

        lock (project.Gate)
        {
            var assets = project.Conversations.TryGetValue(conversationId, out var ids)
                ? ids.Select(id => project.ById[id]).ToImmutableArray()
                : [];
            return ValueTask.FromResult(new AssetContext(projectId, conversationId, assets));
        }
    }

    /// <inheritdoc />
    public ValueTask<Asset?> FindAsync(string projectId, string assetId, CancellationToken cancellationToken = default)
    {
        Identifier.Validate(projectId, nameof(projectId));
        Identifier.Validate(assetId, nameof(assetId));
        var project = Project(projectId, create: false);
        if (project is null)
        {
            return ValueTask.FromResult<Asset?>(null);
        }

        lock (project.Gate)
        {
            return ValueTask.FromResult(project.ById.GetValueOrDefault(assetId));
        }
    }

    /// <inheritdoc />
    public ValueTask<Asset?> IncrementUsageAsync(string projectId, string assetId, CancellationToken cancellationToken = default) =>
        UpdateAsync(projectId, assetId, a => a with { UsageCount = a.UsageCount + 1 });

    /// <inheritdoc />
    public ValueTask<Asset?> SetRequiredAsync(string projectId, string assetId, bool required, CancellationToken cancellationToken = default) =>
        UpdateAsync(projectId, assetId, a => a with { Required = required });

    private ValueTask<Asset?> UpdateAsync(string projectId, string assetId, Func<Asset, Asset> change)
    {
        Identifier.Validate(projectId, nameof(projectId));
        Identifier.Validate(assetId, nameof(assetId));
        var project = Project(projectId, create: false);
        if (project is null)
        {
            return ValueTask.FromResult<Asset?>(null);
        }

        lock (project.Gate)
        {
            if (!project.ById.TryGetValue(assetId, out var stored))
            {
                return ValueTask.FromResult<Asset?>(null);
            }

            var updated = change(stored);
            project.ById[assetId] = updated;
            return ValueTask.FromResult<Asset?>(updated);
        }
    }

    private ProjectAssets? Project(string projectId, bool create)
    {
        lock (_gate)
        {
            if (!_projects.TryGetValue(projectId, out var project) && create)
            {
                project = new ProjectAssets();
                _projects.Add(projectId, project);
            }

            return project;
        }
    }

    private sealed class ProjectAssets
    {
        public Lock Gate { get; } = new();

        public Dictionary<string, Asset> ById { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<string>> Conversations { get; } = new(StringComparer.Ordinal);
    }
}
