using System.Text;
using System.Text.RegularExpressions;

namespace BazaarVid.Brain;

/// <summary>Element kinds a clause of a prompt talks about.</summary>
[Flags]
internal enum Targets
{
    None = 0,
    Headline = 1,
    Subheadline = 2,
    Card = 4,
    Image = 8,
    Logo = 16,
    Shape = 32,
    Background = 64,
    Accent = 128,
    Text = Headline | Subheadline | Card,
    Content = Text | Image | Logo,
}

/// <summary>What a quoted string in a prompt is for, from the words just before it.</summary>
internal enum QuoteRole
{
    Unspecified,
    Headline,
    Subheadline,
    Quote,
    Card,
}

/// <summary>A quoted string of a prompt: its text, where the quote marks are, and its role.</summary>
internal sealed record QuotedText(string Text, int Start, int End, QuoteRole Role);

/// <summary>A clause of a prompt (split at sentence ends, commas, "and", "then"): lower-case text with quotes blanked, and what it talks about.</summary>
internal sealed record PromptClause(string Lower, int Start, int End, Targets Targets);

/// <summary>
/// The text of a prompt as the offline generator reads it: quoted strings with their roles, the prompt with quoted
/// text blanked (so "change the headline to "Red alert"" is not a colour), clauses with their targets, a product
/// name, list items, a testimonial attribution and a topic.
/// </summary>
internal sealed partial class PromptText
{
    private static readonly (string Word, Targets Target)[] TargetWords =
    [
        ("headline", Targets.Headline), ("headlines", Targets.Headline), ("title", Targets.Headline), ("heading", Targets.Headline),
        ("header", Targets.Headline), ("main text", Targets.Headline), ("quote", Targets.Headline),
        ("subtitle", Targets.Subheadline), ("subheadline", Targets.Subheadline), ("subheading", Targets.Subheadline),
        ("tagline", Targets.Subheadline), ("subtext", Targets.Subheadline), ("caption", Targets.Subheadline),
        ("slogan", Targets.Subheadline), ("description", Targets.Subheadline), ("attribution", Targets.Subheadline),
        ("card", Targets.Card), ("cards", Targets.Card), ("box", Targets.Card), ("boxes", Targets.Card), ("tile", Targets.Card), ("tiles", Targets.Card),
        ("image", Targets.Image), ("images", Targets.Image), ("screenshot", Targets.Image), ("screenshots", Targets.Image),
        ("photo", Targets.Image), ("photos", Targets.Image), ("picture", Targets.Image), ("pictures", Targets.Image),
        ("mockup", Targets.Image), ("product shot", Targets.Image), ("logo", Targets.Logo), ("logos", Targets.Logo),
        ("shape", Targets.Shape), ("shapes", Targets.Shape), ("line", Targets.Shape), ("lines", Targets.Shape), ("ring", Targets.Shape),
        ("rings", Targets.Shape), ("circle", Targets.Shape), ("circles", Targets.Shape), ("glow", Targets.Shape), ("underline", Targets.Shape),
        ("divider", Targets.Shape), ("accent", Targets.Accent), ("accents", Targets.Accent), ("background", Targets.Background), ("backdrop", Targets.Background), ("bg", Targets.Background),
        ("text", Targets.Text), ("texts", Targets.Text), ("copy", Targets.Text), ("words", Targets.Text), ("font", Targets.Text), ("fonts", Targets.Text),
    ];

    private static readonly HashSet<string> NameStopWords = new(StringComparer.Ordinal)
    {
        "I", "The", "A", "An", "Our", "My", "Your", "This", "That", "These", "Those", "It", "We", "Us", "Me", "Every", "Each", "All", "Some", "Scene",
    };

    private static readonly HashSet<string> TopicStopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "with", "in", "using", "that", "and", "but", "make", "where", "which", "on", "for", "to", "as", "at", "by", "then", "so", "please", "it",
    };

    private PromptText(string original)
    {
        Original = original;
        Quotes = FindQuotes(original);
        Masked = Mask(original, Quotes);
        Lower = Masked.ToLowerInvariant();
        Clauses = SplitClauses(Lower);
        ProductName = FindProductName(Masked);
        ListItems = FindListItems(this);
        Attribution = FindAttribution(Masked);
        IsTestimonial = Quotes.Count > 0 && TestimonialWords().IsMatch(Lower);
        Topic = FindTopic(Masked);
    }

    /// <summary>The prompt verbatim.</summary>
    public string Original { get; }

    /// <summary>The prompt with the text inside quotes replaced by spaces (same length, same offsets).</summary>
    public string Masked { get; }

    /// <summary><see cref="Masked"/> in lower case.</summary>
    public string Lower { get; }

    public List<QuotedText> Quotes { get; }

    public List<PromptClause> Clauses { get; }

    /// <summary>A capitalised name after "for", "called", "introducing", … ("an intro for Spinlio"), or null.</summary>
    public string? ProductName { get; }

    /// <summary>Items of a list ("three cards: Zero Trust, Real-time alerts, SOC2 ready"), in order; empty when none.</summary>
    public List<string> ListItems { get; }

    /// <summary>True when the prompt asks for a testimonial or customer quote and quotes it.</summary>
    public bool IsTestimonial { get; }

    /// <summary>Who a testimonial is from ("Jane Doe, CTO at Acme"), or null.</summary>
    public string? Attribution { get; }

    /// <summary>What the scene is about when nothing is quoted ("about our new pricing" → "New Pricing"), or null.</summary>
    public string? Topic { get; }

    public static PromptText Read(string prompt) => new(prompt);

    /// <summary>True when a whole word or phrase of <paramref name="phrases"/> occurs in the lower-case masked prompt.</summary>
    public bool Has(params string[] phrases) => phrases.Any(p => ContainsPhrase(Lower, p));

    /// <summary>The first quote with <paramref name="role"/>, or null.</summary>
    public QuotedText? FirstQuote(QuoteRole role) => Quotes.Find(q => q.Role == role);

    /// <summary>True when <paramref name="phrase"/> occurs in <paramref name="lower"/> as whole words.</summary>
    public static bool ContainsPhrase(string lower, string phrase)
    {
        var at = 0;
        while ((at = lower.IndexOf(phrase, at, StringComparison.Ordinal)) >= 0)
        {
            var before = at == 0 || !char.IsLetterOrDigit(lower[at - 1]);
            var end = at + phrase.Length;
            var after = end >= lower.Length || !char.IsLetterOrDigit(lower[end]);
            if (before && after)
            {
                return true;
            }

            at++;
        }

        return false;
    }

    /// <summary>The kinds a piece of lower-case text names ("the headline text" is the headline only).</summary>
    public static Targets TargetsOf(string lower)
    {
        var targets = Targets.None;
        foreach (var (word, target) in TargetWords)
        {
            if (target != Targets.Text && ContainsPhrase(lower, word))
            {
                targets |= target;
            }
        }

        if ((targets & Targets.Text) == 0 && TargetWords.Any(t => t.Target == Targets.Text && ContainsPhrase(lower, t.Word)))
        {
            targets |= Targets.Text;
        }

        // "background image" and "line" in "headline" are handled by whole-word matching; "background image" is the background's.
        if (ContainsPhrase(lower, "background image") || ContainsPhrase(lower, "background photo"))
        {
            targets &= ~Targets.Image;
        }

        return targets;
    }

    /// <summary>Every target word in <paramref name="lower"/> with where it is, in text order.</summary>
    public static List<(Targets Target, int Start, int End)> TargetOccurrences(string lower)
    {
        var found = new List<(Targets Target, int Start, int End)>();
        foreach (var (word, target) in TargetWords)
        {
            var at = 0;
            while ((at = lower.IndexOf(word, at, StringComparison.Ordinal)) >= 0)
            {
                var end = at + word.Length;
                if ((at == 0 || !char.IsLetterOrDigit(lower[at - 1])) && (end >= lower.Length || !char.IsLetterOrDigit(lower[end])))
                {
                    found.Add((target, at, end));
                }

                at = end;
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static List<QuotedText> FindQuotes(string text)
    {
        var spans = new List<(int Start, int End, string Inner)>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var closers = c switch
            {
                '"' => "\"",
                '\u201C' => "\u201D\"",
                '\u00AB' => "\u00BB",
                '\u2018' or '\'' when i == 0 || !char.IsLetterOrDigit(text[i - 1]) => "'\u2019",
                _ => null,
            };
            if (closers is null)
            {
                i++;
                continue;
            }

            var close = FindCloser(text, i + 1, closers, apostrophes: closers.Contains('\'', StringComparison.Ordinal));
            if (close < 0)
            {
                i++;
                continue;
            }

            var inner = text[(i + 1)..close].Trim();
            if (inner.Length > 0)
            {
                spans.Add((i, close + 1, inner));
            }

            i = close + 1;
        }

        var quotes = new List<QuotedText>(spans.Count);
        for (var k = 0; k < spans.Count; k++)
        {
            var role = RoleBefore(text, spans[k].Start, k == 0 ? 0 : spans[k - 1].End);
            if (role == QuoteRole.Unspecified && k > 0 && OnlySeparators(text, spans[k - 1].End, spans[k].Start))
            {
                role = quotes[k - 1].Role;
            }

            quotes.Add(new QuotedText(spans[k].Inner, spans[k].Start, spans[k].End, role));
        }

        return quotes;
    }

    private static int FindCloser(string text, int from, string closers, bool apostrophes)
    {
        for (var j = from; j < text.Length; j++)
        {
            if (closers.IndexOf(text[j], StringComparison.Ordinal) < 0)
            {
                continue;
            }

            // An apostrophe inside a word ("don't") does not close a single-quoted string.
            if (apostrophes && j + 1 < text.Length && char.IsLetterOrDigit(text[j + 1]))
            {
                continue;
            }

            return j;
        }

        return -1;
    }

    private static bool OnlySeparators(string text, int from, int to) =>
        SeparatorsOnly().IsMatch(text.AsSpan(from, to - from));

    private static QuoteRole RoleBefore(string text, int quoteStart, int floor)
    {
        var from = Math.Max(floor, quoteStart - 48);
        var context = text[from..quoteStart].ToLowerInvariant();
        var sentenceEnd = context.LastIndexOfAny(['.', '!', '?', '\n', ';']);
        if (sentenceEnd >= 0)
        {
            context = context[(sentenceEnd + 1)..];
        }

        var best = QuoteRole.Unspecified;
        var bestAt = -1;
        foreach (Match match in RoleWords().Matches(context))
        {
            if (match.Index < bestAt)
            {
                continue;
            }

            bestAt = match.Index;
            best = match.Groups["h"].Success ? QuoteRole.Headline
                : match.Groups["s"].Success ? QuoteRole.Subheadline
                : match.Groups["q"].Success ? QuoteRole.Quote
                : QuoteRole.Card;
        }

        return best;
    }

    private static string Mask(string text, List<QuotedText> quotes)
    {
        if (quotes.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text);
        foreach (var quote in quotes)
        {
            for (var i = quote.Start + 1; i < quote.End - 1; i++)
            {
                builder[i] = ' ';
            }
        }

        return builder.ToString();
    }

    private static List<PromptClause> SplitClauses(string lower)
    {
        var clauses = new List<PromptClause>();
        var start = 0;
        // "move the logo to the top right and make it bigger": "it" is what the previous instruction was about.
        var previous = Targets.None;
        foreach (Match split in ClauseSplit().Matches(lower))
        {
            Add(split.Index);
            start = split.Index + split.Length;
        }

        Add(lower.Length);
        return clauses;

        void Add(int end)
        {
            if (end <= start)
            {
                return;
            }

            var text = lower[start..end];
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            var targets = TargetsOf(text);
            if (targets == Targets.None && (ContainsPhrase(text, "it") || ContainsPhrase(text, "them")))
            {
                targets = previous;
            }

            clauses.Add(new PromptClause(text, start, end, targets));
            previous = targets != Targets.None && Instruction().IsMatch(text) ? targets : Targets.None;
        }
    }

    private static string? FindProductName(string masked)
    {
        foreach (Match match in ProductPattern().Matches(masked))
        {
            var words = match.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            while (words.Count > 0 && NameStopWords.Contains(words[0]))
            {
                words.RemoveAt(0);
            }

            if (words.Count == 0)
            {
                continue;
            }

            var name = string.Join(' ', words).TrimEnd('.', ',', ':', ';', '!', '?', '-');
            if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("\u2019s", StringComparison.Ordinal))
            {
                name = name[..^2];
            }

            if (name.Length >= 2)
            {
                return name;
            }
        }

        return null;
    }

    private static List<string> FindListItems(PromptText prompt)
    {
        var items = new List<string>();
        var match = ListPattern().Match(prompt.Masked);
        if (match.Success)
        {
            var count = CountOf(match.Groups["count"].Value);
            var from = match.Index + match.Length;
            var end = SentenceEnd().Match(prompt.Masked, from) is { Success: true } stop ? stop.Index : prompt.Masked.Length;
            var quoted = prompt.Quotes.Where(q => q.Start >= from && q.End <= end).ToList();
            var raw = quoted.Count > 0
                ? quoted.Select(q => q.Text)
                : ItemSplit().Split(prompt.Original[from..end]);
            foreach (var part in raw)
            {
                var item = part.Trim().Trim('"', '\u201C', '\u201D', '\'', '.', ' ');
                if (item.Length == 0)
                {
                    continue;
                }

                if (NotAnItem().IsMatch(item))
                {
                    break;
                }

                items.Add(Shorten(item, 60));
            }

            if (count is { } n && items.Count > n)
            {
                items.RemoveRange(n, items.Count - n);
            }
        }

        if (items.Count == 0)
        {
            items.AddRange(prompt.Quotes.Where(q => q.Role == QuoteRole.Card).Select(q => Shorten(q.Text, 60)));
        }

        return items.Count > 6 ? items.GetRange(0, 6) : items;
    }

    private static int? CountOf(string value) => value.ToLowerInvariant() switch
    {
        "" => null,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        var digits => int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null,
    };

    private static string? FindAttribution(string masked)
    {
        var match = AttributionPattern().Match(masked);
        if (!match.Success)
        {
            return null;
        }

        var who = match.Groups["who"].Value.Trim();
        var title = match.Groups["title"].Success ? match.Groups["title"].Value.Trim().TrimEnd(',', ' ') : string.Empty;
        if (title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is 0 or > 6)
        {
            return who;
        }

        return who + ", " + title;
    }

    private static string? FindTopic(string masked)
    {
        var match = TopicPattern().Match(masked);
        if (!match.Success)
        {
            return null;
        }

        var words = new List<string>();
        foreach (var word in match.Groups["topic"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (TopicStopWords.Contains(word) || words.Count == 6)
            {
                break;
            }

            if (words.Count == 0 && word.ToLowerInvariant() is "the" or "a" or "an")
            {
                continue;
            }

            words.Add(char.IsLower(word[0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word);
        }

        return words.Count == 0 ? null : string.Join(' ', words);
    }

    /// <summary>Cuts <paramref name="text"/> at a word boundary to at most <paramref name="max"/> characters, with an ellipsis.</summary>
    public static string Shorten(string text, int max)
    {
        var single = WhiteSpace().Replace(text.Trim(), " ");
        if (single.Length <= max)
        {
            return single;
        }

        var cut = single.LastIndexOf(' ', max - 1);
        return (cut > max / 2 ? single[..cut] : single[..(max - 1)]).TrimEnd() + "\u2026";
    }

    [GeneratedRegex(@"\b(?:(?<h>headline|title|heading|header|says|saying|reads|reading|text|words)|(?<s>tagline|subtitle|subheadline|subheading|subtext|caption|slogan|body|description|underneath|below)|(?<q>quote|testimonial|review|said)|(?<c>cards?|features?|bullets?|points|items|benefits))\b", RegexOptions.CultureInvariant)]
    private static partial Regex RoleWords();

    [GeneratedRegex(@"^[\s,;&/+]*(?:and|or)?[\s,;&/+]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorsOnly();

    [GeneratedRegex(@"[.!?;](?=\s|$)|\n|,\s|\s+(?:and|then|but|also|plus)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseSplit();

    [GeneratedRegex(@"\b(?:for|called|named|introducing|introduce|launching|launch|presenting|meet|brand)\s+(?<name>[A-Z0-9][\w&'\u2019.+-]*(?: [A-Z0-9][\w&'\u2019.+-]*){0,3})", RegexOptions.CultureInvariant)]
    private static partial Regex ProductPattern();

    [GeneratedRegex(@"(?:\b(?<count>\d{1,2}|two|three|four|five|six)\s+)?(?:[\w-]+\s+){0,2}?\b(?<noun>cards|features|points|bullets|items|steps|benefits|stats|reasons|pillars|tiles|boxes|plans|tiers|columns|highlights)\s*(?::|\s-|\u2014|\u2013|\bshowing\b|\blisting\b|\bsaying\b|\bsuch as\b|\blike\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListPattern();

    [GeneratedRegex(@"[.!?](?=\s|$)|\n", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s*(?:,|;|\s&\s|\band\b)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ItemSplit();

    [GeneratedRegex(@"^(?:on|in|with|make|use|using|then|over|against|set|add|all|each|every)\b|background|animat|\bseconds?\b|colou?r|\bstyle\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAnItem();

    [GeneratedRegex(@"\b(?:testimonial|customer quote|customer review|review|quote from|quoting|said)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TestimonialWords();

    [GeneratedRegex(@"(?:\bfrom|\bby|\u2014|\u2013|\bsaid|\bsays)\s+(?<who>[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3})(?:,\s*(?<title>[^,:;.!?""\u201C\n]{2,48}))?", RegexOptions.CultureInvariant)]
    private static partial Regex AttributionPattern();

    [GeneratedRegex(@"\b(?:about|showing|introducing|announcing|explaining|highlighting|presenting)\s+(?<topic>[\w'\u2019&-]+(?: [\w'\u2019&-]+){0,8})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TopicPattern();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"\b(?:move|make|put|place|set|change|turn|resize|scale|colou?r|align|position|shift|give|paint)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Instruction();
}
