using System.Collections.Immutable;
using BazaarVid.Context;

namespace BazaarVid.Brain;

/// <summary>Where a decision goes next: the scene builder, the scene editor, a delete, or a question back.</summary>
/// <param name="Decision">The decision that was routed.</param>
public abstract record SceneRoute(BrainDecision Decision);

/// <summary>The style of one earlier scene, for keeping a new scene consistent with it.</summary>
/// <param name="SceneId">The scene.</param>
/// <param name="Order">Its 1-based position.</param>
/// <param name="Name">Its name.</param>
/// <param name="StyleKey">The style applied, when the scene has a spec.</param>
/// <param name="Palette">Its colours, when the scene has a spec.</param>
/// <param name="Typography">Its fonts, when the scene has a spec.</param>
/// <param name="Background">Its background, when the scene has a spec.</param>
public sealed record SceneStyleFacts(
    string SceneId,
    int Order,
    string Name,
    string? StyleKey,
    StylePalette? Palette,
    StyleTypography? Typography,
    SceneBackground? Background);

/// <summary>Build a new scene.</summary>
/// <param name="Decision">The decision.</param>
/// <param name="IsFirstScene">True when the storyboard has no live scene yet.</param>
/// <param name="InsertPosition">The 1-based position to insert at, or null to append.</param>
/// <param name="PreviousScene">The scene the new one follows (the last scene when appending), with its code: the style to continue.</param>
/// <param name="RecentStyles">Style facts of up to three scenes before the insert point, in storyboard order.</param>
/// <param name="ReferencedScenes">Scenes the prompt refers to ("like scene 2"), newest versions.</param>
/// <param name="Preferences">The active preferences.</param>
/// <param name="ImageFacts">Facts of the image analyses that have arrived and succeeded.</param>
/// <param name="AttachedAssetUrls">Asset URLs of THIS message only.</param>
public sealed record BuilderRoute(
    BrainDecision Decision,
    bool IsFirstScene,
    int? InsertPosition,
    StoredScene? PreviousScene,
    ImmutableArray<SceneStyleFacts> RecentStyles,
    ImmutableArray<StoredScene> ReferencedScenes,
    ImmutableArray<Preference> Preferences,
    ImmutableArray<ImageFact> ImageFacts,
    ImmutableArray<string> AttachedAssetUrls) : SceneRoute(Decision)
{
    /// <inheritdoc />
    public bool Equals(BuilderRoute? other) =>
        other is not null && Decision.Equals(other.Decision) && IsFirstScene == other.IsFirstScene && InsertPosition == other.InsertPosition
        && Equals(PreviousScene, other.PreviousScene) && RecentStyles.SequenceEqual(other.RecentStyles)
        && ReferencedScenes.SequenceEqual(other.ReferencedScenes) && Preferences.SequenceEqual(other.Preferences)
        && ImageFacts.SequenceEqual(other.ImageFacts) && AttachedAssetUrls.SequenceEqual(other.AttachedAssetUrls);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Decision, IsFirstScene, InsertPosition, RecentStyles.Length);
}

/// <summary>Edit an existing scene.</summary>
/// <param name="Decision">The decision (edit kind, requested duration).</param>
/// <param name="Target">The target's current version, with its code.</param>
/// <param name="Neighbours">The previous and next scenes; the two before when the target is last; the two after when it is first. In storyboard order.</param>
/// <param name="ReferencedScenes">Scenes the prompt refers to ("the same background as scene 1"), newest versions.</param>
/// <param name="AttachedAssetUrls">Asset URLs of THIS message only ("replace the logo with this one").</param>
public sealed record EditorRoute(
    BrainDecision Decision,
    StoredScene Target,
    ImmutableArray<StoredScene> Neighbours,
    ImmutableArray<StoredScene> ReferencedScenes,
    ImmutableArray<string> AttachedAssetUrls) : SceneRoute(Decision)
{
    /// <inheritdoc />
    public bool Equals(EditorRoute? other) =>
        other is not null && Decision.Equals(other.Decision) && Target.Equals(other.Target) && Neighbours.SequenceEqual(other.Neighbours)
        && ReferencedScenes.SequenceEqual(other.ReferencedScenes) && AttachedAssetUrls.SequenceEqual(other.AttachedAssetUrls);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Decision, Target.SceneId, Neighbours.Length);
}

/// <summary>Soft-delete a scene.</summary>
/// <param name="Decision">The decision.</param>
/// <param name="Target">The scene to delete, as the storyboard knows it.</param>
public sealed record DeleteRoute(BrainDecision Decision, SceneEntry Target) : SceneRoute(Decision);

/// <summary>Ask the person first; nothing is generated.</summary>
/// <param name="Decision">The decision.</param>
/// <param name="Question">The question, naming the options.</param>
public sealed record ClarificationRoute(BrainDecision Decision, string Question) : SceneRoute(Decision);
