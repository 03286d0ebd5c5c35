using System.Collections.Frozen;

namespace BazaarVid.Context;

/// <summary>The words the rule-based extractor knows, mapped to canonical preference values, and the collocations that cancel them.</summary>
internal static class PreferenceLexicon
{
    public static readonly FrozenDictionary<string, string> Pacing = Map(
        ("fast", "fast"), ("quick", "fast"), ("snappy", "fast"), ("punchy", "fast"), ("rapid", "fast"),
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
        ("ease-in-out", "smooth"), ("ease-out", "smooth"), ("ease-in", "smooth"),
        ("bouncy", "bouncy"), ("bounce", "bouncy"), ("bouncing", "bouncy"), ("springy", "bouncy"), ("spring", "bouncy"), ("elastic", "bouncy"),
        ("glitch", "glitch"), ("glitchy", "glitch"), ("glitched", "glitch"),
        ("fade", "fade"), ("fades", "fade"), ("fading", "fade"), ("fade-in", "fade"), ("fade-out", "fade"),
        ("slide", "slide"), ("slides", "slide"), ("sliding", "slide"), ("slide-in", "slide"),
        ("typewriter", "typewriter"), ("typing", "typewriter"), ("type-on", "typewriter"),
        ("zoom", "zoom"), ("zooming", "zoom"), ("zooms", "zoom"), ("zoom-in", "zoom"));

    public static readonly FrozenSet<string> Colors = Set(
        "red", "orange", "yellow", "green", "blue", "purple", "violet", "pink", "magenta", "cyan", "teal", "turquoise",
        "white", "black", "gray", "grey", "navy", "gold", "golden", "silver", "beige", "brown", "maroon", "lime", "indigo",
        "coral", "mint", "crimson", "lavender", "charcoal", "cream", "amber", "emerald", "burgundy", "peach", "aqua");

    /// <summary>Words that qualify a following colour ("navy blue", "dark blue"); a colour that is also here merges with the next colour.</summary>
    public static readonly FrozenSet<string> ColorModifiers = Set(
        "dark", "light", "deep", "bright", "pastel", "neon", "electric", "sky", "royal", "hot", "pale", "muted", "forest", "baby",
        "navy", "lime", "mint", "emerald", "golden", "charcoal", "midnight", "ice", "steel", "slate", "olive", "soft", "warm", "cool", "dusty");

    /// <summary>Nouns after a colour word that make it an idiom, not a colour ("white paper", "black hat", "green light").</summary>
    public static readonly FrozenSet<string> NotColorBefore = Set(
        "paper", "papers", "friday", "flag", "flags", "space", "box", "chip", "chips", "lining", "standard", "label", "list", "area",
        "tape", "screen", "belt", "card", "carpet", "hat", "hats", "hacker", "hackers", "team", "teams", "plan", "plans", "tier",
        "member", "members", "sponsor", "sponsors", "medal", "partner", "partners", "level", "light", "ratio", "rule", "age", "condition", "alert");

    /// <summary>Nouns after which <c>neon</c> names an accent colour rather than the overall style ("neon accents").</summary>
    public static readonly FrozenSet<string> AccentNouns = Set(
        "accent", "accents", "highlight", "highlights", "glow", "glows", "detail", "details", "touch", "touches", "outline", "outlines", "lines", "edges", "trim");

    /// <summary>Nouns that make a following style word a style statement ("clean look", "flat design").</summary>
    public static readonly FrozenSet<string> StyleNouns = Set(
        "look", "looks", "style", "styles", "styled", "feel", "vibe", "vibes", "aesthetic", "aesthetics", "theme", "themed", "design", "designs",
        "mode", "background", "backgrounds", "palette", "colors", "colours", "tone", "tones", "ui", "visuals", "visual", "layout",
        "imagery", "graphics", "treatment", "approach", "scheme", "version", "variant", "illustration", "illustrations", "icons");

    /// <summary>Nouns naming what is being made; a weak style word before them still counts ("a clean intro").</summary>
    public static readonly FrozenSet<string> VideoNouns = Set(
        "intro", "intros", "outro", "video", "videos", "scene", "scenes", "animation", "animations", "ad", "ads", "explainer",
        "promo", "reel", "clip", "clips", "slideshow", "presentation", "motion", "transitions");

    /// <summary>Nouns that make <c>light</c> and <c>bright</c> a theme ("light mode", "light background").</summary>
    public static readonly FrozenSet<string> ThemeNouns = Set(
        "mode", "theme", "themed", "background", "backgrounds", "bg", "palette", "ui", "scheme", "look", "style", "colors", "colours", "version", "variant");

    /// <summary>Typography nouns: "bold text" is a font weight, not the bold style.</summary>
    public static readonly FrozenSet<string> TypographyNouns = Set(
        "text", "texts", "font", "fonts", "headline", "headlines", "title", "titles", "type", "letters", "heading", "headings",
        "caption", "captions", "copy", "tagline", "weight", "typography", "lettering", "words", "word", "label", "labels", "subtitle", "subtitles");

    /// <summary>Style words too common in other senses to count on their own ("our business", "clean up", "natural language").</summary>
    public static readonly FrozenSet<string> WeakStyles = Set(
        "clean", "simple", "natural", "organic", "business", "enterprise", "premium", "luxury", "loud", "cyber", "flat", "fun", "professional", "refined", "glowing");

    /// <summary>Words before a weak style word that make it predicative ("make it clean", "keep it simple", "looks professional").</summary>
    public static readonly FrozenSet<string> Predicatives = Set(
        "it", "look", "looks", "feel", "feels", "be", "keep", "very", "more", "super", "really", "something", "stay", "extra", "and", "but");

    /// <summary>Nouns after a style, pacing or animation word that show another sense ("a quick question", "minimal changes", "dark web").</summary>
    public static readonly FrozenSet<string> NotStyleBefore = Set(
        "question", "questions", "note", "notes", "thing", "things", "check", "fix", "fixes", "edit", "edits", "tweak", "tweaks",
        "change", "changes", "update", "updates", "favor", "favour", "reminder", "preview", "draft", "test", "idea", "summary",
        "recap", "reply", "response", "follow-up", "call", "calls", "word", "thought", "comment", "comments", "fact", "facts", "way",
        "name", "task", "answer", "request", "effort", "impact", "problem", "issue", "issues", "bug", "code", "web", "side", "net",
        "matter", "horse", "security", "attack", "attacks", "threat", "threats", "up", "out", "down", "food", "forward", "track",
        "range", "content", "data", "growth", "prototyping", "loading", "load", "internet", "connection", "render", "rendering",
        "meeting", "meetings", "link", "app", "sale", "collection", "season", "campaign", "break", "rate", "back", "scale", "door",
        "doors", "deck", "show", "number", "numbers", "pattern", "patterns", "shot", "shots", "size", "weight", "article", "post",
        "customers", "clients", "plan", "plans", "tier", "account", "accounts", "language", "owner", "owners", "model", "models",
        "one", "look-see");

    /// <summary>Nouns after an animation word that show another sense ("zoom call", "spring sale", "bounce rate", "slide deck").</summary>
    public static readonly FrozenSet<string> NotAnimationBefore = Set(
        "call", "calls", "meeting", "meetings", "link", "app", "level", "sale", "sales", "collection", "season", "campaign", "break",
        "rate", "back", "scale", "door", "doors", "deck", "decks", "show", "number", "numbers", "question", "fix", "bug", "issue",
        "issues", "house", "board", "skin", "operator", "talk", "sailing");

    /// <summary>Three-letter words that are also hex digits: "#add" is a hashtag, "#fed" no colour.</summary>
    public static readonly FrozenSet<string> HexWords = Set(
        "add", "bad", "bed", "bee", "cab", "dab", "dad", "deb", "ebb", "fab", "fad", "fed", "fee", "ace", "dec", "def", "abe", "bae", "ada", "caf");

    /// <summary>Words after which <c>slide</c> is a motion, not a slide of a deck ("slide in", "slide transition").</summary>
    public static readonly FrozenSet<string> SlideMotions = Set(
        "in", "out", "up", "down", "from", "left", "right", "across", "into", "transition", "transitions", "animation",
        "animations", "effect", "effects", "over", "away", "off", "sideways");

    /// <summary>Nouns that make <c>glitch</c>, <c>typing</c> an effect rather than a bug or an activity.</summary>
    public static readonly FrozenSet<string> EffectNouns = Set(
        "effect", "effects", "animation", "animations", "transition", "transitions", "style", "look", "text", "aesthetic", "reveal", "intro", "title", "titles");

    /// <summary>Known font families; where one name starts another ("Roboto", "Roboto Mono") the longer one wins.</summary>
    public static readonly string[] Fonts =
    [
        "Inter", "Roboto", "Roboto Mono", "Roboto Slab", "Montserrat", "Poppins", "Helvetica Neue", "Helvetica", "Arial",
        "Georgia", "Playfair Display", "Open Sans", "Lato", "Oswald", "Raleway", "Nunito", "Source Sans Pro", "Source Code Pro",
        "Merriweather", "Futura", "Gotham", "SF Pro", "Space Grotesk", "Space Mono", "Fira Code", "Fira Sans", "JetBrains Mono",
        "IBM Plex Sans", "IBM Plex Mono", "Manrope", "DM Sans", "DM Serif Display", "Bebas Neue", "Times New Roman", "Courier New",
        "Verdana", "Ubuntu", "Work Sans", "Rubik", "Outfit", "Sora", "Archivo", "Lora", "Quicksand", "Barlow", "Anton", "Garamond",
        "EB Garamond", "Avenir", "Noto Sans", "Geist", "Geist Mono", "Satoshi", "Clash Display", "General Sans", "Lexend",
        "Figtree", "Plus Jakarta Sans", "Orbitron", "Rajdhani", "Share Tech Mono", "Exo 2", "Josefin Sans", "Karla", "Syne",
    ];

    /// <summary>Known fonts that are also ordinary words or names; they count only when the clause talks about type.</summary>
    public static readonly FrozenSet<string> AmbiguousFonts = Set(
        "Inter", "Outfit", "Georgia", "Sora", "Rubik", "Ubuntu", "Gotham", "Anton", "Lora", "Oswald", "Barlow", "Raleway", "Futura",
        "Avenir", "Geist", "Karla", "Syne", "Satoshi", "Figtree");

    /// <summary>Words that show a clause talks about type, so an ambiguous font name is a font.</summary>
    public static readonly FrozenSet<string> FontCues = Set(
        "font", "fonts", "typeface", "typefaces", "typography", "type", "text", "headline", "headlines", "heading", "headings",
        "title", "titles", "body", "copy", "lettering", "typeset", "captions", "subtitles");

    /// <summary>Capitalised words that start a "X font" phrase but are not part of a font name ("Use Lobster font").</summary>
    public static readonly FrozenSet<string> NotFontNames = Set(
        "use", "using", "make", "try", "please", "set", "change", "switch", "the", "this", "that", "a", "an", "our", "my", "same",
        "bigger", "smaller", "bold", "different", "custom", "new", "default", "current", "main", "title", "body", "heading",
        "headline", "i", "we", "your", "nice", "cool", "any", "some", "what", "which", "another", "other", "font", "typeface",
        "size", "color", "colour", "and", "or", "for", "with", "in", "is", "to", "as", "be", "like", "only", "just", "also");

    /// <summary>Words that negate a term when they stand shortly before it in the same clause.</summary>
    public static readonly FrozenSet<string> Negators = Set(
        "not", "no", "never", "don't", "dont", "isn't", "aren't", "without", "less", "avoid", "nothing", "nor", "neither",
        "won't", "shouldn't", "stop", "doesn't", "didn't", "can't", "mustn't", "wouldn't", "hate", "dislike");

    /// <summary>Words that may stand between a negator and its term ("not too fast", "I don't want it to be dark").</summary>
    public static readonly FrozenSet<string> Fillers = Set(
        "so", "very", "overly", "super", "that", "really", "much", "be", "make", "it", "use", "any", "a", "an", "the", "look",
        "feel", "looking", "feeling", "to", "want", "i", "we", "you", "like", "need", "get", "seem", "sound", "kinda", "kind",
        "of", "way", "quite", "pretty", "more", "extra", "keep", "stay", "being",
        "something", "all", "at", "too-much", "anything", "overall", "feels", "looks", "color", "colour", "colors", "colours", "shade", "shades");

    /// <summary>Degree words that, without a wish, describe rather than ask ("it's great but a bit slow").</summary>
    public static readonly FrozenSet<string> Degrees = Set("bit", "little", "kinda", "slightly", "somewhat", "tad");

    /// <summary>Verbs that describe what is ("it's slow", "the render was slow"): a description, not a wish.</summary>
    public static readonly FrozenSet<string> Copulas = Set(
        "is", "are", "was", "were", "it's", "that's", "feels", "felt", "seems", "seemed", "looks", "looked", "sounds", "sounded", "getting", "got");

    /// <summary>Words that make a descriptive clause a wish after all ("it's dark, I like that", "it should be dark").</summary>
    public static readonly FrozenSet<string> WishWords = Set(
        "should", "must", "need", "needs", "make", "keep", "want", "prefer", "like", "love", "let's", "please", "would", "could", "can", "go", "stay");

    /// <summary>Clause phrases that make a statement an explicit preference rather than a request.</summary>
    public static readonly string[] ExplicitMarkers =
    [
        "i prefer", "we prefer", "prefer", "i like", "we like", "love", "really like", "always", "never", "every scene",
        "each scene", "all scenes", "all the scenes", "per scene", "every slide", "each slide", "from now on", "going forward",
        "from here on", "by default", "in general", "keep", "should be", "should feel", "should look", "should have", "overall",
        "throughout", "style:", "pacing:", "let's go with", "go with", "stick to", "stick with", "the whole video",
        "the entire video", "everything", "brand", "our colors", "our colours", "make sure", "for all",
    ];

    public static readonly FrozenDictionary<string, double> NumberWords = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words right after a duration that show it measures something other than a scene ("2 second fade", "a 30 second video").</summary>
    public static readonly FrozenSet<string> NotSceneDurationAfter = Set(
        "into", "later", "earlier", "before", "after", "ago", "delay", "delays", "pause", "pauses", "gap", "gaps", "transition",
        "transitions", "fade", "fades", "crossfade", "animation", "animations", "stagger", "offset", "loop", "loops", "video",
        "videos", "total", "altogether", "film", "movie", "ad", "ads", "commercial", "reel", "trailer", "countdown", "timer",
        "buffer", "wait", "intro", "outro", "of", "overall");

    /// <summary>Words shortly before a duration that show it measures something other than a scene ("after 2 seconds", "the video 30 seconds").</summary>
    public static readonly FrozenSet<string> NotSceneDurationBefore = Set(
        "at", "after", "every", "by", "from", "until", "till", "in", "video", "videos", "total", "overall", "film", "movie", "ad",
        "commercial", "reel", "runtime", "trailer", "whole", "entire", "transition", "transitions", "fade", "fades", "animation",
        "animations", "delay", "pause", "gap", "intro", "outro", "wait");

    /// <summary>Words skipped when looking for what a duration measures ("the video should be about 30 seconds").</summary>
    public static readonly FrozenSet<string> DurationLinkWords = Set(
        "the", "a", "an", "of", "is", "be", "should", "must", "to", "about", "around", "roughly", "approximately", "exactly",
        "just", "only", "lasting", "last", "lasts", "long", "will", "runs", "run", "that's", "it's", "always", "max", "maximum");

    /// <summary>Words between a negator and a duration that keep the negation on it ("don't make scenes 5 seconds").</summary>
    public static readonly FrozenSet<string> NegationBridge = Set(
        "scene", "scenes", "slide", "slides", "shot", "shots", "each", "every", "all", "single", "any", "be", "make", "want",
        "need", "the", "it", "them", "should", "must", "to", "i", "we", "you", "keep", "a", "ever", "go", "run", "last", "get",
        "let", "have", "really", "please", "my", "our");

    /// <summary>Words after a decade ("80s") that make it a decade rather than 80 seconds.</summary>
    public static readonly FrozenSet<string> DecadeNouns = Set("music", "era", "retro", "synthwave", "neon", "inspired", "nostalgia", "nostalgic", "throwback", "movie", "movies", "fashion");

    /// <summary>First words of a phrase after "no …" / "always …" that show it is not a component ("no problem", "no more than").</summary>
    public static readonly FrozenSet<string> NotComponentStart = Set(
        "make", "use", "keep", "show", "add", "put", "do", "go", "try", "let", "let's", "please", "just", "also", "then", "and", "but",
        "so", "it", "i", "we", "you", "they", "he", "she", "that", "this", "these", "those", "there", "here", "what", "which",
        "who", "when", "if", "to", "not", "more", "less", "longer", "shorter", "than", "way", "problem", "problems", "worries",
        "worry", "thanks", "thank", "need", "idea", "change", "changes", "edit", "edits", "scene", "scenes", "slide", "slides",
        "one", "matter", "doubt", "rush", "hurry", "pressure", "issue", "issues", "big", "offense", "offence", "luck", "clue",
        "sooner", "each", "every", "all", "something", "anything", "everything", "nothing", "other", "others", "further",
        "question", "questions", "comment", "comments", "sorry", "yes", "no", "ok", "okay", "sure", "wait", "actually", "really",
        "seconds", "second", "frames", "worry", "deal", "exceptions", "exception", "fewer", "too", "as", "much", "later", "sense",
        "reason", "longer", "difference", "need", "choice", "chance", "time", "changing", "touching", "modifying", "altering",
        "moving", "removing", "breaking", "affecting", "losing", "making", "doing", "going", "being", "getting", "asking",
        "telling", "waiting", "rushing", "looking", "thinking", "it's", "that's", "them", "him", "her", "us", "me", "my", "your",
        "his", "our", "their", "matter", "way", "mistake", "mistakes", "preference", "particular");

    /// <summary>Verbs that lead into the component itself ("avoid using gradients" is about gradients).</summary>
    public static readonly FrozenSet<string> LeadVerbs = Set(
        "using", "having", "showing", "adding", "including", "putting", "displaying", "featuring", "seeing", "any", "more",
        "our", "my", "the", "a", "an", "some", "your", "their", "its", "of", "those", "these", "all", "extra", "additional",
        "color", "colour", "shade");

    /// <summary>Words that end a component phrase ("no emojis please", "the logo in the corner").</summary>
    public static readonly FrozenSet<string> ComponentEnd = Set(
        "and", "or", "nor", "but", "please", "pls", "plz", "in", "on", "at", "for", "with", "because", "so", "anymore", "ever",
        "again", "to", "from", "if", "when", "then", "than", "over", "instead", "unless", "since", "while", "as", "is", "are", "was",
        "were", "be", "should", "must", "will", "would", "can", "could", "it", "visible", "there", "present", "though", "thanks",
        "thank", "either", "ok", "okay", "just", "also", "here", "by", "of", "that", "which", "who", "like", "between", "across",
        "around", "behind", "under", "above", "below", "into", "onto", "inside", "near", "after", "before", "during",
        "throughout", "within", "without", "about", "anywhere", "whatsoever", "at", "all", "rather", "whenever", "wherever",
        "i", "we", "you", "they", "make", "keep", "use", "show", "add", "do", "don't", "this", "these", "those");

    /// <summary>Words that, ending a component phrase, show it was the subject of a clause ("I don't want the intro to be long").</summary>
    public static readonly FrozenSet<string> ComponentClauseEnders = Set(
        "to", "be", "is", "are", "was", "were", "should", "must", "will", "would", "can", "could", "i", "we", "you", "they",
        "make", "keep", "use", "show", "add", "do", "don't", "this", "these", "those");

    /// <summary>Words that make a phrase a style, pacing or font statement rather than a component ("a minimal look").</summary>
    public static readonly FrozenSet<string> ComponentNotNouns = Set(
        "look", "looks", "style", "styles", "feel", "vibe", "vibes", "aesthetic", "pace", "pacing", "tempo", "speed", "tone",
        "mood", "energy", "font", "fonts", "typeface", "color", "colors", "colour", "colours", "palette", "theme", "animation", "animations");

    /// <summary>Words before "no" that make it a description ("there is no logo"), not a wish.</summary>
    public static readonly FrozenSet<string> DescriptiveBeforeNo = Set(
        "is", "are", "was", "were", "there's", "has", "have", "had", "see", "saw", "shows", "showed", "got", "contains", "it's", "that's");

    private static FrozenDictionary<string, string> Map(params (string Word, string Value)[] pairs) =>
        pairs.ToFrozenDictionary(p => p.Word, p => p.Value, StringComparer.Ordinal);

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
