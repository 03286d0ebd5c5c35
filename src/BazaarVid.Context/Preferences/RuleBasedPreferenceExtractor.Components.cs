using System.Text.RegularExpressions;

namespace BazaarVid.Context;

public sealed partial class RuleBasedPreferenceExtractor
{
    // A component phrase is a short noun phrase; longer runs are sentences ("no way I want that").
    private const int MaxComponentWords = 3;
    private const int MaxComponentTokens = 16;

    /// <summary>
    /// "no emojis", "don't use gradients", "avoid stock photos", "without any sound effects" are things to avoid;
    /// "always show our logo", "include the tagline in every scene", "I prefer icons" things to use. Lists
    /// ("no emojis, gradients or stock photos") give one observation each; "I prefer icons over emojis" also avoids
    /// emojis. Idioms ("no problem", "no more than 3 seconds", "without changing the logo") and descriptions
    /// ("there is no logo") are not components.
    /// </summary>
    private static void ReadComponents(Clause clause, Findings found)
    {
        // "no emojis" is a directive wherever it stands; clauses about one scene never get here.
        const bool isExplicit = true;
        foreach (Match match in AvoidPattern().Matches(clause.Lower))
        {
            if (match.Groups["cue"].Value == "no" && PreferenceLexicon.DescriptiveBeforeNo.Contains(clause.Previous(clause.WordAtOrAfter(match.Index))))
            {
                continue;
            }

            var tokens = Tokens(clause.Lower, match.Index + match.Length);
            foreach (var item in ComponentItems(tokens, 0, allowContrast: false, out _, avoid: true))
            {
                AddComponent(clause, found, PreferenceKind.AvoidComponent, match.Index, item, isExplicit);
            }
        }

        foreach (Match match in PreferPattern().Matches(clause.Lower))
        {
            var tokens = Tokens(clause.Lower, match.Index + match.Length);
            var items = ComponentItems(tokens, 0, allowContrast: true, out var contrast);
            foreach (var item in items)
            {
                AddComponent(clause, found, PreferenceKind.PreferComponent, match.Index, item, isExplicit);
            }

            if (contrast > 0)
            {
                foreach (var item in ComponentItems(tokens, contrast, allowContrast: false, out _, avoid: true))
                {
                    AddComponent(clause, found, PreferenceKind.AvoidComponent, tokens[contrast - 1].Start, item, isExplicit);
                }
            }
        }
    }

    private static void AddComponent(Clause clause, Findings found, PreferenceKind kind, int cueStart, Item item, bool isExplicit) =>
        found.Add(clause.Offset + item.Start, new PreferenceObservation(kind, item.Value, Confidence(isExplicit), isExplicit, clause.Text[cueStart..item.End]));

    /// <summary>Words and commas after a cue, up to the first other punctuation.</summary>
    private static List<Token> Tokens(string lower, int start)
    {
        var tokens = new List<Token>();
        var at = start;
        var comma = false;
        while (at < lower.Length && tokens.Count < MaxComponentTokens)
        {
            var c = lower[at];
            if (c is ' ' or '\t')
            {
                at++;
            }
            else if (c == ',')
            {
                comma = true;
                at++;
            }
            else if (IsTokenChar(c))
            {
                var from = at;
                while (at < lower.Length && IsTokenChar(lower[at]))
                {
                    at++;
                }

                tokens.Add(new Token(lower[from..at], from, at, comma));
                comma = false;
            }
            else
            {
                break;
            }
        }

        return tokens;
    }

    private static bool IsTokenChar(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '\'' or '-';

    /// <summary>
    /// The noun phrases of a list. An item cut by a verb ("the intro to be long") makes the whole phrase a clause,
    /// not a component, and ends the list. <paramref name="contrast"/> is where "over …", "instead of …",
    /// "rather than …" or "to …" starts, when allowed.
    /// </summary>
    private static List<Item> ComponentItems(List<Token> tokens, int start, bool allowContrast, out int contrast, bool avoid = false)
    {
        var items = new List<Item>();
        contrast = -1;
        var i = start;
        while (i < tokens.Count)
        {
            while (i < tokens.Count && PreferenceLexicon.LeadVerbs.Contains(tokens[i].Text))
            {
                i++;
            }

            if (i >= tokens.Count || PreferenceLexicon.NotComponentStart.Contains(tokens[i].Text) || PreferenceLexicon.Pacing.ContainsKey(tokens[i].Text))
            {
                break;
            }

            var j = i;
            var end = string.Empty;
            while (j < tokens.Count)
            {
                var text = tokens[j].Text;
                if (j > i && tokens[j].CommaBefore)
                {
                    end = ",";
                    break;
                }

                if (text is "and" or "or" or "nor" || PreferenceLexicon.ComponentEnd.Contains(text) || j - i == MaxComponentWords + 1)
                {
                    end = text;
                    break;
                }

                j++;
            }

            if (j == i || j - i > MaxComponentWords || PreferenceLexicon.ComponentClauseEnders.Contains(end))
            {
                break;
            }

            var words = tokens.GetRange(i, j - i).ConvertAll(t => t.Text);
            if (IsComponent(words, avoid))
            {
                items.Add(new Item(string.Join(' ', words), tokens[i].Start, tokens[j - 1].End));
            }

            if (end is "," or "and" or "or" or "nor")
            {
                i = end == "," ? j : j + 1;
                continue;
            }

            if (allowContrast && items.Count > 0)
            {
                contrast = end switch
                {
                    "over" or "to" => j + 1,
                    "instead" when j + 1 < tokens.Count && tokens[j + 1].Text == "of" => j + 2,
                    "rather" when j + 1 < tokens.Count && tokens[j + 1].Text == "than" => j + 2,
                    _ => -1,
                };
            }

            break;
        }

        return items;
    }

    /// <summary>
    /// A single style or animation word is read by its own reader (a negated one is dropped there), and so is a colour
    /// to use; a colour to avoid ("avoid red") is kept as an avoid component. "minimal look" or "Inter" is no component.
    /// </summary>
    private static bool IsComponent(List<string> words, bool avoid)
    {
        if (words.Count == 1)
        {
            var word = words[0];
            if (PreferenceLexicon.VisualStyle.ContainsKey(word) || PreferenceLexicon.AnimationStyle.ContainsKey(word) || (IsColorWord(word) && !avoid))
            {
                return false;
            }
        }

        return !words.Exists(PreferenceLexicon.ComponentNotNouns.Contains)
            && Array.IndexOf(LowerFonts, string.Join(' ', words)) < 0;
    }

    private readonly record struct Token(string Text, int Start, int End, bool CommaBefore);

    private readonly record struct Item(string Value, int Start, int End);

    [GeneratedRegex(@"(?<![\w'])(?<cue>no|without|avoid|avoiding|(?:please\s+)?(?:don't|dont|do\s+not|never|stop|quit)\s+(?:use|using|add|adding|include|including|show|showing|put|putting|want|need)|(?:i|we)\s+(?:hate|dislike)|get\s+rid\s+of\s+(?:all|any)|(?:i'd|we'd|i\s+would|we\s+would)\s+rather\s+not\s+(?:use|have|show|include|see)|prefer\s+not\s+to\s+(?:use|have|show|include|see))\s+(?=[a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex AvoidPattern();

    [GeneratedRegex(@"(?<![\w'])(?:always\s+(?:show|include|use|add|have|display|feature|put|keep)|make\s+sure\s+(?:to|you|we)\s+(?:show|include|use|add|have)|prefer(?:ably)?(?:\s+to\s+use)?|(?:every|each|all)\s+(?:scenes?|slides?|shots?)\s+(?:(?:should|must|needs?\s+to|has\s+to|have\s+to)\s+)?(?:have|has|show|shows|include|includes|feature|display|need|needs)|(?:use|include|show|add|put|display|keep|have)(?=\s[a-z0-9' ""“”-]{1,80}?\s(?:in|on|to|of|across|throughout)\s(?:every|each|all)\s(?:the\s)?(?:scenes?|slides?|shots?)\b))\s+(?=[a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex PreferPattern();
}
