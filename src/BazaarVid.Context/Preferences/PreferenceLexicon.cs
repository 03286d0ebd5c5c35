using System.Collections.Frozen;

namespace BazaarVid.Context;

/// <summary>The words the rule-based extractor knows, mapped to canonical preference values.</summary>
internal static class PreferenceLexicon
{
    public static readonly FrozenDictionary<string, string> Pacing = Map(
        ("fast", "fast"), ("quick", "fast"), ("quickly", "fast"), ("snappy", "fast"), ("punchy", "fast"), ("rapid", "fast"),
        ("speedy", "fast"), ("energetic", "fast"), ("brisk", "fast"), ("zippy", "fast"), ("dynamic", "fast"),
        ("high-energy", "fast"), ("fast-paced", "fast"), ("upbeat", "fast"), ("lively", "fast"),
        ("slow", "slow"), ("calm", "slow"), ("leisurely", "slow"), ("relaxed", "slow"), ("gentle", "slow"), ("chill", "slow"),
        ("unhurried", "slow"), ("slow-paced", "slow"), ("serene", "slow"), ("laid-back", "slow"), ("mellow", "slow"),
        ("medium", "medium"), ("moderate", "medium"), ("balanced", "medium"), ("steady", "medium"), ("mid-paced", "medium"));

    public static readonly FrozenDictionary<string, string> VisualStyle = Map(
        ("minimal", "minimal"), ("minimalist", "minimal"), ("minimalistic", "minimal"), ("clean", "minimal"), ("simple", "minimal"),
        ("modern", "modern"), ("contemporary", "modern"), ("sleek", "modern"),
        ("corporate", "corporate"), ("professional", "corporate"), ("business", "corporate"), ("enterprise", "corporate"),
        ("playful", "playful"), ("fun", "playful"), ("whimsical", "playful"), ("cheerful", "playful"), ("cartoony", "playful"), ("quirky", "playful"),
        ("dark", "dark"), ("moody", "dark"), ("dark-mode", "dark"), ("dark-themed", "dark"),
        ("light", "light"), ("bright", "light"), ("airy", "light"), ("light-mode", "light"),
        ("neon", "neon"), ("glowing", "neon"),
        ("retro", "retro"), ("vintage", "retro"), ("old-school", "retro"), ("synthwave", "retro"), ("80s", "retro"),
        ("elegant", "elegant"), ("classy", "elegant"), ("sophisticated", "elegant"), ("refined", "elegant"), ("luxurious", "elegant"), ("premium", "elegant"), ("luxury", "elegant"),
        ("bold", "bold"), ("striking", "bold"), ("vibrant", "bold"), ("loud", "bold"),
        ("futuristic", "futuristic"), ("sci-fi", "futuristic"), ("cyber", "futuristic"), ("cyberpunk", "futuristic"), ("techy", "futuristic"), ("high-tech", "futuristic"),
        ("organic", "organic"), ("earthy", "organic"), ("natural", "organic"),
        ("flat", "flat"), ("brutalist", "brutalist"), ("glassmorphism", "glassmorphism"), ("glassy", "glassmorphism"));

    public static readonly FrozenDictionary<string, string> AnimationStyle = Map(
        ("smooth", "smooth"), ("smoothly", "smooth"), ("fluid", "smooth"), ("silky", "smooth"), ("eased", "smooth"),
        ("bouncy", "bouncy"), ("bounce", "bouncy"), ("bouncing", "bouncy"), ("springy", "bouncy"), ("spring", "bouncy"), ("elastic", "bouncy"),
        ("glitch", "glitch"), ("glitchy", "glitch"), ("glitched", "glitch"),
        ("fade", "fade"), ("fades", "fade"), ("fading", "fade"), ("fade-in", "fade"),
        ("slide", "slide"), ("slides", "slide"), ("sliding", "slide"), ("slide-in", "slide"),
        ("typewriter", "typewriter"), ("typing", "typewriter"), ("type-on", "typewriter"),
        ("zoom", "zoom"), ("zooming", "zoom"), ("zooms", "zoom"));

    public static readonly FrozenSet<string> Colors = FrozenSet.ToFrozenSet(
        ["red", "orange", "yellow", "green", "blue", "purple", "violet", "pink", "magenta", "cyan", "teal", "turquoise",
         "white", "black", "gray", "grey", "navy", "gold", "golden", "silver", "beige", "brown", "maroon", "lime", "indigo",
         "coral", "mint", "crimson", "lavender", "charcoal", "cream", "amber", "emerald", "burgundy", "peach", "aqua"],
        StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> ColorModifiers = FrozenSet.ToFrozenSet(
        ["dark", "light", "deep", "bright", "pastel", "neon", "electric", "sky", "royal", "hot", "pale", "muted", "forest", "baby"],
        StringComparer.OrdinalIgnoreCase);

    public static readonly string[] Fonts =
    [
        "Inter", "Roboto", "Montserrat", "Poppins", "Helvetica Neue", "Helvetica", "Arial", "Georgia", "Playfair Display",
        "Open Sans", "Lato", "Oswald", "Raleway", "Nunito", "Source Sans Pro", "Merriweather", "Futura", "Gotham", "SF Pro",
        "Space Grotesk", "Space Mono", "Fira Code", "JetBrains Mono", "IBM Plex Sans", "IBM Plex Mono", "Manrope", "DM Sans",
        "Bebas Neue", "Times New Roman", "Courier New", "Verdana", "Ubuntu", "Work Sans", "Rubik", "Outfit", "Sora", "Archivo",
        "Lora", "Quicksand", "Barlow", "Anton", "Garamond", "Avenir",
    ];

    /// <summary>Words that negate a term when they stand shortly before it in the same clause.</summary>
    public static readonly FrozenSet<string> Negators = FrozenSet.ToFrozenSet(
        ["not", "no", "never", "don't", "dont", "isn't", "aren't", "without", "less", "avoid", "nothing", "nor", "neither", "won't", "shouldn't", "stop"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that may stand between a negator and its term ("not too fast", "no overly dark").</summary>
    public static readonly FrozenSet<string> Intensifiers = FrozenSet.ToFrozenSet(
        ["too", "so", "very", "overly", "super", "that", "really", "too-much", "much", "be", "make", "it", "use", "any", "a", "the", "look", "feel"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Clause phrases that make a statement an explicit preference rather than a request.</summary>
    public static readonly string[] ExplicitMarkers =
    [
        "i prefer", "we prefer", "prefer", "i like", "we like", "i love", "i want", "we want", "i'd like", "we'd like",
        "always", "never", "every scene", "each scene", "all scenes", "all the scenes", "per scene", "every slide",
        "each slide", "from now on", "going forward", "keep", "should be", "should feel", "should look", "overall",
        "throughout", "style:", "pacing:", "let's go with", "go with", "stick to", "stick with", "please use", "use a",
        "use an", "the whole video", "the entire video", "everything", "brand", "our colors", "our colours", "i need",
    ];

    /// <summary>Phrases that scope a duration to every scene.</summary>
    public static readonly string[] PerSceneScopes =
    [
        "per scene", "each scene", "every scene", "all scenes", "all the scenes", "scenes", "per slide", "each slide",
        "every slide", "each one", "each shot", "every shot", "per shot", "all of them",
    ];

    public static readonly FrozenDictionary<string, double> NumberWords = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20,
        ["thirty"] = 30, ["half a"] = 0.5, ["a half"] = 0.5,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static FrozenDictionary<string, string> Map(params (string Word, string Value)[] pairs) =>
        pairs.ToFrozenDictionary(p => p.Word, p => p.Value, StringComparer.OrdinalIgnoreCase);
}
