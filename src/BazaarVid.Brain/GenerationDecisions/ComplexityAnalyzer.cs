using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using BazaarVid.Context;

namespace BazaarVid.Brain;

/// <summary>
/// Reads the complexity cues of a prompt with fixed patterns: quoted strings, enumerations ("a, b and c"), counted
/// items ("three cards", "a 2x2 grid"), layout cues and animation cues (each counted once, reported in a fixed order).
/// </summary>
internal static partial class ComplexityAnalyzer
{
    private const int MaxCountedPerMention = 24;
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["a couple of"] = 2, ["a pair of"] = 2, ["a few"] = 3, ["several"] = 4,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly (string Name, Regex Pattern)[] LayoutCues =
    [
        ("grid", GridCue()),
        ("columns", ColumnsCue()),
        ("split-screen", SplitScreenCue()),
        ("side-by-side", SideBySideCue()),
        ("timeline", TimelineCue()),
        ("chart", ChartCue()),
        ("graph", GraphCue()),
        ("table", TableCue()),
        ("comparison", ComparisonCue()),
        ("before-after", BeforeAfterCue()),
        ("diagram", DiagramCue()),
        ("side-placement", PlacementCue()),
    ];

    private static readonly (string Name, Regex Pattern)[] AnimationCues =
    [
        ("stagger", StaggerCue()),
        ("sequence", SequenceCue()),
        ("parallax", ParallaxCue()),
        ("transitions", TransitionCue()),
        ("morph", MorphCue()),
        ("3d", ThreeDCue()),
        ("count-up", CountUpCue()),
        ("draw-on", DrawOnCue()),
        ("camera", CameraCue()),
        ("particles", ParticlesCue()),
    ];

    public static ComplexityCues Analyze(string prompt, int assetCount, PreferenceSet preferences, int maxCharacters)
    {
        var text = prompt.Length > maxCharacters ? prompt[..maxCharacters] : prompt;
        var quoted = QuotedString().Count(text);
        var withoutQuotes = QuotedString().Replace(text, "item");
        var listItems = LongestList(withoutQuotes);
        var counted = Counted(withoutQuotes);
        var preferred = preferences.All(PreferenceKind.PreferComponent).Count();
        var elements = Math.Max(1, Math.Max(quoted, Math.Max(listItems, counted))) + preferred;
        return new ComplexityCues(
            elements,
            quoted,
            listItems,
            counted,
            preferred,
            Found(LayoutCues, text),
            Found(AnimationCues, text),
            assetCount);
    }

    private static ImmutableArray<string> Found((string Name, Regex Pattern)[] cues, string text) =>
        [.. cues.Where(c => c.Pattern.IsMatch(text)).Select(c => c.Name)];

    private static int LongestList(string text)
    {
        var longest = 0;
        foreach (Match match in Enumeration().Matches(text))
        {
            var items = ListSeparator().Split(match.Value).Count(part => !string.IsNullOrWhiteSpace(part));
            longest = Math.Max(longest, items);
        }

        return longest;
    }

    private static int Counted(string text)
    {
        var total = 0;
        foreach (Match match in CountedItems().Matches(text))
        {
            var number = match.Groups["number"].Value;
            var value = int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var digits)
                ? digits
                : NumberWords.GetValueOrDefault(string.Join(' ', number.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
            total += Math.Clamp(value, 0, MaxCountedPerMention);
        }

        foreach (Match match in GridSize().Matches(text))
        {
            total += Math.Min(MaxCountedPerMention, int.Parse(match.Groups["a"].Value, CultureInfo.InvariantCulture) * int.Parse(match.Groups["b"].Value, CultureInfo.InvariantCulture));
        }

        return total;
    }

    [GeneratedRegex("\"[^\"\\n]{1,200}\"|“[^”\\n]{1,200}”", Options)]
    private static partial Regex QuotedString();

    // "a, b and c", "a, b, or c": items of one to three words, at least one comma before the final and/or.
    [GeneratedRegex(@"\b[\w'-]+(?:[ ][\w'-]+){0,2}(?:[ ]?,[ ]?[\w'-]+(?:[ ][\w'-]+){0,2}){1,12}[ ]?,?[ ](?:and|or|&)[ ][\w'-]+(?:[ ][\w'-]+){0,2}", Options)]
    private static partial Regex Enumeration();

    [GeneratedRegex(@",|\s(?:and|or|&)\s", Options)]
    private static partial Regex ListSeparator();

    [GeneratedRegex(
        @"\b(?<number>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+couple\s+of|a\s+pair\s+of|a\s+few|several)\s+(?:[\w-]+\s+){0,2}?"
        + @"(?:cards?|features?|items?|steps?|bullets?|bullet\s+points|points|logos|images|photos|pictures|screenshots|icons|stats|statistics|metrics|"
        + @"numbers|columns|rows|tiers|plans|testimonials|quotes|boxes|tiles|panels|words|lines|benefits|reasons|tips|products|avatars|"
        + @"people|members|milestones|sections|charts|graphs|buttons|badges|labels|tags|questions|stages|phases)\b",
        Options)]
    private static partial Regex CountedItems();

    [GeneratedRegex(@"\b(?<a>[1-6])\s?[x×]\s?(?<b>[1-6])\b", Options)]
    private static partial Regex GridSize();

    [GeneratedRegex(@"\b(?:grid|bento|mosaic|collage)\b", Options)]
    private static partial Regex GridCue();

    [GeneratedRegex(@"\bcolumns?\b|\bmulti-column\b", Options)]
    private static partial Regex ColumnsCue();

    [GeneratedRegex(@"\bsplit[- ]?screen\b|\bsplit\s+(?:layout|view|in\s+(?:two|half))\b", Options)]
    private static partial Regex SplitScreenCue();

    [GeneratedRegex(@"\bside[- ]by[- ]side\b", Options)]
    private static partial Regex SideBySideCue();

    [GeneratedRegex(@"\b(?:timeline|roadmap|milestones)\b", Options)]
    private static partial Regex TimelineCue();

    [GeneratedRegex(@"\b(?:charts?|pie|donut|histogram)\b", Options)]
    private static partial Regex ChartCue();

    [GeneratedRegex(@"\bgraphs?\b", Options)]
    private static partial Regex GraphCue();

    [GeneratedRegex(@"\btables?\b|\bspreadsheet\b", Options)]
    private static partial Regex TableCue();

    [GeneratedRegex(@"\bcompar(?:e|es|ed|ing|ison|isons)\b|\bvs\.?(?=\s)|\bversus\b", Options)]
    private static partial Regex ComparisonCue();

    [GeneratedRegex(@"\bbefore\s*(?:/|and|&|-|or)\s*after\b", Options)]
    private static partial Regex BeforeAfterCue();

    [GeneratedRegex(@"\b(?:diagram|flow\s?chart|infographic|org\s?chart|funnel)s?\b", Options)]
    private static partial Regex DiagramCue();

    [GeneratedRegex(@"\bon\s+the\s+(?:left|right)\b|\b(?:left|right)[- ](?:side|half|column)\b", Options)]
    private static partial Regex PlacementCue();

    [GeneratedRegex(@"\bstagger(?:s|ed|ing)?\b", Options)]
    private static partial Regex StaggerCue();

    [GeneratedRegex(@"\bsequen(?:ce|ces|tial|tially)\b|\bone\s+by\s+one\b|\bone\s+after\s+(?:another|the\s+other)\b|\bin\s+turn\b", Options)]
    private static partial Regex SequenceCue();

    [GeneratedRegex(@"\bparallax\b", Options)]
    private static partial Regex ParallaxCue();

    [GeneratedRegex(@"\btransitions?\b|\bwipes?\b|\bcross-?fades?\b", Options)]
    private static partial Regex TransitionCue();

    [GeneratedRegex(@"\bmorph(?:s|ed|ing)?\b|\bshape[- ]?shift", Options)]
    private static partial Regex MorphCue();

    [GeneratedRegex(@"\b3-?d\b|\bthree[- ]dimensional\b|\bperspective\b", Options)]
    private static partial Regex ThreeDCue();

    [GeneratedRegex(@"\bcount(?:s|ing)?\s+up\b|\bcounters?\b|\btickers?\b", Options)]
    private static partial Regex CountUpCue();

    [GeneratedRegex(@"\bdraws?\s+(?:itself|themselves|on|in)\b|\bpath\s+animation\b|\bline\s+drawing\b", Options)]
    private static partial Regex DrawOnCue();

    [GeneratedRegex(@"\bcamera\b|\bzooms?\s+(?:through|into)\b|\bdolly\b|\bpan(?:s|ning)?\s+across\b", Options)]
    private static partial Regex CameraCue();

    [GeneratedRegex(@"\bparticles?\b|\bconfetti\b", Options)]
    private static partial Regex ParticlesCue();
}
