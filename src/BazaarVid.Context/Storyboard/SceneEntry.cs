namespace BazaarVid.Context;

/// <summary>One scene of the storyboard (its facts, not its code).</summary>
/// <param name="Id">The scene id (8 characters <c>[a-z0-9]</c> for generated scenes; any valid id is accepted).</param>
/// <param name="Order">1-based position among the live scenes.</param>
/// <param name="Name">A short human name ("Logo reveal").</param>
/// <param name="DurationInFrames">The duration at the project fps.</param>
/// <param name="Description">One or two sentences about what the scene shows.</param>
/// <param name="Version">1 when created, +1 on every edit.</param>
/// <param name="CreatedTurn">The turn that created it.</param>
/// <param name="UpdatedTurn">The turn that last created or edited it.</param>
/// <param name="DeletedTurn">The turn that deleted it, or null while it is live.</param>
public sealed record SceneEntry(
    string Id,
    int Order,
    string Name,
    int DurationInFrames,
    string Description,
    int Version,
    int CreatedTurn,
    int UpdatedTurn,
    int? DeletedTurn = null);
