using System.Collections.Immutable;
using BazaarVid.Context;

namespace BazaarVid.Brain;

/// <summary>How a prompt names a scene.</summary>
internal enum MentionKind
{
    /// <summary>"scene 3", "scene three", "slide 2".</summary>
    Number,

    /// <summary>"the third scene", "the last one", "the second one".</summary>
    Ordinal,

    /// <summary>"the previous scene", "the next one": relative to the most recent scene.</summary>
    Relative,

    /// <summary>"the latest scene", "the most recent one".</summary>
    Latest,

    /// <summary>By name or description words: "the logo scene", "the pricing one", "the testimonial".</summary>
    Name,

    /// <summary>"it", "this", "that", "this scene", "the scene": the most recent scene.</summary>
    Pronoun,
}

/// <summary>What the named scene is to the request.</summary>
internal enum MentionRole
{
    /// <summary>The scene to act on.</summary>
    Target,

    /// <summary>A scene to take something from ("as scene 1", "like the intro").</summary>
    Reference,

    /// <summary>A new scene goes after it.</summary>
    After,

    /// <summary>A new scene goes before it.</summary>
    Before,
}

/// <summary>Why a mention does not name exactly one live scene.</summary>
internal enum MentionProblem
{
    None,

    /// <summary>A number or ordinal past the end of the storyboard.</summary>
    OutOfRange,

    /// <summary>A name that matches no scene ("the weather scene").</summary>
    NotFound,

    /// <summary>A name that matches several scenes equally well.</summary>
    Ambiguous,

    /// <summary>"previous"/"next" from the most recent scene, which has no such neighbour.</summary>
    NoNeighbour,

    /// <summary>The storyboard is empty.</summary>
    NoScenes,
}

/// <summary>One place where a prompt names a scene, resolved against the storyboard.</summary>
/// <param name="Start">The first token.</param>
/// <param name="End">The last token.</param>
/// <param name="Kind">How the scene is named.</param>
/// <param name="Role">Target, reference or position.</param>
/// <param name="Scene">The scene, when exactly one matches.</param>
/// <param name="Options">The tied scenes of an ambiguous name.</param>
/// <param name="Problem">Why no single scene matches.</param>
/// <param name="Label">How the prompt named it, for questions ("scene 9", "the card scene").</param>
/// <param name="Number">The number or ordinal position asked for (0 when not numeric).</param>
/// <param name="ElementOnly">A name made only of element words ("the tagline") that matched a scene name exactly.</param>
internal sealed record SceneMention(
    int Start,
    int End,
    MentionKind Kind,
    MentionRole Role,
    SceneEntry? Scene,
    ImmutableArray<SceneEntry> Options,
    MentionProblem Problem,
    string Label,
    int Number = 0,
    bool ElementOnly = false)
{
    /// <summary>True for every kind except pronouns: the prompt chose this scene explicitly.</summary>
    public bool IsExplicit => Kind != MentionKind.Pronoun;
}
