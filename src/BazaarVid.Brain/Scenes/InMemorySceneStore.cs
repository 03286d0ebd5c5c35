using System.Collections.Immutable;
using BazaarVid.Context;

namespace BazaarVid.Brain;

/// <summary>The embedded <see cref="ISceneStore"/>: every version kept in process memory, thread-safe, scoped by project and conversation.</summary>
public sealed class InMemorySceneStore : ISceneStore
{
    private readonly Dictionary<(string Project, string Conversation, string Scene), ImmutableList<StoredScene>> _scenes = [];
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public ValueTask<StoredScene> CreateAsync(StoredScene scene, CancellationToken cancellationToken = default)
    {
        StoredSceneValidation.Validate(scene);
        if (scene.Version != 1)
        {
            throw new ArgumentException("A new scene starts at version 1.", nameof(scene));
        }

        lock (_gate)
        {
            var id = Id(scene);
            if (_scenes.ContainsKey(id))
            {
                throw new SceneAlreadyExistsException(scene.SceneId);
            }

            _scenes[id] = [scene with { DeletedAt = null }];
            return ValueTask.FromResult(_scenes[id][^1]);
        }
    }

    /// <inheritdoc />
    public ValueTask<StoredScene> SaveVersionAsync(StoredScene scene, CancellationToken cancellationToken = default)
    {
        StoredSceneValidation.Validate(scene);
        lock (_gate)
        {
            var id = Id(scene);
            if (!_scenes.TryGetValue(id, out var versions) || versions[^1].DeletedAt is not null)
            {
                throw new SceneNotFoundException(scene.SceneId);
            }

            var current = versions[^1];
            if (scene.Version != current.Version + 1)
            {
                throw new ConcurrencyConflictException(new ConversationKey(scene.ProjectId, scene.ConversationId), current.Version);
            }

            var saved = scene with { CreatedAt = current.CreatedAt, DeletedAt = null };
            _scenes[id] = versions.Add(saved);
            return ValueTask.FromResult(saved);
        }
    }

    /// <inheritdoc />
    public ValueTask<StoredScene> DeleteAsync(string projectId, string conversationId, string sceneId, DateTimeOffset deletedAt, CancellationToken cancellationToken = default)
    {
        var id = ValidatedId(projectId, conversationId, sceneId);
        lock (_gate)
        {
            if (!_scenes.TryGetValue(id, out var versions) || versions[^1].DeletedAt is not null)
            {
                throw new SceneNotFoundException(sceneId);
            }

            var deleted = versions[^1] with { DeletedAt = deletedAt };
            _scenes[id] = versions.SetItem(versions.Count - 1, deleted);
            return ValueTask.FromResult(deleted);
        }
    }

    /// <inheritdoc />
    public ValueTask<StoredScene?> GetAsync(string projectId, string conversationId, string sceneId, CancellationToken cancellationToken = default)
    {
        var id = ValidatedId(projectId, conversationId, sceneId);
        lock (_gate)
        {
            return ValueTask.FromResult(_scenes.TryGetValue(id, out var versions) ? versions[^1] : null);
        }
    }

    /// <inheritdoc />
    public ValueTask<ImmutableArray<StoredScene>> ListAsync(string projectId, string conversationId, CancellationToken cancellationToken = default)
    {
        Identifier.Validate(projectId, nameof(projectId));
        Identifier.Validate(conversationId, nameof(conversationId));
        lock (_gate)
        {
            var live = _scenes
                .Where(pair => pair.Key.Project == projectId && pair.Key.Conversation == conversationId && pair.Value[^1].DeletedAt is null)
                .Select(pair => pair.Value[^1])
                .OrderBy(s => s.Order)
                .ThenBy(s => s.CreatedAt)
                .ThenBy(s => s.SceneId, StringComparer.Ordinal)
                .ToImmutableArray();
            return ValueTask.FromResult(live);
        }
    }

    /// <inheritdoc />
    public ValueTask<ImmutableArray<StoredScene>> GetHistoryAsync(string projectId, string conversationId, string sceneId, CancellationToken cancellationToken = default)
    {
        var id = ValidatedId(projectId, conversationId, sceneId);
        lock (_gate)
        {
            return ValueTask.FromResult(_scenes.TryGetValue(id, out var versions) ? versions.ToImmutableArray() : []);
        }
    }

    private static (string, string, string) Id(StoredScene scene) => (scene.ProjectId, scene.ConversationId, scene.SceneId);

    private static (string, string, string) ValidatedId(string projectId, string conversationId, string sceneId) =>
        (Identifier.Validate(projectId, nameof(projectId)), Identifier.Validate(conversationId, nameof(conversationId)), Identifier.Validate(sceneId, nameof(sceneId)));
}
