using System.Collections.Immutable;

namespace BazaarVid.Brain;

/// <summary>Which check produced a finding.</summary>
public enum FindingSource
{
    /// <summary>The asset URL validator (placeholder, unknown, forbidden or missing media URLs).</summary>
    AssetUrls,

    /// <summary>The scene contract checker (globals, exports, duration, banned APIs, interpolate ranges).</summary>
    SceneContract,
}

/// <summary>One problem found in generated scene code.</summary>
/// <param name="Source">Which check found it.</param>
/// <param name="Code">A stable kebab-case code (for example <c>unknown-url</c>, <c>banned-api</c>).</param>
/// <param name="Message">What is wrong, for people and for repair prompts.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Url">The URL concerned, or null.</param>
public sealed record SceneFinding(FindingSource Source, string Code, string Message, int Line, int Column, string? Url);

/// <summary>The result of validating one scene's code against the asset ledger and the scene contract.</summary>
/// <param name="Valid">True when there is no error.</param>
/// <param name="Errors">Problems that make the code unacceptable.</param>
/// <param name="Warnings">Problems worth knowing that do not block.</param>
/// <param name="AssetUrlsUsed">The asset URLs the code uses, distinct, in order of first use.</param>
public sealed record SceneValidationReport(
    bool Valid,
    ImmutableArray<SceneFinding> Errors,
    ImmutableArray<SceneFinding> Warnings,
    ImmutableArray<string> AssetUrlsUsed)
{
    /// <inheritdoc />
    public bool Equals(SceneValidationReport? other) =>
        other is not null && Valid == other.Valid && Errors.SequenceEqual(other.Errors)
        && Warnings.SequenceEqual(other.Warnings) && AssetUrlsUsed.SequenceEqual(other.AssetUrlsUsed);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Valid, Errors.Length, Warnings.Length);
}
