namespace BazaarVid.Context;

/// <summary>A scene id named by an edit or delete is not a live scene of the conversation.</summary>
public sealed class SceneNotFoundException : BazaarVidException
{
    /// <summary>Creates the exception for the missing scene.</summary>
    public SceneNotFoundException(string sceneId)
        : base("scene-not-found", $"Scene '{sceneId}' is not a live scene of this conversation.")
    {
        SceneId = sceneId;
    }

    /// <summary>The scene that was not found.</summary>
    public string SceneId { get; }
}
