using System.Collections.Immutable;

namespace BazaarVid.Brain;

/// <summary>
/// Emits the TSX code of a <see cref="SceneSpec"/>, following the scene contract exactly: it destructures only the
/// Remotion names it uses from <c>window.Remotion</c>, exports <c>default function Scene_&lt;ID&gt;()</c> and
/// <c>durationInFrames_&lt;ID&gt;</c>, suffixes every top-level name, animates from the frame with clamped
/// <c>interpolate</c> calls and <c>spring({ frame, fps, config })</c>, sizes everything from <c>width</c>/<c>height</c>
/// (landscape, portrait and square), uses the style's palette and fonts, shows images with <c>&lt;Img&gt;</c> and
/// their exact URL, and escapes all text. Out-of-range values in the spec are clamped, images without a URL are left
/// out. The same spec always gives the same bytes.
/// </summary>
public static class SceneCodeEmitter
{
    /// <summary>Emits the code of <paramref name="spec"/>.</summary>
    /// <exception cref="ArgumentException">The spec's scene id is not 8 characters <c>[a-z0-9]</c>.</exception>
    public static string Emit(SceneSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (!SceneIds.IsValid(spec.SceneId))
        {
            throw new ArgumentException($"Scene id '{spec.SceneId}' is not 8 characters [a-z0-9].", nameof(spec));
        }

        return new SceneWriter(Normalize(spec)).Write();
    }

    /// <summary>The spec with every value the code depends on brought into range (what the emitter actually draws).</summary>
    internal static SceneSpec Normalize(SceneSpec spec)
    {
        var duration = MotionRules.ClampDuration(spec.DurationInFrames);
        var elements = (spec.Elements.IsDefault ? [] : spec.Elements)
            .Where(e => e is not null)
            .Where(e => e.Kind is not (ElementKind.Image or ElementKind.Logo) || !string.IsNullOrWhiteSpace(e.AssetUrl))
            .Where(e => !SpecTools.IsText(e.Kind) || !string.IsNullOrWhiteSpace(e.Text))
            .Select(e => e with
            {
                Color = Colors.NormalizeHex(e.Color),
                Scale = double.IsFinite(e.Scale) && e.Scale > 0 ? Math.Clamp(e.Scale, 0.25, 4) : 1,
                DelayFrames = Math.Clamp(e.DelayFrames, 0, duration - 1),
                Position = Enum.IsDefined(e.Position) ? e.Position : ElementPosition.Flow,
                Animation = ScenePlanner.Fit(e.Kind, e.Text, Enum.IsDefined(e.Animation) ? e.Animation : AnimationKind.Fade),
            })
            .ToImmutableArray();
        var palette = SpecTools.Sanitize(spec.Palette);
        var background = spec.Background ?? new SceneBackground(palette.Background, null, null);
        var typography = spec.Typography ?? new StyleTypography("Inter, 'Helvetica Neue', Arial, sans-serif", "Inter, 'Helvetica Neue', Arial, sans-serif", 700, 0, false);
        var motion = spec.Motion ?? new StyleMotion(MotionRules.DefaultEasing, 200, 100, 1, "medium");
        return spec with
        {
            DurationInFrames = duration,
            Layout = Enum.IsDefined(spec.Layout) ? spec.Layout : SceneLayout.Centered,
            Elements = elements,
            Palette = palette,
            Background = new SceneBackground(
                Colors.OrDefault(background.Color, palette.Background),
                Colors.NormalizeHex(background.GradientTo),
                string.IsNullOrWhiteSpace(background.ImageUrl) ? null : background.ImageUrl),
            Typography = typography with
            {
                HeadingFont = typography.HeadingFont ?? "sans-serif",
                BodyFont = typography.BodyFont ?? "sans-serif",
                HeadingWeight = Math.Clamp((int)Math.Round(typography.HeadingWeight / 100.0) * 100, 100, 900),
                LetterSpacing = double.IsFinite(typography.LetterSpacing) ? Math.Clamp(typography.LetterSpacing, -0.2, 0.5) : 0,
            },
            Motion = motion with { Easing = MotionRules.SafeEasing(motion.Easing), Pacing = MotionRules.Normalize(motion.Pacing) ?? "medium" },
            StaggerFrames = Math.Clamp(spec.StaggerFrames, 0, duration),
            ExitFrames = Math.Clamp(spec.ExitFrames, 0, duration / 2),
        };
    }
}
