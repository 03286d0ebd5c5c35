namespace BazaarVid.Brain;

/// <content>The built-in styles. Every palette keeps Text on Background at WCAG AA (4.5:1) or better.</content>
public sealed partial class StyleLibrary
{
    private const string Sans = "Helvetica, Arial, sans-serif";
    private const string Serif = "'Times New Roman', Georgia, serif";
    private const string Mono = "Menlo, Consolas, 'Courier New', monospace";
    private const string InterStack = "Inter, 'Helvetica Neue', " + Sans;

    // Remotion easings, named for what they feel like.
    private const string ExpoOut = "Easing.bezier(0.16, 1, 0.3, 1)";
    private const string Standard = "Easing.bezier(0.4, 0, 0.2, 1)";
    private const string Gentle = "Easing.bezier(0.25, 0.1, 0.25, 1)";
    private const string InOutCubic = "Easing.bezier(0.65, 0, 0.35, 1)";
    private const string Overshoot = "Easing.bezier(0.34, 1.56, 0.64, 1)";
    private const string Snap = "Easing.bezier(0.7, 0, 0.3, 1)";

    private static StyleProfile BuiltInGeneric() => Style(
        GenericKey, "Generic", "A neutral, modern look that suits any subject: dark slate, indigo and cyan, clean sans-serif type.",
        ["default", "neutral", "standard"],
        new("#0F172A", "#1E293B", "#6366F1", "#22D3EE", "#F8FAFC", "#94A3B8"),
        new(InterStack, InterStack, 700, -0.01, false),
        ["one clear message per scene", "a strong headline with a supporting line", "consistent margins of about 8% of the frame", "motion that guides the eye to the headline"],
        new(ExpoOut, 200, 120, 1, "medium"));

    private static StyleProfile[] BuiltInStyles() =>
    [
        Style(
            "apple", "Apple", "Apple keynote and product-ad polish: bright white space, one product hero, large confident type, unhurried motion.",
            ["apple ad", "apple keynote", "keynote", "iphone", "macbook", "cupertino", "app store"],
            new("#FFFFFF", "#F5F5F7", "#0071E3", "#2997FF", "#1D1D1F", "#6E6E73"),
            new("'SF Pro Display', 'Helvetica Neue', " + Sans, "'SF Pro Text', 'Helvetica Neue', " + Sans, 600, -0.02, false),
            ["one idea per scene", "generous white space around a centred hero", "large headline, short supporting line", "product or screenshot as the hero, never decoration"],
            new(Gentle, 200, 80, 1, "slow")),
        Style(
            "cyberpunk", "Cyberpunk", "Neon-drenched night city: deep violet dark, hot pink and cyan glows, glitchy uppercase type.",
            ["cyber", "blade runner", "futuristic", "sci fi", "scifi", "night city", "hacker"],
            new("#0D0221", "#1A0B3B", "#FF2A6D", "#05D9E8", "#F5F3FF", "#A59BD4"),
            new("Orbitron, Rajdhani, 'Arial Black', " + Sans, "Rajdhani, 'Segoe UI', " + Sans, 800, 0.08, true),
            ["high-contrast neon on near-black", "scan lines, grids and HUD frames", "asymmetric, layered compositions", "glitch accents on key words"],
            new(Snap, 14, 180, 0.6, "fast")),
        Style(
            "minimal", "Minimal", "Quiet, reductive design: near-white canvas, black type, one vivid accent, lots of space.",
            ["minimalist", "minimalistic", "clean", "simple", "light", "less is more", "scandinavian", "muji"],
            new("#FAFAFA", "#FFFFFF", "#111111", "#FF4D00", "#111111", "#6B6B6B"),
            new(InterStack, InterStack, 500, -0.02, false),
            ["remove everything that does not carry the message", "one accent colour, used once per scene", "strict alignment to a simple grid", "white space as the main material"],
            new(Standard, 200, 100, 1, "medium")),
        Style(
            "corporate", "Corporate", "Trustworthy business communication: white and light grey, navy and sky blue, clear hierarchy.",
            ["business", "professional", "enterprise", "b2b", "consulting", "investor", "pitch deck"],
            new("#FFFFFF", "#F3F6FA", "#0B3D91", "#00A3E0", "#1B2733", "#5A6B7B"),
            new("'Segoe UI', Roboto, 'Helvetica Neue', " + Sans, "'Segoe UI', Roboto, " + Sans, 600, 0, false),
            ["clear hierarchy: title, key figure, supporting text", "charts and icons over decoration", "logo present but modest", "consistent grid and margins"],
            new(Standard, 200, 110, 1, "medium")),
        Style(
            "retro", "Retro synthwave", "1980s synthwave: purple night, sunset gradients, chrome pink and gold, grid horizons.",
            ["synthwave", "retrowave", "outrun", "80s", "1980s", "eighties", "vintage", "old school", "miami"],
            new("#241734", "#2E2157", "#FF6AD5", "#FFD319", "#FDF6FF", "#C8A8E9"),
            new("Monoton, Bungee, 'Arial Black', " + Sans, "'Space Grotesk', 'Trebuchet MS', " + Sans, 800, 0.06, true),
            ["sunset gradient behind a perspective grid", "chrome or outlined headline type", "symmetrical, centred compositions", "glow on the accent colour only"],
            new(InOutCubic, 20, 120, 1, "medium")),
        Style(
            "brutalist", "Brutalist", "Raw neo-brutalism: off-white, black borders, hard shadows, a loud yellow block, monospace details.",
            ["brutalism", "neo brutalist", "neobrutalist", "neo brutalism", "neobrutalism", "raw", "gumroad"],
            new("#F4F4F0", "#FFE600", "#000000", "#FF3B00", "#000000", "#3A3A3A"),
            new("'Archivo Black', 'Arial Black', " + Sans, "'Space Mono', " + Mono, 900, -0.01, true),
            ["thick black outlines and hard offset shadows", "blocks of flat colour, no gradients", "visible grid, deliberately unpolished", "type large enough to be the layout"],
            new("Easing.linear", 300, 400, 0.6, "fast")),
        Style(
            "glassmorphism", "Glassmorphism", "Frosted glass panels floating over a deep indigo glow, soft lilac and pink highlights.",
            ["glass", "glassy", "frosted glass", "frosted", "glass morphism", "vision pro", "acrylic"],
            new("#1E1B4B", "#2E2A6B", "#A5B4FC", "#F0ABFC", "#FFFFFF", "#C7D2FE"),
            new("'SF Pro Display', Inter, " + Sans, "Inter, " + Sans, 600, -0.01, false),
            ["translucent cards with blur and a thin light border", "blurred colour blobs in the background", "layered depth with soft shadows", "rounded corners everywhere"],
            new(ExpoOut, 26, 140, 1, "medium")),
        Style(
            "material", "Material", "Google Material 3: tonal surfaces, purple primary, rounded shapes and emphasized motion.",
            ["material design", "material you", "google", "android", "m3", "flat"],
            new("#FFFBFE", "#F3EDF7", "#6750A4", "#03DAC6", "#1C1B1F", "#49454F"),
            new("Roboto, 'Google Sans', " + Sans, "Roboto, " + Sans, 500, 0, false),
            ["cards on tonal surfaces with soft elevation", "rounded corners and pill buttons", "an 8-point spacing grid", "motion that expands from where the eye is"],
            new("Easing.bezier(0.2, 0, 0, 1)", 30, 180, 1, "medium")),
        Style(
            "swiss", "Swiss", "International Typographic Style: strict grid, flush-left Helvetica, black and white with Swiss red.",
            ["swiss design", "international typographic", "international style", "helvetica", "modernist", "grid system"],
            new("#FFFFFF", "#F0F0F0", "#E30613", "#000000", "#000000", "#555555"),
            new("'Helvetica Neue', " + Sans, "'Helvetica Neue', " + Sans, 700, -0.03, false),
            ["a visible modular grid", "flush-left, ragged-right type", "asymmetric balance with big type", "red used as the single accent"],
            new(Snap, 200, 160, 1, "medium")),
        Style(
            "vaporwave", "Vaporwave", "Hazy 90s internet nostalgia: violet night, pink and aqua, wide uppercase type, classical statues.",
            ["vapor wave", "vapourwave", "vapor", "seapunk", "windows 95"],
            new("#20124D", "#3B2A6B", "#FF71CE", "#01CDFE", "#FFFBFF", "#B8A9E8"),
            new("Montserrat, 'Arial Black', " + Sans, "'VT323', " + Mono, 700, 0.3, true),
            ["pink-to-aqua gradients and checkerboard floors", "wide letter spacing, occasional full-width text", "retro OS windows as frames", "slow, dreamy drifts rather than cuts"],
            new("Easing.inOut(Easing.sin)", 40, 60, 1.2, "slow")),
        Style(
            "pastel", "Pastel", "Soft and friendly: blush background, muted pink and mint, rounded type and gentle bounces.",
            ["pastels", "soft", "candy", "kawaii", "cute", "light playful"],
            new("#FFF7F9", "#FFFFFF", "#C8579A", "#8FD3C8", "#3D3A4B", "#7A7589"),
            new("Quicksand, Nunito, 'Trebuchet MS', " + Sans, "Nunito, 'Trebuchet MS', " + Sans, 700, 0, false),
            ["soft colour fields, no harsh black", "rounded shapes and blobs", "plenty of breathing room", "gentle bounces on entrances"],
            new(Overshoot, 14, 120, 0.9, "medium")),
        Style(
            "luxury", "Luxury", "High-end and elegant: near-black, champagne gold, refined serif headlines, slow reveals.",
            ["luxurious", "premium", "elegant", "high end", "fashion", "opulent", "gold", "chanel"],
            new("#0B0B0B", "#1A1A1A", "#C9A96E", "#E8D9B5", "#F5F0E6", "#A89F91"),
            new("'Playfair Display', Didot, 'Bodoni 72', Georgia, serif", "Lato, 'Helvetica Neue', " + Sans, 500, 0.04, false),
            ["restraint: few elements, lots of dark space", "gold used for hairlines and one key word", "centred, symmetrical compositions", "slow fades and reveals, never bounces"],
            new(InOutCubic, 200, 60, 1.2, "slow")),
        Style(
            "playful", "Playful", "Bright and bouncy: warm cream, coral and turquoise, chunky rounded type, springy motion.",
            ["fun", "whimsical", "cheerful", "cartoon", "cartoony", "quirky", "kids", "bouncy", "duolingo"],
            new("#FFF4D6", "#FFFFFF", "#FF5A5F", "#3DC1D3", "#2B2B2B", "#6A6A6A"),
            new("'Baloo 2', Fredoka, 'Trebuchet MS', " + Sans, "Nunito, 'Trebuchet MS', " + Sans, 800, 0, false),
            ["chunky shapes and stickers", "tilted elements and wobbles", "bold colour blocks behind text", "everything enters with a bounce"],
            new(Overshoot, 8, 200, 0.8, "fast")),
        Style(
            "editorial", "Editorial", "Magazine layout: warm paper, big serif headlines, pull quotes and a burnt-orange accent.",
            ["magazine", "new yorker", "kinfolk", "longform", "print", "journal"],
            new("#FBF8F3", "#FFFFFF", "#1A1A1A", "#C2410C", "#1A1A1A", "#5C5C5C"),
            new("'Playfair Display', " + Serif, "'Source Serif Pro', Georgia, serif", 700, -0.01, false),
            ["a strong typographic hierarchy like a spread", "pull quotes and drop caps", "images cropped with intent", "columns and rules for structure"],
            new(Gentle, 200, 90, 1, "slow")),
        Style(
            "noir", "Noir", "Film noir: black and white, hard shadows, condensed uppercase titles and a single blood-red accent.",
            ["film noir", "black and white", "monochrome", "detective", "moody", "sin city"],
            new("#0A0A0A", "#1C1C1C", "#F2F2F2", "#B3001B", "#EDEDED", "#8C8C8C"),
            new("'Bebas Neue', Oswald, 'Arial Narrow', " + Sans, "'Courier Prime', " + Mono, 700, 0.05, true),
            ["high-contrast black and white", "venetian-blind shadows and vignettes", "one red accent, rarely", "slow push-ins and hard cuts"],
            new(InOutCubic, 200, 70, 1, "slow")),
        Style(
            "organic", "Organic", "Natural and earthy: linen background, moss green and terracotta, soft serif type and flowing shapes.",
            ["natural", "nature", "earthy", "botanical", "eco", "sustainable", "earth tones"],
            new("#F4EFE6", "#E9E2D3", "#4A6741", "#C8773A", "#2F2A22", "#6B6255"),
            new("Fraunces, Recoleta, Georgia, serif", "'DM Sans', 'Trebuchet MS', " + Sans, 600, -0.01, false),
            ["flowing, irregular shapes instead of boxes", "earth tones and paper textures", "leaves, grain and hand-made details", "calm, breathing motion"],
            new("Easing.inOut(Easing.sin)", 30, 70, 1.1, "slow")),
        Style(
            "tech-startup", "Tech startup", "Stripe and Linear polish: white, deep navy text, indigo and cyan gradients, crisp UI mock-ups.",
            ["startup", "saas", "stripe", "linear", "vercel", "notion", "modern", "sleek", "product launch", "y combinator"],
            new("#FFFFFF", "#F6F9FC", "#635BFF", "#00D4FF", "#0A2540", "#425466"),
            new(InterStack, InterStack, 700, -0.03, false),
            ["product UI as the hero", "soft gradient mesh accents", "tight, confident headlines", "features in a clean grid of cards"],
            new(ExpoOut, 200, 140, 1, "fast")),
        Style(
            "neon", "Neon", "Neon signs at night: black-violet, electric green and magenta glows, rounded tube-like type.",
            ["neon lights", "neon sign", "glowing", "glow", "las vegas", "vegas", "nightclub"],
            new("#050014", "#120A2A", "#39FF14", "#FF00E6", "#F8F8FF", "#B0A8D0"),
            new("'Tilt Neon', 'Arial Rounded MT Bold', " + Sans, "'Space Grotesk', " + Sans, 700, 0.04, false),
            ["glowing strokes on near-black", "flicker-on entrances", "two neon colours at most per scene", "dark negative space around every glow"],
            new("Easing.out(Easing.exp)", 18, 160, 0.8, "fast")),
        Style(
            "y2k", "Y2K", "Turn-of-the-millennium optimism: icy blue, chrome, hot magenta and cyan, bubbly futuristic type.",
            ["2000s", "early 2000s", "millennium", "90s", "nineties", "chrome", "frutiger aero"],
            new("#DDE7F7", "#F4F7FF", "#E0219E", "#00A6E0", "#1A1446", "#505A7A"),
            new("Syncopate, Eurostile, 'Arial Black', " + Sans, "Verdana, " + Sans, 700, 0.08, true),
            ["chrome and iridescent gradients", "bubbles, stars and lens flares", "pill shapes and glossy buttons", "bouncy, optimistic motion"],
            new(Overshoot, 12, 170, 0.8, "fast")),
        Style(
            "bauhaus", "Bauhaus", "Bauhaus geometry: cream paper, primary red, blue and black, circles, squares and triangles.",
            ["bauhaus design", "geometric", "de stijl", "mondrian", "constructivist"],
            new("#F2EBDD", "#FFFFFF", "#D62828", "#1D4ED8", "#111111", "#4A4A4A"),
            new("Futura, 'Century Gothic', 'Trebuchet MS', " + Sans, "Futura, 'Century Gothic', " + Sans, 700, 0.02, true),
            ["primary shapes as the main graphics", "primary colours plus black", "asymmetric balance on a grid", "shapes that slide, rotate and lock into place"],
            new(Snap, 200, 200, 1, "medium")),
        Style(
            "memphis", "Memphis", "Memphis Group pop: cream, hot pink, cyan and yellow, squiggles, confetti and bold patterns.",
            ["memphis design", "memphis group", "squiggle", "squiggles", "confetti"],
            new("#FFF3E0", "#FFFFFF", "#FF3EA5", "#00B4D8", "#1F1F1F", "#5A5050"),
            new("'Rubik Mono One', 'Arial Black', " + Sans, "Rubik, 'Trebuchet MS', " + Sans, 900, 0.02, true),
            ["squiggles, dots and zig-zags around the content", "clashing bright colours on purpose", "objects tilted and overlapping", "pops and wiggles on entrance"],
            new(Overshoot, 10, 220, 0.7, "fast")),
        Style(
            "art-deco", "Art Deco", "1920s Art Deco: midnight navy, gold geometric ornaments, tall elegant capitals.",
            ["deco", "gatsby", "great gatsby", "1920s", "twenties", "roaring twenties", "jazz age"],
            new("#0F1B2D", "#1B2A41", "#D4AF37", "#2E8B7A", "#F3E9D2", "#B8A988"),
            new("'Poiret One', 'Josefin Sans', 'Century Gothic', " + Sans, "'Josefin Sans', Georgia, serif", 400, 0.15, true),
            ["symmetry and strong verticals", "gold fan, sunburst and stepped ornaments", "framed panels with double lines", "stately, symmetrical reveals"],
            new(InOutCubic, 200, 80, 1.1, "slow")),
        Style(
            "dark-mode", "Dark mode dev tool", "Developer-tool dark mode: GitHub-dark canvas, code blocks, blue and green accents, monospace details.",
            ["dark", "dark theme", "dev tool", "devtool", "developer", "terminal", "github", "vscode", "code editor", "ide", "cli"],
            new("#0D1117", "#161B22", "#58A6FF", "#3FB950", "#E6EDF3", "#8B949E"),
            new(InterStack, "'JetBrains Mono', 'Fira Code', " + Mono, 600, -0.01, false),
            ["code and terminal windows as content", "dark surfaces with subtle borders", "syntax-colour accents, sparingly", "typing and cursor effects for text"],
            new(Standard, 200, 150, 1, "fast")),
        Style(
            "kinetic-typography", "Kinetic typography", "Type is the picture: huge condensed words on black, hitting on the beat with a yellow highlight.",
            ["kinetic type", "kinetic text", "motion typography", "typographic", "text animation", "lyric", "type animation"],
            new("#111111", "#222222", "#FFFFFF", "#FFD400", "#FFFFFF", "#BDBDBD"),
            new("Anton, 'Bebas Neue', Impact, " + Sans, "Inter, " + Sans, 900, -0.01, true),
            ["one to three words on screen at a time", "words scale, slide and mask in on the beat", "one highlight colour for the key word", "no images unless essential"],
            new("Easing.out(Easing.exp)", 200, 260, 0.7, "fast")),
        Style(
            "hand-drawn", "Hand-drawn", "Sketchbook charm: paper white, ink blue and coral, handwritten headings and doodled arrows.",
            ["hand drawn", "handdrawn", "sketch", "sketchy", "doodle", "doodles", "whiteboard", "scribble", "notebook", "crayon"],
            new("#FFFDF7", "#FFFFFF", "#2B59C3", "#F25C54", "#222222", "#5F5F5F"),
            new("Caveat, 'Patrick Hand', 'Comic Sans MS', " + Sans, "'Patrick Hand', 'Trebuchet MS', " + Sans, 700, 0, false),
            ["lines that draw themselves on", "doodled arrows, circles and underlines", "slightly imperfect alignment", "paper texture background"],
            new(Standard, 20, 120, 1, "medium")),
        Style(
            "newspaper", "Newspaper", "Front-page news: newsprint, black serif headlines, columns, rules and a dark red masthead.",
            ["news", "newsprint", "broadsheet", "tabloid", "breaking news", "front page", "new york times", "nyt", "press"],
            new("#F5F1E8", "#EAE3D2", "#111111", "#8B0000", "#111111", "#4D4D4D"),
            new("'Libre Caslon Text', " + Serif, "'Libre Baskerville', Georgia, serif", 800, -0.01, false),
            ["a masthead and a dominant headline", "text in narrow columns with rules", "halftone-style images", "spins, zooms and paper slides between stories"],
            new(Standard, 200, 130, 1, "medium")),
        Style(
            "gaming", "Gaming / esports", "Esports hype: near-black navy, red and yellow energy, slanted heavy type and fast cuts.",
            ["esports", "e sports", "gamer", "gaming esports", "video game", "game", "twitch", "valorant", "fortnite", "arcade"],
            new("#0B0F1A", "#141B2D", "#FF4655", "#FACC15", "#F1F5F9", "#94A3B8"),
            new("'Russo One', Teko, 'Arial Black', " + Sans, "Rajdhani, " + Sans, 800, 0.03, true),
            ["slanted panels and diagonal wipes", "big numbers and stats", "high-energy colour flashes", "impact frames on key moments"],
            new(Snap, 12, 240, 0.6, "fast")),
        Style(
            "pop-art", "Pop art", "Comic-book pop art: sunny yellow, red and blue, halftone dots and shouting uppercase type.",
            ["pop", "comic", "comic book", "comics", "warhol", "lichtenstein", "halftone", "bold", "vibrant", "loud"],
            new("#FFE14D", "#FFFFFF", "#E4002B", "#0057FF", "#111111", "#3D3D3D"),
            new("Bangers, Impact, 'Arial Black', " + Sans, "'Comic Neue', 'Trebuchet MS', " + Sans, 900, 0.02, true),
            ["halftone dots and thick outlines", "speech bubbles and action bursts", "flat primary colours", "punchy scale-in pops"],
            new(Overshoot, 10, 260, 0.7, "fast")),
        Style(
            "cinematic", "Cinematic", "Movie-trailer drama: letterboxed near-black, teal and orange grade, wide-spaced serif capitals.",
            ["movie", "movie trailer", "trailer", "film", "hollywood", "epic", "blockbuster", "documentary"],
            new("#07090C", "#15191E", "#F28C28", "#1F8A99", "#ECECEC", "#9AA0A6"),
            new("Cinzel, 'Trajan Pro', Georgia, serif", "Lato, 'Helvetica Neue', " + Sans, 600, 0.2, true),
            ["letterbox bars and a centred title", "slow push-ins and light leaks", "teal shadows, orange highlights", "one line of text at a time"],
            new(InOutCubic, 200, 50, 1.3, "slow")),
    ];

    private static StyleProfile Style(
        string key, string name, string description, string[] aliases, StylePalette palette, StyleTypography typography, string[] principles, StyleMotion motion) =>
        new(key, name, [.. aliases], description, palette, typography, [.. principles], motion);
}
