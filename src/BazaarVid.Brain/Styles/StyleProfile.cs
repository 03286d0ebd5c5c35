using System.Collections.Immutable;

namespace BazaarVid.Brain;

/// <summary>Colours of a style, as CSS hex strings (<c>#RRGGBB</c>).</summary>
/// <param name="Background">The canvas background.</param>
/// <param name="Surface">Cards and panels on the background.</param>
/// <param name="Primary">The main brand or headline colour.</param>
/// <param name="Accent">Highlights, lines, glows.</param>
/// <param name="Text">Body text on the background.</param>
/// <param name="MutedText">Secondary text.</param>
public sealed record StylePalette(string Background, string Surface, string Primary, string Accent, string Text, string MutedText);

/// <summary>Typography of a style. Font stacks always end in web-safe fallbacks and a generic family.</summary>
/// <param name="HeadingFont">CSS font-family stack for headlines, for example <c>"Inter, 'Helvetica Neue', Arial, sans-serif"</c>.</param>
/// <param name="BodyFont">CSS font-family stack for body text.</param>
/// <param name="HeadingWeight">CSS font weight of headlines (100–900).</param>
/// <param name="LetterSpacing">CSS letter-spacing of headlines in em (for example -0.02).</param>
/// <param name="Uppercase">True when headlines are set in capitals.</param>
public sealed record StyleTypography(string HeadingFont, string BodyFont, int HeadingWeight, double LetterSpacing, bool Uppercase);

/// <summary>The motion of a style: Remotion easing and spring settings and the default pacing.</summary>
/// <param name="Easing">A Remotion easing expression, for example <c>Easing.bezier(0.16, 1, 0.3, 1)</c>.</param>
/// <param name="SpringDamping">Spring damping (higher is calmer, 200 has no overshoot).</param>
/// <param name="SpringStiffness">Spring stiffness.</param>
/// <param name="SpringMass">Spring mass.</param>
/// <param name="Pacing">fast, medium or slow.</param>
public sealed record StyleMotion(string Easing, double SpringDamping, double SpringStiffness, double SpringMass, string Pacing);

/// <summary>A visual style the brain can apply: palette, typography, layout principles, motion.</summary>
/// <param name="Key">The stable key (for example <c>apple</c>, <c>cyberpunk</c>, <c>generic</c>).</param>
/// <param name="Name">A display name.</param>
/// <param name="Aliases">Other names and phrases that mean this style.</param>
/// <param name="Description">One sentence for prompts.</param>
/// <param name="Palette">Colours.</param>
/// <param name="Typography">Fonts.</param>
/// <param name="LayoutPrinciples">Short rules ("generous white space", "one idea per scene").</param>
/// <param name="Motion">Easing, spring and pacing.</param>
public sealed record StyleProfile(
    string Key,
    string Name,
    ImmutableArray<string> Aliases,
    string Description,
    StylePalette Palette,
    StyleTypography Typography,
    ImmutableArray<string> LayoutPrinciples,
    StyleMotion Motion)
{
    /// <inheritdoc />
    public bool Equals(StyleProfile? other) =>
        other is not null && Key == other.Key && Name == other.Name && Aliases.SequenceEqual(other.Aliases)
        && Description == other.Description && Palette == other.Palette && Typography == other.Typography
        && LayoutPrinciples.SequenceEqual(other.LayoutPrinciples) && Motion == other.Motion;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Key, Name);
}
