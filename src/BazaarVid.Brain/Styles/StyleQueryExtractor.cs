using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace BazaarVid.Brain;

/// <summary>
/// Finds the first style request in a prompt. Triggers are whole words ("stylesheet", "lifestyle" and "freestyle"
/// never fire); phrases stop at punctuation and at function words; phrases that name a part of the video ("font
/// style", "the style of the button", "look like the previous scene"), a pronoun or possessive ("feel like it",
/// "similar to our logo"), a reference ("same style", "what style") or an idiom ("in style") are rejected.
/// </summary>
internal static partial class StyleQueryExtractor
{
    private const int MaxForwardWords = 5;
    private const int MaxBackwardWords = 3;
    private const int MaxAdWords = 4;
    private const int CueWindow = 3;

    /// <summary>Words that end a phrase read leftwards from "style", "aesthetic", "vibe".</summary>
    private static readonly FrozenSet<string> BackwardStops = Set(
        "a", "an", "the", "in", "on", "at", "with", "for", "of", "to", "and", "or", "but", "make", "makes", "made", "give",
        "gives", "use", "using", "want", "need", "needs", "like", "it", "is", "are", "be", "was", "more", "less", "very",
        "really", "super", "into", "as", "from", "by", "do", "please", "some", "any", "all", "create", "add", "show", "try",
        "go", "keep", "apply", "switch", "change", "get", "have", "let's", "lets", "let", "same", "similar", "different",
        "new", "current", "previous", "own", "whole", "overall", "what", "which", "whatever", "every", "each", "particular",
        "certain", "specific", "unique", "personal", "signature", "consistent", "default", "this", "that", "these", "those",
        "my", "our", "your", "their", "its", "his", "her", "not", "no", "without", "than", "then", "so", "too", "strong",
        "heavy", "subtle", "slight", "slightly", "pure", "total", "full", "bit", "little", "kind", "sort", "touch", "hint",
        "extra", "big", "huge", "real", "true", "proper", "typical", "classic", "nice", "cool", "good", "great", "totally");

    /// <summary>Words that end a phrase read rightwards from "inspired by", "similar to", "in the style of".</summary>
    private static readonly FrozenSet<string> ForwardStops = Set(
        "and", "or", "but", "with", "for", "that", "which", "who", "where", "when", "while", "to", "in", "on", "at", "please",
        "so", "because", "using", "featuring", "plus", "then", "into", "than", "is", "are", "was", "were", "will", "should",
        "would", "could", "can", "from", "of", "as", "if", "though", "although", "instead", "except", "without", "about");

    /// <summary>Words naming a part of the video rather than a style.</summary>
    private static readonly FrozenSet<string> ElementNouns = Set(
        "font", "fonts", "text", "title", "titles", "heading", "headings", "headline", "button", "buttons", "card", "cards",
        "animation", "animations", "transition", "transitions", "writing", "border", "borders", "line", "lines", "bullet",
        "bullets", "list", "color", "colour", "colors", "colours", "image", "images", "photo", "photos", "logo", "logos",
        "scene", "scenes", "slide", "slides", "layout", "code", "icon", "icons", "background", "shape", "shapes", "chart",
        "charts", "label", "labels", "screenshot", "screenshots", "intro", "outro", "one", "ones", "first", "second",
        "third", "last", "previous", "next", "other", "rest", "original", "same", "above", "below", "before", "video",
        "clip", "frame", "tagline", "subtitle", "caption", "captions", "hair", "presentation", "dashboard", "screen", "product",
        "page", "homepage", "website", "site", "app", "graph", "table", "number", "numbers", "stat", "stats");

    /// <summary>Words that are not a style on their own ("in style", "art style", "old style", "bold style" of a font).</summary>
    private static readonly FrozenSet<string> NotAloneStyles = Set(
        "in", "art", "visual", "old", "house", "free", "life", "design", "graphic", "drawing", "music", "bold", "italic", "underlined",
        "uppercase", "caps", "regular", "normal", "plain");

    private static readonly FrozenSet<string> Pronouns = Set(
        "it", "this", "that", "these", "those", "them", "they", "he", "she", "we", "i", "you", "me", "us", "him", "her",
        "there", "here", "my", "our", "your", "their", "its", "his", "it's", "i'm", "we're", "you're", "something", "anything", "everything");

    private static readonly FrozenSet<string> Determiners = Set("a", "an", "the");

    private static readonly FrozenSet<string> AdNouns = Set(
        "ad", "ads", "advert", "advertisement", "commercial", "keynote", "trailer", "promo", "spot", "campaign", "teaser");

    /// <summary>Words that make "look like" and "feel like" a request rather than a remark ("it looks like a bug").</summary>
    private static readonly FrozenSet<string> RequestCues = Set(
        "make", "makes", "making", "should", "could", "would", "must", "to", "want", "wanna", "can", "let", "that", "which", "might");

    private static readonly FrozenSet<string> LikeSuffixExclusions = Set("life", "child", "human", "business", "lady", "war", "cat", "god", "work");

    private static readonly (string Ending, StyleQueryCue Cue)[] SuffixCues =
    [
        ("-style", StyleQueryCue.StyleSuffix), ("-styled", StyleQueryCue.StyleSuffix), ("-like", StyleQueryCue.LikeSuffix),
        ("-esque", StyleQueryCue.LikeSuffix), ("-inspired", StyleQueryCue.InspiredBy), ("-vibe", StyleQueryCue.Vibe),
        ("-vibes", StyleQueryCue.Vibe), ("-aesthetic", StyleQueryCue.Aesthetic),
    ];

    private static readonly (string[] Trigger, StyleQueryCue Cue, bool AllowDeterminer)[] ForwardTriggers =
    [
        (["in", "the", "style", "of"], StyleQueryCue.StyleOf, true),
        (["style", "of"], StyleQueryCue.StyleOf, false),
        (["styled", "after"], StyleQueryCue.StyleOf, true),
        (["styled", "like"], StyleQueryCue.StyleOf, true),
        (["inspired", "by"], StyleQueryCue.InspiredBy, true),
        (["similar", "to"], StyleQueryCue.SimilarTo, true),
        (["feels", "like"], StyleQueryCue.FeelsLike, true),
        (["feel", "like"], StyleQueryCue.FeelsLike, true),
        (["feeling", "like"], StyleQueryCue.FeelsLike, true),
        (["look", "like"], StyleQueryCue.LooksLike, true),
        (["looks", "like"], StyleQueryCue.LooksLike, true),
        (["looking", "like"], StyleQueryCue.LooksLike, true),
    ];

    public static StyleQuery? Extract(string prompt)
    {
        var tokens = Tokenize(prompt);
        for (var i = 0; i < tokens.Count; i++)
        {
            var query = AtToken(prompt, tokens, i);
            if (query is not null)
            {
                return query;
            }
        }

        return null;
    }

    private static StyleQuery? AtToken(string prompt, List<Token> tokens, int i)
    {
        var word = tokens[i].Lower;
        if (word is "style" or "aesthetic" && i + 1 < tokens.Count && Gap(prompt, tokens[i], tokens[i + 1]).Contains(':', StringComparison.Ordinal))
        {
            var label = Forward(prompt, tokens, i + 1, StyleQueryCue.StyleLabel, allowDeterminer: true, ignoreFirstGap: true);
            if (label is not null)
            {
                return label;
            }
        }

        var suffix = BackwardCue(word);
        if (suffix is { } cue)
        {
            var backward = Backward(prompt, tokens, i, cue.Cue, cue.Prefix);
            if (backward is not null)
            {
                return backward;
            }
        }

        if (word == "like" && LikeAnAd(prompt, tokens, i) is { } ad)
        {
            return ad;
        }

        foreach (var (trigger, triggerCue, allowDeterminer) in ForwardTriggers)
        {
            if (!Matches(prompt, tokens, i, trigger))
            {
                continue;
            }

            if (triggerCue is StyleQueryCue.LooksLike or StyleQueryCue.FeelsLike && !HasRequestCue(prompt, tokens, i))
            {
                return null;
            }

            if (trigger is ["style", "of"] && i >= 2 && tokens[i - 1].Lower == "the" && tokens[i - 2].Lower == "in")
            {
                continue;
            }

            return Forward(prompt, tokens, i + trigger.Length, triggerCue, allowDeterminer, ignoreFirstGap: false);
        }

        return null;
    }

    /// <summary>"style", "styled", "aesthetic", "vibe(s)" as whole words, or "X-style", "X-like", "X-esque" inside a word.</summary>
    private static (StyleQueryCue Cue, int Prefix)? BackwardCue(string word)
    {
        switch (word)
        {
            case "style" or "styled":
                return (StyleQueryCue.StyleSuffix, 0);
            case "aesthetic" or "aesthetics":
                return (StyleQueryCue.Aesthetic, 0);
            case "vibe" or "vibes":
                return (StyleQueryCue.Vibe, 0);
        }

        foreach (var (ending, cue) in SuffixCues)
        {
            if (word.Length > ending.Length && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return (cue, word.Length - ending.Length);
            }
        }

        return null;
    }

    private static StyleQuery? Backward(string prompt, List<Token> tokens, int i, StyleQueryCue cue, int prefixLength)
    {
        var words = new List<Token>();
        if (prefixLength > 0)
        {
            var prefix = tokens[i] with { Length = prefixLength, Lower = tokens[i].Lower[..prefixLength] };
            if (cue == StyleQueryCue.LikeSuffix && LikeSuffixExclusions.Contains(prefix.Lower))
            {
                return null;
            }

            words.Add(prefix);
        }

        for (var j = i - 1; j >= 0 && words.Count < MaxBackwardWords; j--)
        {
            if (Boundary(prompt, tokens[j], words.Count > 0 ? words[^1] : tokens[i]) || BackwardStops.Contains(tokens[j].Lower)
                || (words.Count > 0 && ElementNouns.Contains(tokens[j].Lower)))
            {
                break;
            }

            // "Art Deco-style" takes "Art" along; "the product shot apple-esque" does not take "shot".
            if (prefixLength > 0 && !(char.IsUpper(prompt[tokens[j].Start]) && char.IsUpper(prompt[tokens[i].Start])))
            {
                break;
            }

            words.Add(tokens[j]);
        }

        if (words.Count == 0)
        {
            return null;
        }

        words.Reverse();
        var nearest = words[^1].Lower;
        if (ElementNouns.Contains(nearest) || (words.Count == 1 && NotAloneStyles.Contains(nearest)))
        {
            return null;
        }

        return Query(prompt, words, cue);
    }

    private static StyleQuery? Forward(string prompt, List<Token> tokens, int start, StyleQueryCue cue, bool allowDeterminer, bool ignoreFirstGap)
    {
        if (start >= tokens.Count || (!ignoreFirstGap && Boundary(prompt, tokens[start - 1], tokens[start])))
        {
            return null;
        }

        var words = new List<Token> { tokens[start] };
        for (var j = start + 1; j < tokens.Count && words.Count < MaxForwardWords; j++)
        {
            if (Boundary(prompt, tokens[j - 1], tokens[j]) || ForwardStops.Contains(tokens[j].Lower))
            {
                break;
            }

            words.Add(tokens[j]);
        }

        var first = words[0].Lower;
        if (Pronouns.Contains(first) || ForwardStops.Contains(first) || (first.EndsWith("ing", StringComparison.Ordinal) && first.Length > 4))
        {
            return null;
        }

        if (Determiners.Contains(first))
        {
            if (!allowDeterminer || words.Count == 1 || ElementNouns.Contains(words[1].Lower) || Pronouns.Contains(words[1].Lower))
            {
                return null;
            }
        }
        else if (ElementNouns.Contains(first))
        {
            return null;
        }

        return Query(prompt, words, cue);
    }

    /// <summary>"like an Apple ad", "like a Nike commercial": the words up to and including the ad noun.</summary>
    private static StyleQuery? LikeAnAd(string prompt, List<Token> tokens, int like)
    {
        var start = like + 1;
        if (start < tokens.Count && Determiners.Contains(tokens[start].Lower))
        {
            start++;
        }

        for (var end = start; end < tokens.Count && end - start < MaxAdWords; end++)
        {
            if (Boundary(prompt, tokens[end - 1], tokens[end]))
            {
                return null;
            }

            if (AdNouns.Contains(tokens[end].Lower))
            {
                if (end == start || Pronouns.Contains(tokens[start].Lower) || ElementNouns.Contains(tokens[start].Lower))
                {
                    return null;
                }

                return Query(prompt, tokens.GetRange(start, end - start + 1), StyleQueryCue.LikeAnAd);
            }
        }

        return null;
    }

    private static bool HasRequestCue(string prompt, List<Token> tokens, int i)
    {
        for (var j = i - 1; j >= 0 && j >= i - CueWindow; j--)
        {
            if (Boundary(prompt, tokens[j], tokens[j + 1]))
            {
                return false;
            }

            if (RequestCues.Contains(tokens[j].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(string prompt, List<Token> tokens, int i, string[] trigger)
    {
        if (i + trigger.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < trigger.Length; k++)
        {
            if (tokens[i + k].Lower != trigger[k] || (k > 0 && Boundary(prompt, tokens[i + k - 1], tokens[i + k])))
            {
                return false;
            }
        }

        return true;
    }

    private static StyleQuery Query(string prompt, List<Token> words, StyleQueryCue cue)
    {
        var start = words[0].Start;
        var end = words[^1].Start + words[^1].Length;
        return new StyleQuery(prompt[start..end], start, end - start, cue);
    }

    /// <summary>True when anything but white space separates two adjacent tokens (a comma, a full stop, a quote).</summary>
    private static bool Boundary(string prompt, Token left, Token right) => !string.IsNullOrWhiteSpace(Gap(prompt, left, right));

    private static string Gap(string prompt, Token left, Token right) => prompt[(left.Start + left.Length)..right.Start];

    private static List<Token> Tokenize(string prompt)
    {
        var tokens = new List<Token>();
        foreach (Match match in WordPattern().Matches(prompt))
        {
            tokens.Add(new Token(match.Index, match.Length, match.Value.ToLowerInvariant().Replace('’', '\'')));
        }

        return tokens;
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    // Letters and digits, joined by an apostrophe (Anderson's), hyphen, slash, ampersand or plus (Stripe/Linear-like).
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)?(?:[-/&+][\p{L}\p{N}]+(?:['’][\p{L}]+)?)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    private readonly record struct Token(int Start, int Length, string Lower);
}
