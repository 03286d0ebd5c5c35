using System.Text.RegularExpressions;

namespace BazaarVid.Context;

/// <summary>
/// Finds http and https URLs in free text. Trailing sentence punctuation and unbalanced closing brackets
/// are not part of a URL; everything else, including signed query strings, is kept verbatim.
/// </summary>
public static partial class MessageUrlExtractor
{
    /// <summary>Every distinct URL in <paramref name="text"/>, in order of first appearance.</summary>
    public static IReadOnlyList<string> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains("http", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var found = new List<string>();
        foreach (Match match in UrlPattern().Matches(text))
        {
            var url = TrimTrailing(match.Value);
            if (AssetUrl.IsHttpUrl(url) && !found.Contains(url, StringComparer.Ordinal))
            {
                found.Add(url);
            }
        }

        return found;
    }

    private static string TrimTrailing(string url)
    {
        var end = url.Length;
        while (end > 0)
        {
            var c = url[end - 1];
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"')
            {
                end--;
            }
            else if (c is ')' or ']' or '}' && Count(url, end, Opening(c)) < Count(url, end, c))
            {
                end--;
            }
            else
            {
                break;
            }
        }

        return url[..end];
    }

    private static char Opening(char closing) => closing switch
    {
        ')' => '(',
        ']' => '[',
        _ => '{',
    };

    private static int Count(string text, int length, char c)
    {
        var count = 0;
        for (var i = 0; i < length; i++)
        {
            if (text[i] == c)
            {
                count++;
            }
        }

        return count;
    }

    [GeneratedRegex(@"https?://[^\s<>""'`]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();
}
