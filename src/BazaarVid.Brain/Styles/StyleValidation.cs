using System.Globalization;
using System.Text.RegularExpressions;

namespace BazaarVid.Brain;

/// <summary>
/// The rules every <see cref="StyleProfile"/> must satisfy before its values reach generated code: hex colours,
/// readable text contrast (WCAG 2.x), font stacks of safe characters that end in a web-safe family and a generic
/// family, and Remotion easing expressions from a closed grammar.
/// </summary>
public static partial class StyleValidation
{
    /// <summary>The WCAG AA contrast ratio for body text (4.5:1).</summary>
    public const double MinimumTextContrast = 4.5;

    /// <summary>The WCAG AA contrast ratio for large or secondary text (3:1).</summary>
    public const double MinimumLargeTextContrast = 3.0;

    private const string EasingFunction =
        @"(?:linear|ease|quad|cubic|sin|circle|exp|bounce|(?:poly|back|elastic)\(\d{1,2}(?:\.\d{1,3})?\)"
        + @"|bezier\((?<x1>-?\d(?:\.\d{1,4})?), ?-?\d(?:\.\d{1,4})?, ?(?<x2>-?\d(?:\.\d{1,4})?), ?-?\d(?:\.\d{1,4})?\))";

    private static readonly string[] GenericFamilies =
        ["sans-serif", "serif", "monospace", "cursive", "fantasy", "system-ui", "ui-sans-serif", "ui-serif", "ui-monospace", "ui-rounded"];

    private static readonly string[] WebSafeFamilies =
        ["Arial", "Helvetica", "Georgia", "Courier New", "Times New Roman", "Verdana", "Tahoma", "Trebuchet MS"];

    /// <summary>True when <paramref name="value"/> is a CSS colour of the form <c>#RRGGBB</c>.</summary>
    public static bool IsHexColor(string? value) => value is not null && HexColor().IsMatch(value);

    /// <summary>
    /// The WCAG 2.x contrast ratio of two <c>#RRGGBB</c> colours, from 1 (same luminance) to 21 (black on white).
    /// </summary>
    /// <exception cref="ArgumentException">A colour is not <c>#RRGGBB</c>.</exception>
    public static double ContrastRatio(string foreground, string background)
    {
        var a = RelativeLuminance(foreground);
        var b = RelativeLuminance(background);
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>The WCAG relative luminance (0 for black, 1 for white) of a <c>#RRGGBB</c> colour.</summary>
    /// <exception cref="ArgumentException">The colour is not <c>#RRGGBB</c>.</exception>
    public static double RelativeLuminance(string color)
    {
        ArgumentNullException.ThrowIfNull(color);
        if (!IsHexColor(color))
        {
            throw new ArgumentException($"'{color}' is not a #RRGGBB colour.", nameof(color));
        }

        return (0.2126 * Channel(color, 1)) + (0.7152 * Channel(color, 3)) + (0.0722 * Channel(color, 5));
    }

    /// <summary>True when the palette's text is readable on its background (at least <see cref="MinimumTextContrast"/>).</summary>
    public static bool HasReadableText(StylePalette palette)
    {
        ArgumentNullException.ThrowIfNull(palette);
        return IsHexColor(palette.Text) && IsHexColor(palette.Background)
            && ContrastRatio(palette.Text, palette.Background) >= MinimumTextContrast;
    }

    /// <summary>
    /// True when <paramref name="stack"/> is a CSS font-family list of safe characters (letters, digits, spaces,
    /// hyphens, quotes around names) with at least one web-safe family (Arial, Helvetica, Georgia, Courier New, …)
    /// directly before a generic family (sans-serif, serif, monospace, …) at the end.
    /// </summary>
    public static bool IsValidFontStack(string? stack)
    {
        if (stack is null || !TryParseFamilies(stack, out var families) || families.Count < 2)
        {
            return false;
        }

        return IsGenericFamily(families[^1]) && IsWebSafeFamily(families[^2]);
    }

    /// <summary>
    /// True when <paramref name="expression"/> is a Remotion easing from the accepted grammar: <c>Easing.linear</c>,
    /// <c>Easing.ease</c>, <c>Easing.quad</c>, <c>Easing.cubic</c>, <c>Easing.sin</c>, <c>Easing.circle</c>,
    /// <c>Easing.exp</c>, <c>Easing.bounce</c>, <c>Easing.poly(n)</c>, <c>Easing.back(s)</c>, <c>Easing.elastic(b)</c>,
    /// <c>Easing.bezier(x1, y1, x2, y2)</c> with x1 and x2 in [0, 1], or one of those wrapped in
    /// <c>Easing.in(…)</c>, <c>Easing.out(…)</c> or <c>Easing.inOut(…)</c>.
    /// </summary>
    public static bool IsValidEasing(string? expression)
    {
        if (expression is null)
        {
            return false;
        }

        var match = EasingGrammar().Match(expression);
        if (!match.Success)
        {
            return false;
        }

        var bezier = match.Groups["x1"];
        if (!bezier.Success)
        {
            return true;
        }

        var x1 = double.Parse(bezier.Value, CultureInfo.InvariantCulture);
        var x2 = double.Parse(match.Groups["x2"].Value, CultureInfo.InvariantCulture);
        return x1 is >= 0 and <= 1 && x2 is >= 0 and <= 1;
    }

    /// <summary>The families of a font stack, unquoted, or false when the stack has unsafe characters.</summary>
    internal static bool TryParseFamilies(string stack, out List<string> families)
    {
        families = [];
        foreach (var part in stack.Split(','))
        {
            var family = part.Trim();
            if (family.Length >= 2 && (family[0] is '\'' or '"') && family[^1] == family[0])
            {
                family = family[1..^1].Trim();
            }

            if (family.Length == 0 || family.Length > 64 || !FamilyName().IsMatch(family))
            {
                families = [];
                return false;
            }

            families.Add(family);
        }

        return families.Count > 0;
    }

    internal static bool IsGenericFamily(string family) =>
        GenericFamilies.Contains(family, StringComparer.OrdinalIgnoreCase);

    internal static bool IsWebSafeFamily(string family) =>
        WebSafeFamilies.Contains(family, StringComparer.OrdinalIgnoreCase);

    private static double Channel(string color, int at)
    {
        var value = int.Parse(color.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
        return value <= 0.04045 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
    }

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex HexColor();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9 -]*$", RegexOptions.CultureInvariant)]
    private static partial Regex FamilyName();

    // A named function, bare or wrapped once in in/out/inOut; bezier captures x1 and x2 for the range check.
    [GeneratedRegex(@"^Easing\.(?:(?:in|out|inOut)\(Easing\." + EasingFunction + @"\)|" + EasingFunction + ")$", RegexOptions.CultureInvariant)]
    private static partial Regex EasingGrammar();
}
