using BazaarVid.Context;

namespace BazaarVid.Brain;

/// <summary>Argument checks every <see cref="ISceneStore"/> implementation applies before a write.</summary>
public static class StoredSceneValidation
{
    /// <summary>Throws when ids, code, name, duration or version are invalid.</summary>
    public static void Validate(StoredScene scene)
    {
        ArgumentNullException.ThrowIfNull(scene);
        Identifier.Validate(scene.ProjectId, nameof(scene.ProjectId));
        Identifier.Validate(scene.ConversationId, nameof(scene.ConversationId));
        Identifier.Validate(scene.SceneId, nameof(scene.SceneId));
        ArgumentException.ThrowIfNullOrWhiteSpace(scene.Code, nameof(scene));
        ArgumentException.ThrowIfNullOrWhiteSpace(scene.Name, nameof(scene));
        ArgumentOutOfRangeException.ThrowIfLessThan(scene.Version, 1, nameof(scene));
        ArgumentOutOfRangeException.ThrowIfLessThan(scene.Order, 1, nameof(scene));
        if (scene.DurationInFrames is < BazaarVid.Context.Storyboard.MinDurationInFrames or > BazaarVid.Context.Storyboard.MaxDurationInFrames)
        {
            throw new ArgumentOutOfRangeException(nameof(scene), scene.DurationInFrames, "A scene lasts 15 to 1800 frames.");
        }
    }
}
