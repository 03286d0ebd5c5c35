using System.Collections.Immutable;
using BazaarVid.Context;

namespace BazaarVid.Brain;

/// <summary>How scene code is produced.</summary>
public enum GenerationApproach
{
    /// <summary>The generator writes the scene code in one step.</summary>
    DirectCode,

    /// <summary>The generator first writes a <see cref="SceneSpec"/> as JSON, then code from it (for complex scenes).</summary>
    JsonThenCode,
}

/// <summary>What the decision engine looks at.</summary>
/// <param name="Prompt">The person's text, verbatim.</param>
/// <param name="AssetCount">Assets involved: those of this message plus those the prompt points at (0 or more).</param>
/// <param name="Preferences">The conversation's preferences; each component to prefer ("logo") adds an element.</param>
/// <param name="IsEdit">True when an existing scene is edited.</param>
public sealed record GenerationDecisionRequest(string Prompt, int AssetCount, PreferenceSet Preferences, bool IsEdit);

/// <summary>What the complexity analysis found in a request.</summary>
/// <param name="ElementCount">Elements the scene will hold: the largest of the quoted strings, the list items and the counted items (at least 1), plus preferred components.</param>
/// <param name="QuotedStrings">Strings in double or curly quotes.</param>
/// <param name="ListItems">Items of the longest enumeration such as "a, b and c" (0 when none).</param>
/// <param name="CountedItems">Items announced with a number ("three cards", "a 2x2 grid").</param>
/// <param name="PreferredComponents">Active prefer-component preferences.</param>
/// <param name="LayoutCues">Layout cues found, canonical names in a fixed order (grid, columns, split-screen, …).</param>
/// <param name="AnimationCues">Animation cues found, canonical names in a fixed order (stagger, sequence, parallax, …).</param>
/// <param name="AssetCount">Assets involved.</param>
public sealed record ComplexityCues(
    int ElementCount,
    int QuotedStrings,
    int ListItems,
    int CountedItems,
    int PreferredComponents,
    ImmutableArray<string> LayoutCues,
    ImmutableArray<string> AnimationCues,
    int AssetCount)
{
    /// <inheritdoc />
    public bool Equals(ComplexityCues? other) =>
        other is not null && ElementCount == other.ElementCount && QuotedStrings == other.QuotedStrings
        && ListItems == other.ListItems && CountedItems == other.CountedItems && PreferredComponents == other.PreferredComponents
        && LayoutCues.SequenceEqual(other.LayoutCues) && AnimationCues.SequenceEqual(other.AnimationCues) && AssetCount == other.AssetCount;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ElementCount, LayoutCues.Length, AnimationCues.Length, AssetCount);
}

/// <summary>The engine's choice for one request, with its reasons.</summary>
/// <param name="Approach">Direct code or JSON then code.</param>
/// <param name="ComplexityScore">The score compared with <see cref="GenerationDecisionOptions.JsonThenCodeThreshold"/> (0 or more).</param>
/// <param name="Rationale">Why, in one sentence built from the cues (no user text).</param>
/// <param name="EstimatedTokens">Expected output tokens of the generation (see <see cref="GenerationDecisionOptions"/> for the formula).</param>
/// <param name="Cues">What the analysis found.</param>
public sealed record GenerationDecision(GenerationApproach Approach, int ComplexityScore, string Rationale, int EstimatedTokens, ComplexityCues Cues);
