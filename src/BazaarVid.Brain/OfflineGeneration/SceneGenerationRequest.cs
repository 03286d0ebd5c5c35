using System.Collections.Immutable;
using BazaarVid.Context;

namespace BazaarVid.Brain;

/// <summary>Whether a generation creates a scene or edits one.</summary>
public enum SceneGenerationMode
{
    /// <summary>Create a new scene.</summary>
    New,

    /// <summary>Edit <see cref="SceneGenerationRequest.Current"/>.</summary>
    Edit,
}

/// <summary>
/// Everything a scene generator needs for one scene: the prompt, new or edit (with the current scene and the
/// scenes it refers to), the style, the learned preferences, the asset ledger and this message's own attachments,
/// image facts, fps and a requested duration. Generators use only what they understand; an LLM generator also
/// reads <see cref="ContextText"/>.
/// </summary>
public sealed record SceneGenerationRequest
{
    /// <summary>The person's text, verbatim.</summary>
    public required string Prompt { get; init; }

    /// <summary>The project (part of a derived scene id).</summary>
    public required string ProjectId { get; init; }

    /// <summary>The conversation (part of a derived scene id).</summary>
    public required string ConversationId { get; init; }

    /// <summary>The style to apply.</summary>
    public required StyleProfile Style { get; init; }

    /// <summary>New scene or edit. Default new.</summary>
    public SceneGenerationMode Mode { get; init; } = SceneGenerationMode.New;

    /// <summary>For edits: surgical, creative or duration only; null means surgical.</summary>
    public EditKind? EditKind { get; init; }

    /// <summary>The turn this generation answers (part of a derived scene id).</summary>
    public int Turn { get; init; }

    /// <summary>The id of a new scene; null derives one from project, conversation and turn (<see cref="SceneIds.Derive"/>). Ignored for edits.</summary>
    public string? SceneId { get; init; }

    /// <summary>The name of a new scene; null derives one from its content. For edits, null keeps the current name.</summary>
    public string? Name { get; init; }

    /// <summary>For edits: the scene as stored (its spec when it has one, and its code).</summary>
    public StoredScene? Current { get; init; }

    /// <summary>Other scenes the prompt refers to ("use the same background as scene 1"), with their order.</summary>
    public ImmutableArray<StoredScene> ReferencedScenes { get; init; } = [];

    /// <summary>Learned preferences (durations, pacing, animation style, colours, fonts, components).</summary>
    public PreferenceSet Preferences { get; init; } = PreferenceSet.Empty;

    /// <summary>Every asset URL of the conversation, with tags, types and the turn each arrived in.</summary>
    public AssetLedger Ledger { get; init; } = AssetLedger.Empty;

    /// <summary>Asset URLs uploaded or attached with THIS message only, oldest first.</summary>
    public ImmutableArray<string> AttachedAssetUrls { get; init; } = [];

    /// <summary>Image facts that have arrived (kind logo, screenshot, photo, …).</summary>
    public ImmutableArray<ImageFact> ImageFacts { get; init; } = [];

    /// <summary>Frames per second of the project (1–240). Default 30.</summary>
    public int Fps { get; init; } = 30;

    /// <summary>A duration the person asked for, in frames (clamped to 15–1800), or null.</summary>
    public int? RequestedDurationInFrames { get; init; }

    /// <summary>The rendered conversation context for an LLM generator (the offline generator does not read it), or null.</summary>
    public string? ContextText { get; init; }

    /// <summary>Canvas width in pixels (for prompts; emitted code is relative to the canvas). Default 1920.</summary>
    public int Width { get; init; } = 1920;

    /// <summary>Canvas height in pixels. Default 1080.</summary>
    public int Height { get; init; } = 1080;

    /// <summary>How an LLM generator should work: code directly, or a JSON spec first.</summary>
    public GenerationApproach Approach { get; init; } = GenerationApproach.DirectCode;

    /// <summary>The conversation's assets, the only media the code may use (for validation), or null.</summary>
    public BazaarVid.Assets.AssetContext? Assets { get; init; }

    /// <summary>The storyboard when the request was made.</summary>
    public Storyboard Storyboard { get; init; } = Storyboard.Empty;

    /// <summary>For new scenes: the last scene, whose code is the style reference.</summary>
    public StoredScene? PreviousScene { get; init; }

    /// <summary>For edits: the scenes next to the target, for continuity.</summary>
    public ImmutableArray<StoredScene> Neighbours { get; init; } = [];

    /// <inheritdoc />
    public bool Equals(SceneGenerationRequest? other) =>
        other is not null
        && Prompt == other.Prompt && ProjectId == other.ProjectId && ConversationId == other.ConversationId
        && Style.Equals(other.Style) && Mode == other.Mode && EditKind == other.EditKind && Turn == other.Turn
        && SceneId == other.SceneId && Name == other.Name && Equals(Current, other.Current)
        && Same(ReferencedScenes, other.ReferencedScenes) && Preferences.Equals(other.Preferences)
        && Ledger.Equals(other.Ledger) && Same(AttachedAssetUrls, other.AttachedAssetUrls)
        && Same(ImageFacts, other.ImageFacts) && Fps == other.Fps
        && RequestedDurationInFrames == other.RequestedDurationInFrames && ContextText == other.ContextText
        && Width == other.Width && Height == other.Height && Approach == other.Approach && Equals(Assets, other.Assets)
        && Storyboard.Equals(other.Storyboard) && Equals(PreviousScene, other.PreviousScene) && Same(Neighbours, other.Neighbours);

    private static bool Same<T>(ImmutableArray<T> a, ImmutableArray<T> b) =>
        a.IsDefault || b.IsDefault ? a.IsDefault == b.IsDefault : a.SequenceEqual(b);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Prompt, ProjectId, ConversationId, Mode, Turn);
}
