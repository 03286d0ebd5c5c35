namespace BazaarVid.Context;

/// <summary>A scene was created with an id the conversation already uses (live or deleted).</summary>
public sealed class SceneAlreadyExistsException : BazaarVidException
{
    /// <summary>Creates the exception for the duplicate id.</summary>
    public SceneAlreadyExistsException(string sceneId)
        : base("scene-already-exists", $"Scene id '{sceneId}' is already used in this conversation.")
    {
        SceneId = sceneId;
    }

    /// <summary>The duplicate id.</summary>
    public string SceneId { get; }
}
