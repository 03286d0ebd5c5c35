using System.Collections.Immutable;

namespace BazaarVid.Brain;

/// <summary>
/// Stores scene code with its history: every edit is a new version (older versions stay readable), deletes are
/// soft (the code stays in history). Every call is scoped by project and conversation.
/// </summary>
public interface ISceneStore
{
    /// <summary>Saves version 1 of a new scene.</summary>
    /// <exception cref="BazaarVid.Context.SceneAlreadyExistsException">The id is already used in the conversation.</exception>
    ValueTask<StoredScene> CreateAsync(StoredScene scene, CancellationToken cancellationToken = default);

    /// <summary>Saves a new version; <paramref name="scene"/>.Version must be the current version + 1.</summary>
    /// <exception cref="BazaarVid.Context.SceneNotFoundException">The scene is not live.</exception>
    /// <exception cref="BazaarVid.Context.ConcurrencyConflictException">Another writer saved that version first.</exception>
    ValueTask<StoredScene> SaveVersionAsync(StoredScene scene, CancellationToken cancellationToken = default);

    /// <summary>Soft-deletes a live scene and returns its last version with <see cref="StoredScene.DeletedAt"/> set.</summary>
    /// <exception cref="BazaarVid.Context.SceneNotFoundException">The scene is not live.</exception>
    ValueTask<StoredScene> DeleteAsync(string projectId, string conversationId, string sceneId, DateTimeOffset deletedAt, CancellationToken cancellationToken = default);

    /// <summary>The newest version of a scene (live or deleted), or null.</summary>
    ValueTask<StoredScene?> GetAsync(string projectId, string conversationId, string sceneId, CancellationToken cancellationToken = default);

    /// <summary>The newest version of every live scene, by order.</summary>
    ValueTask<ImmutableArray<StoredScene>> ListAsync(string projectId, string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Every version of a scene, oldest first.</summary>
    ValueTask<ImmutableArray<StoredScene>> GetHistoryAsync(string projectId, string conversationId, string sceneId, CancellationToken cancellationToken = default);
}
