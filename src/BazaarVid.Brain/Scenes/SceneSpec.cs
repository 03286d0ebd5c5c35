using System.Collections.Immutable;

namespace BazaarVid.Brain;

/// <summary>How a scene arranges its elements.</summary>
public enum SceneLayout
{
    /// <summary>Everything centred in a column.</summary>
    Centered,

    /// <summary>Text on one side, an image on the other.</summary>
    Split,

    /// <summary>Cards in a grid or a row (features, pricing).</summary>
    Grid,

    /// <summary>A large quote with its attribution.</summary>
    Quote,

    /// <summary>A full-bleed image with text over it.</summary>
    FullBleed,
}

/// <summary>What an element is.</summary>
public enum ElementKind
{
    /// <summary>The main line of text.</summary>
    Headline,

    /// <summary>A smaller line under the headline.</summary>
    Subheadline,

    /// <summary>A card with a title (features, plans).</summary>
    Card,

    /// <summary>An image asset.</summary>
    Image,

    /// <summary>The logo asset.</summary>
    Logo,

    /// <summary>A decorative shape (line, ring, glow).</summary>
    Shape,
}

/// <summary>Where an element sits on the canvas.</summary>
public enum ElementPosition
{
    /// <summary>In the layout's flow (the default).</summary>
    Flow,

    /// <summary>Top left corner.</summary>
    TopLeft,

    /// <summary>Top right corner.</summary>
    TopRight,

    /// <summary>Bottom left corner.</summary>
    BottomLeft,

    /// <summary>Bottom right corner.</summary>
    BottomRight,
}

/// <summary>How an element enters.</summary>
public enum AnimationKind
{
    /// <summary>Opacity from 0 to 1.</summary>
    Fade,

    /// <summary>Slides up into place while fading in.</summary>
    SlideUp,

    /// <summary>Slides in from the left.</summary>
    SlideFromLeft,

    /// <summary>Slides in from the right.</summary>
    SlideFromRight,

    /// <summary>Scales from small to full size.</summary>
    Scale,

    /// <summary>A spring scale with the style's spring settings.</summary>
    Spring,

    /// <summary>Text appears character by character.</summary>
    Typewriter,

    /// <summary>A short horizontal jitter with colour split, then settles.</summary>
    Glitch,
}

/// <summary>One element of a scene.</summary>
/// <param name="Id">Stable within the scene (e1, e2, …) so edits can address it.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Text">Its text (headlines, cards); for shapes the shape (<c>line</c>, <c>ring</c>, <c>glow</c>, <c>circle</c>); otherwise null.</param>
/// <param name="AssetUrl">For images and logos: an exact asset URL from the ledger; never invented.</param>
/// <param name="Color">A colour override (<c>#RRGGBB</c>), or null for the style's.</param>
/// <param name="Scale">Size relative to the layout's default (1 = default; 0.25–4).</param>
/// <param name="Position">Where it sits.</param>
/// <param name="Animation">How it enters.</param>
/// <param name="DelayFrames">Frames after the scene start before it enters.</param>
public sealed record SceneElement(
    string Id,
    ElementKind Kind,
    string? Text,
    string? AssetUrl,
    string? Color,
    double Scale,
    ElementPosition Position,
    AnimationKind Animation,
    int DelayFrames);

/// <summary>The background of a scene.</summary>
/// <param name="Color">The base colour (<c>#RRGGBB</c>).</param>
/// <param name="GradientTo">A second colour for a linear gradient, or null.</param>
/// <param name="ImageUrl">An asset URL used as a background image, or null.</param>
public sealed record SceneBackground(string Color, string? GradientTo, string? ImageUrl);

/// <summary>
/// The structured description of a scene, from which code is emitted: what the offline planner produces, what the
/// LLM's JSON-then-code path produces first, and what edits change before the code is emitted again.
/// </summary>
/// <param name="SceneId">8 characters <c>[a-z0-9]</c>; every top-level name of the code is suffixed with it.</param>
/// <param name="Name">A short human name.</param>
/// <param name="DurationInFrames">15–1800 at the project fps.</param>
/// <param name="Layout">The arrangement.</param>
/// <param name="Background">The background.</param>
/// <param name="Elements">The elements, in reading order.</param>
/// <param name="StyleKey">The style applied (see <see cref="StyleProfile.Key"/>).</param>
/// <param name="Palette">The colours used.</param>
/// <param name="Typography">The fonts used.</param>
/// <param name="Motion">Easing, spring and pacing.</param>
/// <param name="StaggerFrames">Frames between the entries of consecutive elements (0 for together).</param>
public sealed record SceneSpec(
    string SceneId,
    string Name,
    int DurationInFrames,
    SceneLayout Layout,
    SceneBackground Background,
    ImmutableArray<SceneElement> Elements,
    string StyleKey,
    StylePalette Palette,
    StyleTypography Typography,
    StyleMotion Motion,
    int StaggerFrames)
{
    /// <summary>Frames at the end over which the whole scene fades out ("fade out slowly"); 0 for none.</summary>
    public int ExitFrames { get; init; }

    /// <inheritdoc />
    public bool Equals(SceneSpec? other) =>
        other is not null && SceneId == other.SceneId && Name == other.Name && DurationInFrames == other.DurationInFrames
        && Layout == other.Layout && Background == other.Background && Elements.SequenceEqual(other.Elements)
        && StyleKey == other.StyleKey && Palette == other.Palette && Typography == other.Typography
        && Motion == other.Motion && StaggerFrames == other.StaggerFrames && ExitFrames == other.ExitFrames;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(SceneId, DurationInFrames, Elements.Length);
}
