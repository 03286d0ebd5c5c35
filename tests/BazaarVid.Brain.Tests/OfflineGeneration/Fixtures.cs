using System.Collections.Immutable;
using BazaarVid.Context;

namespace BazaarVid.Brain.Tests.OfflineGeneration;

/// <summary>Styles, ledgers, preferences and requests for the generator tests.</summary>
internal static class Fixtures
{
    public static StyleProfile Dark { get; } = new(
        "generic",
        "Generic dark",
        ["dark"],
        "A clean dark style.",
        new StylePalette("#0B0B0F", "#17171F", "#FFFFFF", "#00E5FF", "#F5F5F7", "#A1A1AA"),
        new StyleTypography("Inter, 'Helvetica Neue', Arial, sans-serif", "Inter, Arial, sans-serif", 700, -0.02, false),
        ["one idea per scene"],
        new StyleMotion("Easing.bezier(0.16, 1, 0.3, 1)", 200, 100, 1, "medium"));

    public static StyleProfile Neon { get; } = new(
        "cyberpunk",
        "Cyberpunk",
        ["neon", "cyber"],
        "Neon on black with glitchy energy.",
        new StylePalette("#05010D", "#140A24", "#F8F8FF", "#FF2BD6", "#EDE7FF", "#9C8FB8"),
        new StyleTypography("'Space Grotesk', 'Helvetica Neue', Arial, sans-serif", "'Space Grotesk', Arial, sans-serif", 800, 0.02, true),
        ["gradient backgrounds", "high contrast"],
        new StyleMotion("Easing.out(Easing.exp)", 12, 180, 0.7, "fast"));

    public static StyleProfile Light { get; } = new(
        "apple",
        "Apple",
        ["minimal", "clean"],
        "White space and calm motion.",
        new StylePalette("#FFFFFF", "#F5F5F7", "#1D1D1F", "#0071E3", "#1D1D1F", "#6E6E73"),
        new StyleTypography("-apple-system, 'SF Pro Display', 'Helvetica Neue', Arial, sans-serif", "-apple-system, 'Helvetica Neue', Arial, sans-serif", 600, -0.03, false),
        ["generous white space"],
        new StyleMotion("Easing.bezier(0.25, 0.1, 0.25, 1)", 200, 80, 1, "slow"));

    public const string LogoUrl = "https://cdn.example.test/p1/spinlio-logo.png";
    public const string ScreenshotUrl = "https://cdn.example.test/p1/dashboard.png";
    public const string PhotoUrl = "https://cdn.example.test/p1/team.jpg";
    public const string NewUpload = "https://cdn.example.test/p1/upload-42.png";

    /// <summary>A ledger with a logo (turn 1), a screenshot (turn 2) and a photo (turn 3).</summary>
    public static AssetLedger Ledger { get; } = AssetLedger.Empty
        .Add(new AssetReference(LogoUrl, LedgerSource.Upload, "spinlio-logo.png", "logo", ["logo"]), 1)
        .Add(new AssetReference(ScreenshotUrl, LedgerSource.Upload, "dashboard.png", "image", ["screenshot", "ui"]), 2)
        .Add(new AssetReference(PhotoUrl, LedgerSource.Upload, "team.jpg", "image", ["photo"]), 3);

    public static SceneGenerationRequest Request(string prompt, StyleProfile? style = null) => new()
    {
        Prompt = prompt,
        ProjectId = "p1",
        ConversationId = "c1",
        Turn = 1,
        Style = style ?? Dark,
    };

    public static PreferenceSet Preferences(params PreferenceObservation[] observations) =>
        PreferenceSet.Empty.Apply(observations, 1);

    public static PreferenceObservation Duration(double seconds, PreferenceBound bound = PreferenceBound.Exactly) =>
        new(PreferenceKind.SceneDuration, seconds.ToString(System.Globalization.CultureInfo.InvariantCulture), 0.9, true, "each scene", seconds, bound);

    public static PreferenceObservation Prefer(PreferenceKind kind, string value) => new(kind, value, 0.9, true, value);

    public static StoredScene Stored(SceneSpec spec, int order = 1) => new(
        "p1", "c1", spec.SceneId, order, spec.Name, SceneCodeEmitter.Emit(spec), spec.DurationInFrames, spec,
        1, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, null);

    public static ImmutableArray<T> Array<T>(params T[] items) => [.. items];
}
