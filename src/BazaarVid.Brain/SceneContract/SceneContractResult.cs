using System.Collections.Immutable;

namespace BazaarVid.Brain;

/// <summary>One rule of the scene contract that a piece of code breaks (or, as a warning, may break).</summary>
/// <param name="Code">A stable kebab-case code (see <see cref="SceneContractCodes"/>).</param>
/// <param name="Message">What is wrong and how to fix it, for people and repair prompts.</param>
/// <param name="Line">1-based line of the offending code (1 when the problem is something missing).</param>
/// <param name="Column">1-based column, in UTF-16 code units.</param>
public sealed record SceneContractFinding(string Code, string Message, int Line, int Column)
{
    /// <summary>The finding as one line: <c>3:14 banned-api: …</c>.</summary>
    public override string ToString() => $"{Line}:{Column} {Code}: {Message}";
}

/// <summary>The outcome of checking scene code against the scene contract.</summary>
/// <param name="Errors">Contract violations, in source order; the code must not be stored while there is one.</param>
/// <param name="Warnings">Things that could not be verified or look wrong but are allowed, in source order.</param>
public sealed record SceneContractResult(ImmutableArray<SceneContractFinding> Errors, ImmutableArray<SceneContractFinding> Warnings)
{
    /// <summary>True when there is no error.</summary>
    public bool Valid => Errors.IsDefaultOrEmpty;

    /// <summary>The scene id read from <c>export default function Scene_&lt;ID&gt;()</c>, or null when there is none.</summary>
    public string? SceneId { get; init; }

    /// <summary>The value of the duration export when it is a valid integer literal, or null.</summary>
    public int? DurationInFrames { get; init; }

    /// <inheritdoc />
    public bool Equals(SceneContractResult? other) =>
        other is not null && Errors.SequenceEqual(other.Errors) && Warnings.SequenceEqual(other.Warnings)
        && SceneId == other.SceneId && DurationInFrames == other.DurationInFrames;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Errors.Length, Warnings.Length, SceneId, DurationInFrames);
}
