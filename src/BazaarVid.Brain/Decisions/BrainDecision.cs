using System.Collections.Immutable;

namespace BazaarVid.Brain;

/// <summary>What the brain decided to do with a prompt.</summary>
public enum DecisionType
{
    /// <summary>Create a new scene.</summary>
    NewScene,

    /// <summary>Edit an existing scene (<see cref="BrainDecision.TargetSceneId"/>).</summary>
    EditScene,

    /// <summary>Soft-delete an existing scene (<see cref="BrainDecision.TargetSceneId"/>).</summary>
    DeleteScene,

    /// <summary>Ask the person a question first (<see cref="BrainDecision.ClarificationQuestion"/>).</summary>
    AskClarification,
}

/// <summary>How much of a scene an edit changes.</summary>
public enum EditKind
{
    /// <summary>A precise change to one or a few properties (colour, size, text, position, speed).</summary>
    Surgical,

    /// <summary>A broader rework (new look, new layout, "make it better with…").</summary>
    Creative,

    /// <summary>Only the duration changes.</summary>
    DurationOnly,
}

/// <summary>The brain's decision for one prompt, with its reasons.</summary>
/// <param name="Type">New, edit, delete or ask.</param>
/// <param name="TargetSceneId">The scene an edit or delete aims at; null otherwise.</param>
/// <param name="ReferencedSceneIds">Other scenes the prompt refers to ("use the same background as scene 1").</param>
/// <param name="EditKind">For edits: surgical, creative or duration only.</param>
/// <param name="RequestedDurationInFrames">A duration the person asked for (15–1800 frames at the project fps), or null.</param>
/// <param name="Confidence">0 to 1.</param>
/// <param name="Reasoning">Why, in one or two sentences, for logs and people.</param>
/// <param name="ClarificationQuestion">The question to ask when <see cref="Type"/> is <see cref="DecisionType.AskClarification"/>; it names the options.</param>
/// <param name="InsertPosition">For new scenes: the 1-based position to insert at ("add a scene after scene 2" → 3), or null to append.</param>
public sealed record BrainDecision(
    DecisionType Type,
    string? TargetSceneId,
    ImmutableArray<string> ReferencedSceneIds,
    EditKind? EditKind,
    int? RequestedDurationInFrames,
    double Confidence,
    string Reasoning,
    string? ClarificationQuestion,
    int? InsertPosition = null)
{
    /// <inheritdoc />
    public bool Equals(BrainDecision? other) =>
        other is not null
        && Type == other.Type && TargetSceneId == other.TargetSceneId
        && ReferencedSceneIds.SequenceEqual(other.ReferencedSceneIds)
        && EditKind == other.EditKind && RequestedDurationInFrames == other.RequestedDurationInFrames
        && Confidence.Equals(other.Confidence) && Reasoning == other.Reasoning && ClarificationQuestion == other.ClarificationQuestion
        && InsertPosition == other.InsertPosition;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type, TargetSceneId, EditKind);
}
