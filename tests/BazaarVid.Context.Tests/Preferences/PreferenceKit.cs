using Microsoft.Extensions.Options;

namespace BazaarVid.Context.Tests.Preferences;

/// <summary>The extractor at the default 30 fps and small helpers to read what it found.</summary>
internal static class PreferenceKit
{
    public static RuleBasedPreferenceExtractor Extractor { get; } = Create();

    public static RuleBasedPreferenceExtractor Create(int fps = 30) => new(Options.Create(new ContextOptions { Fps = fps }));

    public static PreferenceExtraction Extract(string text) => Extractor.Extract(text);

    public static List<PreferenceObservation> Of(this PreferenceExtraction extraction, PreferenceKind kind) =>
        [.. extraction.Observations.Where(o => o.Kind == kind)];

    public static List<string> Values(this PreferenceExtraction extraction, PreferenceKind kind) =>
        [.. extraction.Observations.Where(o => o.Kind == kind).Select(o => o.Value)];

    public static PreferenceObservation Observe(
        PreferenceKind kind,
        string value,
        bool isExplicit = true,
        double confidence = 0.9,
        double? seconds = null,
        PreferenceBound bound = PreferenceBound.Exactly) =>
        new(kind, value, confidence, isExplicit, "evidence: " + value, seconds, bound);
}
