using System.Collections.Immutable;
using BazaarVid.Assets;

namespace BazaarVid.Brain;

/// <summary>Which route a turn took.</summary>
public enum RouteKind
{
    /// <summary>A new scene was built.</summary>
    Builder,

    /// <summary>An existing scene was edited.</summary>
    Editor,

    /// <summary>A scene was soft-deleted.</summary>
    Delete,

    /// <summary>A question was asked back.</summary>
    Clarification,
}

/// <summary>An upload or image URL of the turn that could not be added, with the typed reason.</summary>
/// <param name="Name">The file name or URL.</param>
/// <param name="Code">The machine-readable error code.</param>
/// <param name="Message">What was wrong.</param>
public sealed record RejectedAsset(string Name, string Code, string Message);

/// <summary>Milliseconds spent per stage of one turn (monotonic clock of the injected <see cref="TimeProvider"/>).</summary>
/// <param name="Persist">Storing the user message.</param>
/// <param name="Assets">Ingesting uploads and references (analysis is not awaited).</param>
/// <param name="Context">Loading the context.</param>
/// <param name="Style">Extracting and resolving the style.</param>
/// <param name="Decision">Intent analysis and routing.</param>
/// <param name="Generation">Generating (and repairing) code, validating it and storing the scene.</param>
/// <param name="Store">Storing the reply.</param>
/// <param name="Total">The whole turn.</param>
public sealed record BrainTimings(double Persist, double Assets, double Context, double Style, double Decision, double Generation, double Store, double Total);

/// <summary>What the brain did with a turn.</summary>
/// <param name="Turn">The turn number of the user message.</param>
/// <param name="Decision">The decision.</param>
/// <param name="Route">The route taken.</param>
/// <param name="Approach">Direct code or JSON then code, for builder and editor routes; null otherwise.</param>
/// <param name="Style">The style applied, or null when no scene was generated.</param>
/// <param name="Scene">The stored scene version (created, edited, or deleted), or null.</param>
/// <param name="Validation">The validation report of the stored code, or null when no code was generated.</param>
/// <param name="Clarification">The question asked back, or null.</param>
/// <param name="NewAssets">Assets added by this turn's uploads and image URLs.</param>
/// <param name="RejectedAssets">Uploads or URLs that were refused, with reasons.</param>
/// <param name="AssistantMessage">The reply stored in the conversation.</param>
/// <param name="Timings">Milliseconds per stage.</param>
public sealed record BrainResponse(
    int Turn,
    BrainDecision Decision,
    RouteKind Route,
    GenerationApproach? Approach,
    StyleProfile? Style,
    StoredScene? Scene,
    SceneValidationReport? Validation,
    string? Clarification,
    ImmutableArray<Asset> NewAssets,
    ImmutableArray<RejectedAsset> RejectedAssets,
    string AssistantMessage,
    BrainTimings Timings);
