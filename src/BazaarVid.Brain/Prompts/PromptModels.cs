namespace BazaarVid.Brain;

/// <summary>One asset as listed under MANDATORY ASSET USAGE.</summary>
/// <param name="Id">The ledger id (A1, …).</param>
/// <param name="Type">image, svg, logo, video, audio, font or other.</param>
/// <param name="Tags">Comma-separated tags, or empty.</param>
/// <param name="Url">The exact URL.</param>
/// <param name="Required">True when the code must use it.</param>
public sealed record PromptAsset(string Id, string Type, string Tags, string Url, bool Required);

/// <summary>A scene as shown to the model: its place, name and (when relevant) code.</summary>
/// <param name="Id">The scene id.</param>
/// <param name="Order">1-based position.</param>
/// <param name="Name">Its name.</param>
/// <param name="DurationInFrames">Its duration.</param>
/// <param name="Code">Its code, or empty when not shown.</param>
public sealed record PromptScene(string Id, int Order, string Name, int DurationInFrames, string Code);

/// <summary>An image fact as shown to the model.</summary>
/// <param name="AssetId">The ledger id of the analysed asset.</param>
/// <param name="Summary">One sentence.</param>
public sealed record PromptImageFact(string AssetId, string Summary);

/// <summary>A validation finding as shown to the model in a repair prompt.</summary>
/// <param name="Code">The finding code.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Url">The URL concerned, or null.</param>
public sealed record PromptFinding(string Code, string Message, int Line, int Column, string? Url);

/// <summary>
/// Everything a scene prompt template can show. Arrays (not immutable arrays) so that Handlebars treats an empty
/// list as false in <c>{{#if}}</c>. User text (<see cref="Prompt"/>, code) is data: it is rendered literally, never evaluated.
/// </summary>
public sealed record ScenePromptModel
{
    /// <summary>The scene id.</summary>
    public required string SceneId { get; init; }

    /// <summary>The duration to emit.</summary>
    public required int DurationInFrames { get; init; }

    /// <summary>Frames per second.</summary>
    public int Fps { get; init; } = 30;

    /// <summary>Canvas width.</summary>
    public int Width { get; init; } = 1920;

    /// <summary>Canvas height.</summary>
    public int Height { get; init; } = 1080;

    /// <summary>The person's prompt, verbatim.</summary>
    public required string Prompt { get; init; }

    /// <summary>Every asset of the conversation.</summary>
    public PromptAsset[] Assets { get; init; } = [];

    /// <summary>Preference lines.</summary>
    public string[] Preferences { get; init; } = [];

    /// <summary>The style to apply.</summary>
    public required StyleProfile Style { get; init; }

    /// <summary>Image facts that have arrived.</summary>
    public PromptImageFact[] ImageFacts { get; init; } = [];

    /// <summary>For new scenes: true when the storyboard is empty.</summary>
    public bool IsFirstScene { get; init; }

    /// <summary>For new scenes: the live scenes so far.</summary>
    public PromptScene[] PreviousScenes { get; init; } = [];

    /// <summary>For new scenes: the last scene's code, the style reference.</summary>
    public string LastSceneCode { get; init; } = string.Empty;

    /// <summary>For edits: surgical, creative or duration only.</summary>
    public string EditKind { get; init; } = string.Empty;

    /// <summary>For edits: true when the duration must not change.</summary>
    public bool KeepDuration { get; init; } = true;

    /// <summary>For edits: the scene being edited, with its code.</summary>
    public PromptScene? Target { get; init; }

    /// <summary>For edits: the neighbouring scenes with their code.</summary>
    public PromptScene[] Neighbours { get; init; } = [];

    /// <summary>For edits: scenes the request refers to, with their code.</summary>
    public PromptScene[] References { get; init; } = [];

    /// <summary>For JSON-then-code edits: the current spec as JSON.</summary>
    public string CurrentSpec { get; init; } = string.Empty;

    /// <summary>For the code-from-spec step: the spec as JSON.</summary>
    public string Spec { get; init; } = string.Empty;

    /// <summary>For repairs: the rejected code.</summary>
    public string Code { get; init; } = string.Empty;

    /// <summary>For repairs: what was wrong.</summary>
    public PromptFinding[] Findings { get; init; } = [];
}
