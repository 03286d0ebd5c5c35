using System.Collections.Immutable;
using System.Text;

namespace BazaarVid.Brain;

/// <summary>
/// Checks a style against <see cref="StyleValidation"/> and repairs one from an untrusted source (an LLM) so that
/// nothing unsafe or unreadable reaches generated code: invalid colours, font stacks and easings are replaced
/// from a fallback style, unreadable text is recoloured, numbers are clamped and text is trimmed.
/// </summary>
internal static class StyleRepair
{
    private const int MaxNameLength = 60;
    private const int MaxDescriptionLength = 300;
    private const int MaxPrincipleLength = 160;
    private const int MinPrinciples = 3;
    private const int MaxPrinciples = 5;
    private const int MaxFamilies = 8;
    private const double MaxSpringValue = 1000;
    private const double MaxMass = 10;
    private const double MinLetterSpacing = -0.1;
    private const double MaxLetterSpacing = 0.5;

    private static readonly string[] Pacings = ["fast", "medium", "slow"];

    /// <summary>The first rule <paramref name="style"/> breaks, or null when it is valid.</summary>
    public static string? FindProblem(StyleProfile style)
    {
        if (string.IsNullOrWhiteSpace(style.Key) || string.IsNullOrWhiteSpace(style.Name) || string.IsNullOrWhiteSpace(style.Description))
        {
            return "key, name and description are required";
        }

        var p = style.Palette;
        if (p is null || !new[] { p.Background, p.Surface, p.Primary, p.Accent, p.Text, p.MutedText }.All(StyleValidation.IsHexColor))
        {
            return "every palette colour must be #RRGGBB";
        }

        if (!StyleValidation.HasReadableText(p))
        {
            return $"text on background has contrast {StyleValidation.ContrastRatio(p.Text, p.Background):0.00}, below {StyleValidation.MinimumTextContrast}";
        }

        if (StyleValidation.ContrastRatio(p.MutedText, p.Background) < StyleValidation.MinimumLargeTextContrast)
        {
            return "muted text on background is below 3:1";
        }

        var t = style.Typography;
        if (t is null || !StyleValidation.IsValidFontStack(t.HeadingFont) || !StyleValidation.IsValidFontStack(t.BodyFont))
        {
            return "font stacks must end in a web-safe family and a generic family";
        }

        if (t.HeadingWeight is < 100 or > 900 || t.HeadingWeight % 100 != 0 || t.LetterSpacing is < MinLetterSpacing or > MaxLetterSpacing)
        {
            return "heading weight or letter spacing out of range";
        }

        if (style.Aliases.IsDefault || style.LayoutPrinciples.IsDefault
            || style.LayoutPrinciples.Length is < MinPrinciples or > MaxPrinciples
            || style.LayoutPrinciples.Any(string.IsNullOrWhiteSpace))
        {
            return "3 to 5 layout principles are required";
        }

        var m = style.Motion;
        if (m is null || !StyleValidation.IsValidEasing(m.Easing))
        {
            return "the easing is not a valid Remotion easing expression";
        }

        if (!InRange(m.SpringDamping, MaxSpringValue) || !InRange(m.SpringStiffness, MaxSpringValue) || !InRange(m.SpringMass, MaxMass)
            || !Pacings.Contains(m.Pacing, StringComparer.Ordinal))
        {
            return "spring settings or pacing out of range";
        }

        return null;
    }

    /// <summary>
    /// A valid style from <paramref name="candidate"/>: every invalid part replaced or clamped, with
    /// <paramref name="fallback"/> (a valid style) supplying replacements. <paramref name="repairs"/> names what changed.
    /// </summary>
    public static StyleProfile Repair(StyleProfile candidate, StyleProfile fallback, out ImmutableArray<string> repairs)
    {
        var changed = ImmutableArray.CreateBuilder<string>();
        var palette = RepairPalette(candidate.Palette, fallback.Palette, changed);
        var typography = RepairTypography(candidate.Typography, fallback.Typography, changed);
        var motion = RepairMotion(candidate.Motion, fallback.Motion, changed);
        var principles = RepairPrinciples(candidate.LayoutPrinciples, fallback.LayoutPrinciples, changed);
        var name = Text(candidate.Name, MaxNameLength);
        var description = Text(candidate.Description, MaxDescriptionLength);
        if (name.Length == 0)
        {
            name = fallback.Name;
            changed.Add("name");
        }

        if (description.Length == 0)
        {
            description = fallback.Description;
            changed.Add("description");
        }

        var aliases = candidate.Aliases.IsDefault
            ? []
            : candidate.Aliases.Select(a => Text(a, MaxNameLength)).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToImmutableArray();
        repairs = changed.ToImmutable();
        return new StyleProfile(candidate.Key, name, aliases, description, palette, typography, principles, motion);
    }

    /// <summary>A CSS colour as upper-case <c>#RRGGBB</c> (accepting <c>#RGB</c> and a missing <c>#</c>), or null.</summary>
    public static string? NormalizeColor(string? value)
    {
        var hex = value?.Trim().TrimStart('#');
        if (hex is null || !hex.All(char.IsAsciiHexDigit))
        {
            return null;
        }

        if (hex.Length == 3)
        {
            hex = string.Concat(hex.Select(c => new string(c, 2)));
        }

        return hex.Length == 6 ? "#" + hex.ToUpperInvariant() : null;
    }

    /// <summary>A font stack of safe characters ending in a web-safe and a generic family, or <paramref name="fallback"/>.</summary>
    public static string RepairFontStack(string? stack, string fallback)
    {
        if (stack is null || !StyleValidation.TryParseFamilies(stack, out var families))
        {
            return fallback;
        }

        var generic = families.LastOrDefault(StyleValidation.IsGenericFamily)?.ToLowerInvariant() ?? "sans-serif";
        var named = families.Where(f => !StyleValidation.IsGenericFamily(f)).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxFamilies).ToList();
        if (named.Count == 0 || !StyleValidation.IsWebSafeFamily(named[^1]))
        {
            var webSafe = generic switch
            {
                "serif" or "ui-serif" => "Georgia",
                "monospace" or "ui-monospace" => "Courier New",
                _ => "Arial",
            };
            named.RemoveAll(f => string.Equals(f, webSafe, StringComparison.OrdinalIgnoreCase));
            named.Add(webSafe);
        }

        return string.Join(", ", named.Select(f => f.Contains(' ', StringComparison.Ordinal) ? $"'{f}'" : f)) + ", " + generic;
    }

    private static StylePalette RepairPalette(StylePalette? candidate, StylePalette fallback, ImmutableArray<string>.Builder changed)
    {
        string Color(string? value, string replacement, string field)
        {
            var normalized = NormalizeColor(value);
            if (normalized is null)
            {
                changed.Add("palette." + field);
                return replacement;
            }

            return normalized;
        }

        var background = Color(candidate?.Background, fallback.Background, "background");
        var text = Color(candidate?.Text, fallback.Text, "text");
        if (StyleValidation.ContrastRatio(text, background) < StyleValidation.MinimumTextContrast)
        {
            // The generic text colour first; when even that is unreadable on this background, black or white always is.
            text = StyleValidation.ContrastRatio(fallback.Text, background) >= StyleValidation.MinimumTextContrast
                ? fallback.Text
                : StyleValidation.ContrastRatio("#FFFFFF", background) >= StyleValidation.ContrastRatio("#000000", background) ? "#FFFFFF" : "#000000";
            changed.Add("palette.text-contrast");
        }

        var muted = Color(candidate?.MutedText, fallback.MutedText, "mutedText");
        if (StyleValidation.ContrastRatio(muted, background) < StyleValidation.MinimumLargeTextContrast)
        {
            muted = text;
            changed.Add("palette.mutedText-contrast");
        }

        return new StylePalette(
            background,
            Color(candidate?.Surface, fallback.Surface, "surface"),
            Color(candidate?.Primary, fallback.Primary, "primary"),
            Color(candidate?.Accent, fallback.Accent, "accent"),
            text,
            muted);
    }

    private static StyleTypography RepairTypography(StyleTypography? candidate, StyleTypography fallback, ImmutableArray<string>.Builder changed)
    {
        if (candidate is null)
        {
            changed.Add("typography");
            return fallback;
        }

        var heading = RepairFontStack(candidate.HeadingFont, fallback.HeadingFont);
        var body = RepairFontStack(candidate.BodyFont, fallback.BodyFont);
        var weight = Math.Clamp((int)Math.Round(candidate.HeadingWeight / 100.0) * 100, 100, 900);
        var spacing = double.IsFinite(candidate.LetterSpacing) ? Math.Clamp(candidate.LetterSpacing, MinLetterSpacing, MaxLetterSpacing) : 0;
        if (heading != candidate.HeadingFont)
        {
            changed.Add("typography.headingFont");
        }

        if (body != candidate.BodyFont)
        {
            changed.Add("typography.bodyFont");
        }

        if (weight != candidate.HeadingWeight || !spacing.Equals(candidate.LetterSpacing))
        {
            changed.Add("typography.numbers");
        }

        return new StyleTypography(heading, body, weight, spacing, candidate.Uppercase);
    }

    private static StyleMotion RepairMotion(StyleMotion? candidate, StyleMotion fallback, ImmutableArray<string>.Builder changed)
    {
        if (candidate is null)
        {
            changed.Add("motion");
            return fallback;
        }

        var easing = StyleValidation.IsValidEasing(candidate.Easing) ? candidate.Easing : fallback.Easing;
        var damping = InRange(candidate.SpringDamping, MaxSpringValue) ? candidate.SpringDamping : fallback.SpringDamping;
        var stiffness = InRange(candidate.SpringStiffness, MaxSpringValue) ? candidate.SpringStiffness : fallback.SpringStiffness;
        var mass = InRange(candidate.SpringMass, MaxMass) ? candidate.SpringMass : fallback.SpringMass;
        var pacing = candidate.Pacing?.Trim().ToLowerInvariant() is { } p && Pacings.Contains(p, StringComparer.Ordinal) ? p : fallback.Pacing;
        var repaired = new StyleMotion(easing, damping, stiffness, mass, pacing);
        if (repaired != candidate)
        {
            changed.Add("motion");
        }

        return repaired;
    }

    private static ImmutableArray<string> RepairPrinciples(ImmutableArray<string> candidate, ImmutableArray<string> fallback, ImmutableArray<string>.Builder changed)
    {
        var kept = (candidate.IsDefault ? [] : candidate)
            .Select(p => Text(p, MaxPrincipleLength))
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxPrinciples)
            .ToList();
        foreach (var principle in fallback)
        {
            if (kept.Count >= MinPrinciples)
            {
                break;
            }

            if (!kept.Contains(principle, StringComparer.OrdinalIgnoreCase))
            {
                kept.Add(principle);
            }
        }

        if (candidate.IsDefault || !kept.SequenceEqual(candidate))
        {
            changed.Add("layoutPrinciples");
        }

        return [.. kept];
    }

    private static bool InRange(double value, double max) => double.IsFinite(value) && value > 0 && value <= max;

    /// <summary>Trimmed, single-line, without control characters, cut to <paramref name="max"/> characters.</summary>
    private static string Text(string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(Math.Min(value.Length, max));
        foreach (var c in value.Trim())
        {
            if (builder.Length == max)
            {
                break;
            }

            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString().Trim().Normalize(NormalizationForm.FormC);
    }
}
