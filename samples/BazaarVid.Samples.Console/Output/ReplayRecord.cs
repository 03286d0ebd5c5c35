using System.Collections.Immutable;

namespace BazaarVid.Samples.Console.Output;

/// <summary>A scene reference: id, 1-based position in the storyboard, name.</summary>
public sealed record SceneRef(string Id, int Index, string Name);

/// <summary>The scene after a turn.</summary>
public sealed record SceneOut(string Id, int Index, string Name, int DurationInFrames, string Code);

/// <summary>The learned preferences after a turn (null where unknown).</summary>
public sealed record PreferencesOut(double? SceneDurationSeconds, string? Pacing, string? VisualStyle, string? AnimationStyle);

/// <summary>One finding of the validation.</summary>
public sealed record FindingOut(string Code, string? Url, int Line, int Column, string Message);

/// <summary>The validation of the turn's code.</summary>
public sealed record ValidationOut(bool Valid, ImmutableArray<FindingOut> Errors);

/// <summary>The timings that matter.</summary>
public sealed record TimingsOut(double Decision, double Total);

/// <summary>One line of a replay's output (camelCase JSON, exactly these fields).</summary>
public sealed record ReplayRecord(
    int Turn,
    string Project,
    string Conversation,
    string Decision,
    string? EditKind,
    SceneRef? TargetScene,
    string? Approach,
    string? Style,
    PreferencesOut Preferences,
    ImmutableArray<string> AssetUrls,
    SceneOut? Scene,
    ValidationOut Validation,
    string? Clarification,
    TimingsOut TimingsMs);
