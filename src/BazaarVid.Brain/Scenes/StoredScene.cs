namespace BazaarVid.Brain;

/// <summary>One version of a scene as stored: its code, spec and place in the storyboard.</summary>
/// <param name="ProjectId">The project.</param>
/// <param name="ConversationId">The conversation.</param>
/// <param name="SceneId">The scene id.</param>
/// <param name="Order">1-based position among live scenes when this version was saved.</param>
/// <param name="Name">A short human name.</param>
/// <param name="Code">The validated TSX code.</param>
/// <param name="DurationInFrames">The duration.</param>
/// <param name="Spec">The spec the code was emitted from, or null for code written directly by an LLM.</param>
/// <param name="Version">1 for the first version, +1 for every edit.</param>
/// <param name="CreatedAt">When the scene was first created.</param>
/// <param name="UpdatedAt">When this version was saved.</param>
/// <param name="DeletedAt">When it was soft-deleted, or null.</param>
public sealed record StoredScene(
    string ProjectId,
    string ConversationId,
    string SceneId,
    int Order,
    string Name,
    string Code,
    int DurationInFrames,
    SceneSpec? Spec,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? DeletedAt);
