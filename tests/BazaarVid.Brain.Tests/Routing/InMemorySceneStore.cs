using System.Collections.Immutable;
using BazaarVid.Context;

namespace BazaarVid.Brain.Tests.Routing;

/// <summary>A tiny in-memory <see cref="ISceneStore"/> for router tests: versions kept, deletes soft.</summary>
public sealed class InMemorySceneStore : ISceneStore
{
    private readonly Dictionary<(string, string, string), List<StoredScene>> _history = [];

    public int ListCalls { get; private set; }

    public ValueTask<StoredScene> CreateAsync(StoredScene scene, CancellationToken cancellationToken = default)
    {
        var key = (scene.ProjectId, scene.ConversationId, scene.SceneId);
        if (_history.ContainsKey(key))
        {
            throw new SceneAlreadyExistsException(scene.SceneId);
        }

        _history[key] = [scene with { Version = 1 }];
        return ValueTask.FromResult(_history[key][0]);
    }

    public ValueTask<StoredScene> SaveVersionAsync(StoredScene scene, CancellationToken cancellationToken = default)
    {
        if (!_history.TryGetValue((scene.ProjectId, scene.ConversationId, scene.SceneId), out var versions) || versions[^1].DeletedAt is not null)
        {
            throw new SceneNotFoundException(scene.SceneId);
        }

        if (scene.Version != versions[^1].Version + 1)
        {
            throw new ConcurrencyConflictException(new ConversationKey(scene.ProjectId, scene.ConversationId), versions[^1].Version);
        }

        versions.Add(scene);
        return ValueTask.FromResult(scene);
    }

    public ValueTask<StoredScene> DeleteAsync(string projectId, string conversationId, string sceneId, DateTimeOffset deletedAt, CancellationToken cancellationToken = default)
    {
        if (!_history.TryGetValue((projectId, conversationId, sceneId), out var versions) || versions[^1].DeletedAt is not null)
        {
            throw new SceneNotFoundException(sceneId);
        }

        versions[^1] = versions[^1] with { DeletedAt = deletedAt };
        return ValueTask.FromResult(versions[^1]);
    }

    public ValueTask<StoredScene?> GetAsync(string projectId, string conversationId, string sceneId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_history.TryGetValue((projectId, conversationId, sceneId), out var versions) ? versions[^1] : null);

    public ValueTask<ImmutableArray<StoredScene>> ListAsync(string projectId, string conversationId, CancellationToken cancellationToken = default)
    {
        ListCalls++;
        return ValueTask.FromResult(_history
            .Where(h => h.Key.Item1 == projectId && h.Key.Item2 == conversationId && h.Value[^1].DeletedAt is null)
            .Select(h => h.Value[^1])
            .OrderBy(s => s.Order)
            .ToImmutableArray());
    }

    public ValueTask<ImmutableArray<StoredScene>> GetHistoryAsync(string projectId, string conversationId, string sceneId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_history.TryGetValue((projectId, conversationId, sceneId), out var versions) ? versions.ToImmutableArray() : []);
}
