using System.Collections.Frozen;

namespace BazaarVid.Brain;

/// <summary>A known word: its canonical form (lemma or synonym) and its classes.</summary>
internal readonly record struct LexEntry(string Surface, string Canonical, WordClass Class);

/// <summary>A multi-word phrase read as one token ("get rid of" → delete).</summary>
internal sealed record LexPhrase(string[] Words, string Canonical, WordClass Class);

/// <summary>
/// The vocabulary of the offline intent analyzer. Built once; lookups are by span so known words cost no
/// allocation. Canonical forms fold inflections and synonyms ("made" → make, "opening" → intro) so the
/// analyzer and the scene index compare the same strings.
/// </summary>
internal static class IntentLexicon
{
    private const WordClass Stop = WordClass.Stop;

    public static readonly FrozenDictionary<string, LexEntry> Words = BuildWords();

    /// <summary>Span lookups into <see cref="Words"/>, so known words need no string allocation.</summary>
    public static readonly FrozenDictionary<string, LexEntry>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Phrases by their first word (canonical), longest first.</summary>
    public static readonly FrozenDictionary<string, LexPhrase[]> PhrasesByFirstWord = BuildPhrases();

    /// <summary>Cardinal values of number words (canonical form).</summary>
    public static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["sixty"] = 60,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Positions of ordinal words: 1-based from the start, negative from the end (-1 last, -2 penultimate).</summary>
    public static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8,
        ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["last"] = -1, ["penultimate"] = -2,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Seconds per unit (canonical form).</summary>
    public static readonly FrozenDictionary<string, double> UnitSeconds = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["second"] = 1, ["minute"] = 60, ["millisecond"] = 0.001, ["frame"] = double.NaN,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words that never name a scene: they are dropped from scene names and descriptions when indexing.</summary>
    public static bool IsIndexNoise(WordClass c) =>
        (c & (WordClass.Stop | WordClass.SceneNoun | WordClass.Conjunction | WordClass.Preposition | WordClass.Definite | WordClass.Indefinite)) != 0;

    private static FrozenDictionary<string, LexEntry> BuildWords()
    {
        var words = new Dictionary<string, LexEntry>(StringComparer.Ordinal);

        void Add(WordClass c, params string[] list)
        {
            foreach (var w in list)
            {
                words[w] = words.TryGetValue(w, out var e) ? e with { Class = e.Class | c } : new LexEntry(w, w, c);
            }
        }

        // Every form maps to the lemma; the lemma itself is added too.
        void Lemma(string lemma, WordClass c, params string[] forms)
        {
            Add(c, lemma);
            foreach (var f in forms)
            {
                words[f] = words.TryGetValue(f, out var e) ? e with { Canonical = lemma, Class = e.Class | c } : new LexEntry(f, lemma, c);
            }
        }

        Add(Stop, "to", "of", "in", "on", "at", "for", "with", "from", "into", "onto", "by", "about", "up", "out", "off", "over", "under",
            "through", "around", "across", "within", "without", "via", "per", "so", "just", "also", "actually", "really", "very", "too",
            "bit", "little", "lot", "much", "more", "less", "most", "least", "some", "any", "there", "here", "be", "been", "being",
            "am", "is", "are", "was", "were", "do", "does", "did", "done", "have", "has", "had", "me", "us", "let", "lets", "kindly",
            "maybe", "perhaps", "again", "still", "even", "quite", "rather", "slightly", "somewhat", "kind", "sort", "same", "way",
            "should", "would", "could", "can", "will", "shall", "may", "might", "must", "i", "we", "you", "u", "they", "them", "he", "she",
            "its", "their", "his", "her", "than", "as", "like", "if", "not", "no", "don't", "dont", "doesn't", "isn't", "aren't", "instead",
            "only", "exactly", "approximately", "roughly", "around", "now", "then", "right", "okay", "ok", "please", "thanks", "thank",
            "hey", "hi", "hello", "yo", "one", "'s", "s", "either", "both", "other", "else", "something", "thing", "things", "stuff", "want",
            "need", "go", "get", "got", "feel", "look", "looks", "think", "guess", "mean", "know", "sure", "yes", "yeah", "yep", "nope",
            "scene", "scenes", "all", "each", "every", "whole", "entire", "version", "part", "bits", "place", "spot");
        Add(WordClass.Filler, "hmm", "hm", "hmmm", "hmmmm", "um", "umm", "uh", "uhh", "ok", "okay", "k", "kk", "idk", "dunno", "yes", "yeah",
            "yep", "no", "nope", "sure", "thanks", "thank", "thx", "ty", "cool", "nice", "great", "lol", "lmao", "whatever", "maybe", "fine",
            "good", "perfect", "awesome", "amazing", "hi", "hello", "hey", "wow", "interesting", "alright", "right", "huh", "meh", "so", "well",
            "please", "you", "it", "looks", "look", "lovely", "excellent", "brilliant", "sweet", "neat", "done", "yay", "oh", "ah", "hmmm", "uhm",
            "agreed", "correct", "true", "indeed", "hmm", "not", "sure", "bad", "love", "like", "i", "this", "that", "is", "all", "just", "also",
            "really", "very", "much", "too", "kinda", "sorta", "anyway", "anyways");
        Add(WordClass.Vague, "better", "nicer", "best", "good", "great", "improve", "improved", "fix", "change", "update", "tweak", "edit",
            "adjust", "modify", "alter", "something", "work", "polish", "enhance", "refine", "nice", "cool", "cooler", "prettier", "pretty",
            "more", "less", "stuff", "thing", "different", "else", "again", "look", "looks", "feel", "awesome", "amazing", "fancier", "fancy",
            "right", "correct", "wrong", "bad", "worse", "ugly", "off", "weird", "boring");
        Add(WordClass.Definite | Stop, "the", "this", "that", "these", "those", "our", "my", "your");
        Add(WordClass.Indefinite | Stop, "a", "an", "another", "new");
        Add(WordClass.Pronoun | Stop, "it", "this", "that");
        Add(WordClass.Subject | Stop, "you", "u", "we", "i", "ya");
        Add(WordClass.Conjunction | Stop, "and", "or", "but", "plus", "&");
        Add(WordClass.Possessive | Stop, "'s");
        Add(WordClass.Preposition, "in", "on", "to", "for", "of", "into", "onto", "from", "at", "with", "inside", "within", "across",
            "throughout", "behind", "above", "below", "under", "over", "near", "beside");
        Add(WordClass.PositionMarker, "after", "before", "between", "following", "preceding", "ahead");
        Add(WordClass.ReferenceMarker, "as", "like", "than", "similar", "matching", "match", "styleof", "consistent", "same");
        Add(WordClass.Into, "into");
        Add(WordClass.By, "by");
        Add(WordClass.NotSceneLength, "after", "every", "within", "delay", "wait", "pause", "each", "hold", "once", "till", "until");
        Add(WordClass.Quantifier, "all", "each", "every", "whole", "entire", "other", "others", "rest");

        Add(WordClass.SceneNoun, "scene", "scenes");
        Lemma("slide", WordClass.SceneNoun | WordClass.Animation, "slides", "sliding", "slid");
        Lemma("shot", WordClass.SceneNoun, "shots");
        Lemma("clip", WordClass.SceneNoun, "clips");
        Add(WordClass.SceneNoun, "one", "ones");

        Lemma("intro", WordClass.SceneKind, "intros", "introduction", "opening", "opener", "openers");
        Lemma("outro", WordClass.SceneKind, "outros", "ending", "closing", "closer", "endcard");
        Lemma("testimonial", WordClass.SceneKind, "testimonials", "review", "reviews", "quote", "quotes");
        Lemma("pricing", WordClass.SceneKind, "price", "prices", "plans", "plan", "tiers");
        Lemma("feature", WordClass.SceneKind, "features");
        Lemma("cta", WordClass.SceneKind, "ctas", "signup");
        Lemma("titlecard", WordClass.SceneKind);
        Add(WordClass.SceneKind, "demo", "overview", "recap", "summary", "montage", "teaser", "trailer", "comparison", "timeline", "stats",
            "statistics", "faq", "product", "problem", "solution", "hero", "team", "benefits", "showcase", "walkthrough", "agenda", "credits",
            "announcement", "countdown", "roadmap", "partners", "customers", "integrations", "section", "chapter", "transition");

        Lemma("logo", WordClass.Element | WordClass.AssetNoun, "logos", "logotype", "wordmark");
        Lemma("image", WordClass.Element | WordClass.AssetNoun, "images", "img", "picture", "pictures", "pic", "pics", "photo", "photos", "graphic", "graphics");
        Lemma("screenshot", WordClass.Element | WordClass.AssetNoun, "screenshots", "screengrab", "screen", "screens", "capture");
        Lemma("video", WordClass.Element | WordClass.AssetNoun, "videos", "footage", "gif");
        Lemma("file", WordClass.AssetNoun, "files", "upload", "uploads", "attachment", "attachments", "asset", "assets");
        Lemma("text", WordClass.Element, "texts", "copy", "wording", "words", "word", "letters", "lettering", "sentence", "line", "lines", "paragraph");
        Lemma("background", WordClass.Element, "backgrounds", "bg", "backdrop");
        Lemma("title", WordClass.Element, "titles", "headline", "headlines", "heading", "headings", "header", "subtitle", "subtitles",
            "subheading", "subheadline", "caption", "captions", "label", "labels", "tagline", "slogan", "name");
        Lemma("color", WordClass.Element, "colors", "colour", "colours", "palette", "hue", "tint", "shade");
        Lemma("font", WordClass.Element, "fonts", "typeface", "typography", "type", "weight");
        Lemma("card", WordClass.Element, "cards", "box", "boxes", "panel", "panels", "tile", "tiles");
        Lemma("animation", WordClass.Element, "animations", "motion", "movement", "transitions", "effect", "effects", "easing");
        Add(WordClass.Element, "button", "buttons", "icon", "icons", "glow", "shadow", "shadows", "border", "borders", "outline", "gradient",
            "gradients", "particles", "particle", "sparkle", "sparkles", "emoji", "emojis", "arrow", "arrows", "underline", "overlay",
            "chart", "charts", "graph", "graphs", "badge", "badges", "watermark", "cursor", "shape", "shapes", "circle", "circles", "ring",
            "rings", "dot", "dots", "star", "stars", "confetti", "noise", "grain", "vignette", "light", "lights", "flare", "accent", "accents",
            "url", "link", "links", "laptop", "phone", "device", "mockup", "frame", "frames", "layout", "size", "speed", "duration", "timing",
            "length", "spacing", "padding", "margin", "opacity", "position", "everything", "element", "elements", "content", "music", "sound",
            "audio", "voiceover", "counter", "number", "numbers", "list", "bullet", "bullets", "points", "corner", "edges", "edge",
            "pace", "pacing", "style", "vibe", "mood", "theme", "colorscheme", "contrast", "brightness", "scale", "size");

        Lemma("add", WordClass.CreateVerb | WordClass.EditVerb, "adds", "added", "adding", "append", "appends", "insert", "inserts", "inserted", "inserting");
        Lemma("create", WordClass.CreateVerb, "creates", "created", "creating", "generate", "generates", "generated", "generating", "produce",
            "produces", "produced", "build", "builds", "built", "building", "draft", "craft", "compose", "prepare", "design", "designs");
        Lemma("make", WordClass.CreateVerb | WordClass.EditVerb | WordClass.DurationVerb, "makes", "made", "making");
        Lemma("give", WordClass.CreateVerb | WordClass.EditVerb, "gives", "gave", "giving");
        Lemma("include", WordClass.CreateVerb | WordClass.EditVerb, "includes", "included", "including");
        Lemma("start", WordClass.CreateVerb, "starts", "begin", "begins", "kick");
        Lemma("need", WordClass.CreateVerb, "needs", "want", "wants", "wanna");

        Lemma("delete", WordClass.DeleteVerb, "deletes", "deleted", "deleting", "erase", "erases", "scrap", "scraps", "trash", "ditch",
            "eliminate", "discard", "nuke", "kill", "lose", "axe");
        Lemma("remove", WordClass.DeleteVerb | WordClass.EditVerb, "removes", "removed", "removing", "drop", "drops", "dropped", "dropping",
            "cut", "cuts", "cutting", "hide", "hides");

        Lemma("change", WordClass.EditVerb | WordClass.DurationVerb, "changes", "changed", "changing");
        Lemma("set", WordClass.EditVerb | WordClass.DurationVerb, "sets", "setting");
        Lemma("turn", WordClass.EditVerb | WordClass.Into, "turns", "turned", "turning", "transform", "convert");
        Lemma("move", WordClass.EditVerb | WordClass.Reorder, "moves", "moved", "moving", "shift", "shifts", "reposition", "reorder", "rearrange");
        Lemma("put", WordClass.EditVerb | WordClass.Reorder, "puts", "putting", "place", "placed", "position");
        Lemma("swap", WordClass.EditVerb | WordClass.Reorder, "swaps", "swapped", "switch", "switches", "exchange");
        Lemma("replace", WordClass.EditVerb, "replaces", "replaced", "replacing", "substitute");
        Lemma("recolor", WordClass.EditVerb, "recolour", "recolors", "recolours", "recolored", "recoloured", "paint", "repaint", "tint");
        Lemma("use", WordClass.EditVerb, "uses", "used", "using", "apply", "applies", "applied");
        Lemma("resize", WordClass.EditVerb, "resizes", "scale", "scales", "enlarge", "shrink", "shrinks", "grow", "zoom", "zooms");
        Lemma("increase", WordClass.EditVerb, "increases", "raise", "boost", "bump");
        Lemma("decrease", WordClass.EditVerb, "decreases", "lower", "tone", "reduce", "reduces");
        Lemma("rename", WordClass.EditVerb, "renames", "retitle", "rewrite", "rewrites", "reword", "rephrase", "spell", "say", "says", "read", "reads");
        Lemma("align", WordClass.EditVerb, "aligns", "center", "centre", "centered", "centred", "justify");
        Lemma("highlight", WordClass.EditVerb, "highlights", "emphasize", "emphasise", "underline", "italicize", "capitalize", "uppercase",
            "lowercase", "bolden", "darken", "lighten", "brighten", "dim", "blur", "sharpen", "flip", "mirror", "crop", "pad", "stack",
            "spread", "space", "animate", "delay", "loop", "sync", "keep", "hidden", "rotate", "tilt");
        Add(WordClass.EditVerb, "show", "shows", "display");
        Lemma("fix", WordClass.EditVerb | WordClass.Vague, "fixes", "fixed", "improve", "improves", "update", "updates", "tweak", "tweaks",
            "adjust", "adjusts", "modify", "alter", "edit", "edits", "correct", "polish", "refine", "enhance");
        Lemma("match", WordClass.EditVerb | WordClass.ReferenceMarker, "matches", "mirror");
        Lemma("copy", WordClass.Copy | WordClass.EditVerb, "copies", "take", "borrow", "reuse", "grab", "steal", "bring");
        Add(WordClass.Copy, "use", "using", "same");

        Lemma("shorten", WordClass.DurationVerb | WordClass.EditVerb | WordClass.Shorter, "shortens", "shortened", "trim", "trims", "trimmed", "tighten");
        Lemma("lengthen", WordClass.DurationVerb | WordClass.EditVerb | WordClass.Longer, "lengthens", "extend", "extends", "extended", "stretch", "prolong");
        Lemma("last", WordClass.DurationVerb, "lasts", "run", "runs", "stay", "stays");
        Add(WordClass.DurationVerb, "take", "takes", "hold", "be", "is", "are", "should");
        Add(WordClass.Shorter, "cut", "reduce", "decrease", "shorter", "briefer", "lower");
        Add(WordClass.Longer, "increase", "longer");

        Lemma("show", WordClass.ShowVerb, "shows", "showing", "display", "displays", "displaying", "present", "presents", "showcase",
            "introduce", "reveal", "hereis", "see", "depict", "depicting", "visualize");

        Add(WordClass.Adjustment, "bigger", "larger", "huge", "big", "large", "small", "smaller", "tiny", "tinier", "faster", "fast",
            "quicker", "quick", "quickly", "slower", "slow", "slowly", "shorter", "longer", "bolder", "bold", "thinner", "thin", "thicker",
            "thick", "wider", "wide", "narrower", "narrow", "taller", "tall", "higher", "lower", "brighter", "bright", "darker", "lighter",
            "louder", "quieter", "softer", "soft", "harder", "calmer", "calm", "smoother", "smooth", "smoothly", "snappier", "snappy",
            "punchier", "subtler", "subtle", "sharper", "sharp", "rounder", "rounded", "closer", "further", "farther", "italic", "transparent",
            "opaque", "muted", "gentler", "gentle", "heavier", "lighter", "stronger", "weaker", "readable", "legible", "visible",
            "invisible", "upside", "down", "left", "right", "centered", "aligned", "sooner", "later", "earlier", "spaced", "tighter",
            "looser", "bouncier", "bouncy", "springier", "dimmer", "vivid", "vibrant", "saturated", "desaturated", "grayscale", "greyscale",
            "uppercase", "lowercase", "caps", "bold", "underlined", "relaxed", "chill", "energetic", "zippier", "pause");
        Add(WordClass.Color, "red", "blue", "green", "yellow", "orange", "purple", "violet", "pink", "black", "white", "grey", "gray", "navy",
            "teal", "cyan", "magenta", "gold", "golden", "silver", "brown", "beige", "maroon", "turquoise", "lime", "indigo", "crimson",
            "coral", "mint", "lavender", "aqua", "dark", "light", "pastel", "monochrome", "neon", "reddish", "bluish", "greenish", "cream",
            "ivory", "charcoal", "olive", "peach", "salmon", "burgundy", "emerald", "sapphire", "ruby", "amber", "blurple");
        Add(WordClass.Animation, "fade", "fades", "faded", "fading", "slide", "zoom", "spin", "spins", "spinning", "rotate", "bounce",
            "bounces", "shake", "wiggle", "pulse", "typewriter", "type", "pop", "flash", "blink", "flip", "wipe", "reveal", "fly", "flies",
            "float", "drift", "glide", "scroll", "spring", "stagger", "staggered", "ease", "eased", "glitch", "appear", "appears",
            "disappear", "enter", "enters", "exit", "exits");
        Add(WordClass.Creative, "redesign", "redesigned", "rework", "reworked", "redo", "revamp", "restyle", "reimagine", "overhaul",
            "rethink", "remake", "different", "exciting", "excited", "dynamic", "interesting", "fun", "funnier", "playful", "dramatic",
            "epic", "cinematic", "modern", "professional", "elegant", "premium", "luxurious", "luxury", "engaging", "fresh", "creative",
            "glitchy", "glitch", "retro", "futuristic", "minimal", "minimalist", "cyberpunk", "vintage", "corporate", "techy", "grunge",
            "pop", "wow", "vibe", "mood", "style", "styled", "theme", "aesthetic", "sleek", "classy", "stylish", "edgy", "quirky",
            "whimsical", "organic", "brutalist", "flashy", "impressive", "memorable", "striking", "stunning", "beautiful", "gorgeous",
            "lively", "alive", "punchy", "energetic", "moody", "spooky", "cozy", "warm", "cold", "clean", "polished", "hip", "trendy",
            "apple", "nike", "stripe", "pixar", "disney", "netflix", "spotify", "google", "tesla", "styleof", "vaporwave", "synthwave",
            "y2k", "8bit", "pixel", "hand-drawn", "sketchy", "cartoon", "cartoony", "3d", "isometric", "swiss", "bauhaus", "editorial");
        Add(WordClass.Completely, "completely", "totally", "entirely", "fully", "scratch", "radically", "drastically", "whole");
        Add(WordClass.LookVerb, "look", "looks", "feel", "feels", "seem", "seems", "sound", "resemble");

        Add(WordClass.NumberWord, "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "sixty");

        Add(WordClass.Ordinal, "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "last", "final", "penultimate", "previous", "next", "prior", "preceding", "following");
        Lemma("last", WordClass.Ordinal, "final");
        Lemma("previous", WordClass.Ordinal, "prior", "preceding");
        Lemma("latest", WordClass.Latest, "newest", "recent", "current", "newer");

        Lemma("second", WordClass.Unit, "seconds", "sec", "secs", "s");
        Lemma("frame", WordClass.Unit, "frames", "f", "fr");
        Lemma("minute", WordClass.Unit, "minutes", "min", "mins", "m");
        Lemma("millisecond", WordClass.Unit, "milliseconds", "ms");

        Add(WordClass.Question, "what", "which", "who", "why", "how", "when", "where", "whats", "what's", "hows");
        Add(WordClass.Auxiliary, "is", "are", "was", "were", "do", "does", "did", "can", "could", "would", "will", "should", "has", "have",
            "may", "might", "shall", "isn't", "aren't", "doesn't", "don't", "didn't", "won't", "wouldn't", "can't", "cant", "am");
        Add(WordClass.Scope, "always", "never", "everywhere", "anywhere", "throughout", "fromnowon", "globally", "overall");
        Add(WordClass.Sequencer, "then", "next", "now", "afterwards", "afterward", "finally", "lastly", "later", "also");
        Add(WordClass.Placement, "corner", "corners", "top", "bottom", "left", "right", "center", "centre", "middle", "side", "sides",
            "edge", "upper", "lower", "topleft", "topright", "bottomleft", "bottomright", "behind", "above", "below", "underneath",
            "foreground", "front", "back");
        Add(WordClass.Unsupported, "export", "exports", "exporting", "render", "renders", "rendering", "download", "downloads", "publish",
            "publishing", "share", "save", "saving", "send", "upload", "undo", "revert", "rollback", "post", "print");
        Add(WordClass.Polite, "please", "pls", "plz", "kindly", "politeask");
        Add(WordClass.Suggestion, "howabout");
        Add(WordClass.AtStart, "atstart");
        Add(WordClass.AtEnd, "atend");
        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, LexPhrase[]> BuildPhrases()
    {
        var phrases = new List<LexPhrase>
        {
            new(["get", "rid", "of"], "delete", WordClass.DeleteVerb),
            new(["take", "out"], "remove", WordClass.DeleteVerb | WordClass.EditVerb),
            new(["call", "to", "action"], "cta", WordClass.SceneKind),
            new(["sign", "up"], "cta", WordClass.SceneKind),
            new(["one", "more"], "another", WordClass.Indefinite | WordClass.Stop),
            new(["brand", "new"], "new", WordClass.Indefinite | WordClass.Stop),
            new(["speed", "up"], "faster", WordClass.Adjustment),
            new(["sped", "up"], "faster", WordClass.Adjustment),
            new(["slow", "down"], "slower", WordClass.Adjustment),
            new(["tone", "down"], "subtler", WordClass.Adjustment),
            new(["from", "now", "on"], "fromnowon", WordClass.Scope),
            new(["going", "forward"], "fromnowon", WordClass.Scope),
            new(["from", "here", "on"], "fromnowon", WordClass.Scope),
            new(["in", "general"], "fromnowon", WordClass.Scope),
            new(["by", "default"], "fromnowon", WordClass.Scope),
            new(["for", "all"], "everywhere", WordClass.Scope),
            new(["in", "all"], "everywhere", WordClass.Scope),
            new(["across", "all"], "everywhere", WordClass.Scope),
            new(["in", "every"], "everywhere", WordClass.Scope),
            new(["in", "each"], "everywhere", WordClass.Scope),
            new(["all", "scenes"], "everywhere", WordClass.Scope),
            new(["all", "the", "scenes"], "everywhere", WordClass.Scope),
            new(["every", "scene"], "everywhere", WordClass.Scope),
            new(["each", "scene"], "everywhere", WordClass.Scope),
            new(["all", "of", "them"], "everywhere", WordClass.Scope),
            new(["the", "other", "scenes"], "everywhere", WordClass.Scope),
            new(["the", "whole", "video"], "everywhere", WordClass.Scope),
            new(["the", "entire", "video"], "everywhere", WordClass.Scope),
            new(["the", "video"], "everywhere", WordClass.Scope),
            new(["how", "about"], "howabout", WordClass.Suggestion),
            new(["what", "about"], "howabout", WordClass.Suggestion),
            new(["what", "if"], "howabout", WordClass.Suggestion),
            new(["why", "not"], "howabout", WordClass.Suggestion),
            new(["is", "it", "possible", "to"], "politeask", WordClass.Polite),
            new(["would", "it", "be", "possible", "to"], "politeask", WordClass.Polite),
            new(["are", "you", "able", "to"], "politeask", WordClass.Polite),
            new(["i", "would", "like"], "politeask", WordClass.Polite | WordClass.CreateVerb),
            new(["i", "'d", "like"], "politeask", WordClass.Polite | WordClass.CreateVerb),
            new(["i", "want"], "politeask", WordClass.Polite | WordClass.CreateVerb),
            new(["i", "need"], "politeask", WordClass.Polite | WordClass.CreateVerb),
            new(["we", "need"], "politeask", WordClass.Polite | WordClass.CreateVerb),
            new(["let", "'s"], "politeask", WordClass.Polite),
            new(["second", "to", "last"], "penultimate", WordClass.Ordinal),
            new(["next", "to", "last"], "penultimate", WordClass.Ordinal),
            new(["one", "before", "last"], "penultimate", WordClass.Ordinal),
            new(["most", "recent"], "latest", WordClass.Latest),
            new(["just", "made"], "latest", WordClass.Latest),
            new(["after", "that"], "then", WordClass.Sequencer),
            new(["and", "then"], "then", WordClass.Sequencer),
            new(["at", "the", "end"], "atend", WordClass.AtEnd),
            new(["to", "the", "end"], "atend", WordClass.AtEnd),
            new(["at", "the", "very", "end"], "atend", WordClass.AtEnd),
            new(["at", "the", "start"], "atstart", WordClass.AtStart),
            new(["at", "the", "beginning"], "atstart", WordClass.AtStart),
            new(["at", "the", "very", "start"], "atstart", WordClass.AtStart),
            new(["to", "the", "start"], "atstart", WordClass.AtStart),
            new(["to", "the", "beginning"], "atstart", WordClass.AtStart),
            new(["title", "card"], "titlecard", WordClass.SceneKind),
            new(["end", "card"], "outro", WordClass.SceneKind),
            new(["end", "screen"], "outro", WordClass.SceneKind),
            new(["closing", "shot"], "outro", WordClass.SceneKind),
            new(["here", "is"], "hereis", WordClass.ShowVerb),
            new(["here", "'s"], "hereis", WordClass.ShowVerb),
            new(["here", "are"], "hereis", WordClass.ShowVerb),
            new(["in", "the", "style", "of"], "styleof", WordClass.Creative | WordClass.ReferenceMarker),
            new(["whole", "new"], "completely", WordClass.Completely),
            new(["from", "scratch"], "completely", WordClass.Completely | WordClass.Creative),
            new(["top", "left"], "topleft", WordClass.Placement),
            new(["top", "right"], "topright", WordClass.Placement),
            new(["bottom", "left"], "bottomleft", WordClass.Placement),
            new(["bottom", "right"], "bottomright", WordClass.Placement),
            new(["real", "time"], "realtime", WordClass.None),
            new(["next", "to"], "beside", WordClass.Preposition | WordClass.Placement),
            new(["half", "a"], "0.5", WordClass.None),
            new(["half", "an"], "0.5", WordClass.None),
            new(["a", "half"], "0.5", WordClass.None),
        };

        return phrases
            .GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.Ordinal);
    }
}
