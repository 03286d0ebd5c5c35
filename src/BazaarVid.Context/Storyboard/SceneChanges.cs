using System.Collections.Immutable;

namespace BazaarVid.Context;

/// <summary>A scene-to-scene link given when a scene is created or edited.</summary>
/// <param name="SceneId">The other scene.</param>
/// <param name="Kind">How the scene relates to it (<see cref="RelationshipKind.References"/>, <see cref="RelationshipKind.VariantOf"/> or <see cref="RelationshipKind.SharesStyleWith"/>).</param>
public sealed record SceneLink(string SceneId, RelationshipKind Kind);

/// <summary>A scene was created.</summary>
/// <param name="SceneId">The new scene's id.</param>
/// <param name="Name">A short human name.</param>
/// <param name="DurationInFrames">Its duration (15 to 1800 frames).</param>
/// <param name="Description">What it shows.</param>
/// <param name="Position">1-based position to insert at, or null to append.</param>
/// <param name="AssetUrls">The asset URLs its code uses (each becomes a <see cref="RelationshipKind.UsesAsset"/> edge).</param>
/// <param name="Links">Links to other scenes.</param>
public sealed record SceneCreated(
    string SceneId,
    string Name,
    int DurationInFrames,
    string Description,
    int? Position = null,
    ImmutableArray<string> AssetUrls = default,
    ImmutableArray<SceneLink> Links = default);

/// <summary>A scene was edited; null members are unchanged.</summary>
/// <param name="SceneId">The edited scene.</param>
/// <param name="Name">The new name, or null.</param>
/// <param name="DurationInFrames">The new duration, or null.</param>
/// <param name="Description">The new description, or null.</param>
/// <param name="AssetUrls">The asset URLs the new code uses (replaces its asset edges), or default to keep them.</param>
/// <param name="Links">Scenes referenced by the edit.</param>
public sealed record SceneEdited(
    string SceneId,
    string? Name = null,
    int? DurationInFrames = null,
    string? Description = null,
    ImmutableArray<string> AssetUrls = default,
    ImmutableArray<SceneLink> Links = default);
