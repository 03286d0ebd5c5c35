using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace BazaarVid.Brain;

/// <summary>Colour names and hex codes in prompts, and the colour arithmetic the generator needs (mixing, WCAG contrast).</summary>
internal static partial class Colors
{
    /// <summary>Colour names (CSS values where CSS has the name), including common two-word names.</summary>
    private static readonly FrozenDictionary<string, string> Named = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["black"] = "#000000", ["white"] = "#FFFFFF", ["red"] = "#FF0000", ["orange"] = "#FFA500", ["yellow"] = "#FFFF00",
        ["green"] = "#008000", ["blue"] = "#0000FF", ["purple"] = "#800080", ["violet"] = "#EE82EE", ["pink"] = "#FFC0CB",
        ["magenta"] = "#FF00FF", ["cyan"] = "#00FFFF", ["teal"] = "#008080", ["turquoise"] = "#40E0D0", ["gray"] = "#808080",
        ["grey"] = "#808080", ["navy"] = "#000080", ["gold"] = "#FFD700", ["golden"] = "#FFD700", ["silver"] = "#C0C0C0",
        ["beige"] = "#F5F5DC", ["brown"] = "#A52A2A", ["maroon"] = "#800000", ["lime"] = "#00FF00", ["indigo"] = "#4B0082",
        ["coral"] = "#FF7F50", ["mint"] = "#98FF98", ["crimson"] = "#DC143C", ["lavender"] = "#E6E6FA", ["charcoal"] = "#36454F",
        ["cream"] = "#FFFDD0", ["amber"] = "#FFBF00", ["emerald"] = "#50C878", ["burgundy"] = "#800020", ["peach"] = "#FFE5B4",
        ["aqua"] = "#00FFFF", ["slate"] = "#708090", ["ivory"] = "#FFFFF0", ["olive"] = "#808000", ["salmon"] = "#FA8072",
        ["navy blue"] = "#000080", ["sky blue"] = "#87CEEB", ["royal blue"] = "#4169E1", ["dark blue"] = "#00008B",
        ["light blue"] = "#ADD8E6", ["baby blue"] = "#89CFF0", ["electric blue"] = "#7DF9FF", ["midnight blue"] = "#191970",
        ["neon blue"] = "#1F51FF", ["dark green"] = "#006400", ["light green"] = "#90EE90", ["forest green"] = "#228B22",
        ["neon green"] = "#39FF14", ["dark red"] = "#8B0000", ["hot pink"] = "#FF69B4", ["neon pink"] = "#FF10F0",
        ["pastel pink"] = "#FFD1DC", ["light gray"] = "#D3D3D3", ["light grey"] = "#D3D3D3", ["dark gray"] = "#404040",
        ["dark grey"] = "#404040", ["off white"] = "#FAF9F6", ["off-white"] = "#FAF9F6", ["deep purple"] = "#4B0082",
        ["dark purple"] = "#301934", ["light purple"] = "#CBC3E3", ["bright red"] = "#EE4B2B", ["deep blue"] = "#00008B",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Modifiers before a colour name, as a mix towards black (negative) or white (positive).</summary>
    private static readonly FrozenDictionary<string, double> Modifiers = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["dark"] = -0.45, ["deep"] = -0.3, ["light"] = 0.5, ["pale"] = 0.6, ["pastel"] = 0.65, ["soft"] = 0.35,
        ["bright"] = 0, ["neon"] = 0, ["electric"] = 0, ["vivid"] = 0, ["muted"] = -0.2,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>A colour mentioned in text: its hex value and where it starts and ends.</summary>
    public readonly record struct Mention(string Hex, int Start, int End);

    /// <summary>Every colour in <paramref name="text"/> (hex codes and names, a modifier included), in text order.</summary>
    public static List<Mention> Find(string text)
    {
        var found = new List<Mention>();
        foreach (Match match in HexPattern().Matches(text))
        {
            found.Add(new Mention(NormalizeHex(match.Value)!, match.Index, match.Index + match.Length));
        }

        var words = WordPattern().Matches(text);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (i + 1 < words.Count && words[i + 1].Index == word.Index + word.Length + 1)
            {
                var pair = word.Value + " " + words[i + 1].Value;
                if (Named.TryGetValue(pair, out var pairHex))
                {
                    found.Add(new Mention(pairHex, word.Index, words[i + 1].Index + words[i + 1].Length));
                    i++;
                    continue;
                }

                if (Modifiers.TryGetValue(word.Value, out var mix) && Named.TryGetValue(words[i + 1].Value, out var baseHex))
                {
                    found.Add(new Mention(Mix(baseHex, mix < 0 ? "#000000" : "#FFFFFF", Math.Abs(mix)), word.Index, words[i + 1].Index + words[i + 1].Length));
                    i++;
                    continue;
                }
            }

            if (Named.TryGetValue(word.Value, out var hex))
            {
                found.Add(new Mention(hex, word.Index, word.Index + word.Length));
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>The hex value of a colour name or hex code (<c>#RGB</c> or <c>#RRGGBB</c>), upper case, or null.</summary>
    public static string? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var hex = NormalizeHex(value.Trim());
        if (hex is not null)
        {
            return hex;
        }

        var mentions = Find(value);
        return mentions.Count > 0 ? mentions[0].Hex : null;
    }

    /// <summary><c>#RRGGBB</c> upper case for a valid <c>#RGB</c> or <c>#RRGGBB</c>; otherwise null.</summary>
    public static string? NormalizeHex(string? value)
    {
        if (value is null || !FullHex().IsMatch(value))
        {
            return null;
        }

        var digits = value[1..];
        if (digits.Length == 3)
        {
            digits = string.Concat(digits.Select(d => new string(d, 2)));
        }

        return "#" + digits.ToUpperInvariant();
    }

    /// <summary><paramref name="value"/> when it is a valid hex colour (normalized), else <paramref name="fallback"/>.</summary>
    public static string OrDefault(string? value, string fallback) => NormalizeHex(value) ?? fallback;

    /// <summary>Mixes <paramref name="a"/> towards <paramref name="b"/> by <paramref name="amount"/> (0–1).</summary>
    public static string Mix(string a, string b, double amount)
    {
        var (r1, g1, b1) = Rgb(a);
        var (r2, g2, b2) = Rgb(b);
        int Blend(int x, int y) => (int)Math.Round(x + ((y - x) * Math.Clamp(amount, 0, 1)));
        return string.Create(CultureInfo.InvariantCulture, $"#{Blend(r1, r2):X2}{Blend(g1, g2):X2}{Blend(b1, b2):X2}");
    }

    /// <summary>The WCAG contrast ratio of two colours (1–21).</summary>
    public static double Contrast(string a, string b)
    {
        var la = Luminance(a);
        var lb = Luminance(b);
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>True for colours closer to white than to black.</summary>
    public static bool IsLight(string hex) => Luminance(hex) > 0.4;

    /// <summary><paramref name="color"/> when it reads on <paramref name="background"/> (contrast at least <paramref name="minimum"/>), else near-white or near-black, whichever reads better.</summary>
    public static string Readable(string color, string background, double minimum)
    {
        if (Contrast(color, background) >= minimum)
        {
            return color;
        }

        const string Light = "#F5F5F7";
        const string Dark = "#0B0B0F";
        return Contrast(Light, background) >= Contrast(Dark, background) ? Light : Dark;
    }

    private static double Luminance(string hex)
    {
        var (r, g, b) = Rgb(hex);
        static double Channel(int c)
        {
            var s = c / 255.0;
            return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(r)) + (0.7152 * Channel(g)) + (0.0722 * Channel(b));
    }

    private static (int R, int G, int B) Rgb(string hex)
    {
        var value = NormalizeHex(hex) ?? "#000000";
        return (
            int.Parse(value.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            int.Parse(value.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            int.Parse(value.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b", RegexOptions.CultureInvariant)]
    private static partial Regex HexPattern();

    [GeneratedRegex(@"^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})$", RegexOptions.CultureInvariant)]
    private static partial Regex FullHex();

    [GeneratedRegex(@"[A-Za-z][A-Za-z-]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
