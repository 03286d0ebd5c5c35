namespace BazaarVid.Context;

/// <summary>How two scenes (or a scene and an asset) are related.</summary>
public enum RelationshipKind
{
    /// <summary>The scene comes right after <see cref="SceneRelationship.To"/> in the storyboard.</summary>
    Follows,

    /// <summary>The scene is a variant of <see cref="SceneRelationship.To"/>.</summary>
    VariantOf,

    /// <summary>The scene was made to share the style of <see cref="SceneRelationship.To"/>.</summary>
    SharesStyleWith,

    /// <summary>The scene uses the asset whose ledger id is <see cref="SceneRelationship.To"/>.</summary>
    UsesAsset,

    /// <summary>The scene was made or edited with <see cref="SceneRelationship.To"/> as a reference.</summary>
    References,
}

/// <summary>A typed edge of the scene graph.</summary>
/// <param name="From">The scene id the edge starts at.</param>
/// <param name="To">A scene id, or a ledger id (A1, …) for <see cref="RelationshipKind.UsesAsset"/>.</param>
/// <param name="Kind">The relationship.</param>
/// <param name="Turn">The turn that created the edge.</param>
public sealed record SceneRelationship(string From, string To, RelationshipKind Kind, int Turn);
