using System.Collections.Frozen;
using System.Text;

namespace BazaarVid.Brain;

/// <summary>
/// Turns style phrases into comparable terms: lower case, possessives and punctuation removed, leading articles
/// and filler words ("ad", "style", "aesthetic", "vibes", "-like", "-esque") dropped, so "an Apple ad",
/// "Apple-style" and "apple-like" all become <c>apple</c>. Also the edit distance used for typos.
/// </summary>
internal static class StyleTerms
{
    /// <summary>Words that say how a style is referred to, never which style it is.</summary>
    private static readonly FrozenSet<string> Fillers = FrozenSet.ToFrozenSet(
    [
        "ad", "ads", "advert", "adverts", "advertisement", "commercial", "commercials", "promo", "spot", "video", "videos",
        "style", "styled", "styles", "look", "looks", "looking", "aesthetic", "aesthetics", "vibe", "vibes", "vibey", "feel",
        "feeling", "design", "designs", "theme", "themed", "like", "esque", "ish", "inspired", "website", "site",
        "landing", "brand", "branding", "kind", "sort", "thing", "stuff", "please",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> LeadingArticles = FrozenSet.ToFrozenSet(
        ["a", "an", "the", "some", "our", "my", "your", "their", "that", "this", "classic", "typical", "real"], StringComparer.Ordinal);

    /// <summary>The words of a phrase that name a style, in order (may be empty).</summary>
    public static List<string> Words(string phrase)
    {
        var text = phrase.ToLowerInvariant()
            .Replace("’", "'", StringComparison.Ordinal)
            .Replace("'s ", " ", StringComparison.Ordinal)
            .Replace("'", string.Empty, StringComparison.Ordinal);
        if (text.EndsWith("'s", StringComparison.Ordinal))
        {
            text = text[..^2];
        }

        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        while (words.Count > 0 && LeadingArticles.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        words.RemoveAll(Fillers.Contains);
        return words;
    }

    /// <summary>The words joined with no separator: the form compared for exact, alias and fuzzy matches.</summary>
    public static string Compact(IEnumerable<string> words) => string.Concat(words);

    /// <summary>The normalized phrase with single spaces (the cache key of a phrase).</summary>
    public static string Key(string phrase) => string.Join(' ', Words(phrase));

    /// <summary>
    /// The optimal-string-alignment Damerau-Levenshtein distance (insert, delete, substitute, swap adjacent),
    /// capped at <paramref name="limit"/> + 1 (returned at once when the lengths alone differ by more).
    /// </summary>
    public static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return Math.Min(previous[b.Length], limit + 1);
    }
}
