using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace BazaarVid.Brain;

/// <summary>
/// A set of named styles and the matching of phrases to them. Matching is deterministic: the phrase is normalized
/// (case, spacing, hyphens, possessives, articles and filler words such as "ad", "style", "aesthetic", "-like",
/// "-esque" are ignored), then compared with every key and alias exactly, then with a suffix removed ("appley",
/// "cyberpunky", "neons"), then by Damerau-Levenshtein distance (at most 1 for terms of 5 to 7 letters, which must
/// also share the first letter, 2 for longer ones; terms and phrases of fewer than 5 letters never match by distance,
/// so "demo" is not "deco"). A phrase of several words that matches as
/// a whole wins; otherwise its longest matching run of words wins, leftmost first ("1980s synthwave" is retro).
/// Every style is validated when the library is built (hex colours, text contrast, font stacks, easing).
/// </summary>
public sealed partial class StyleLibrary
{
    /// <summary>The key of the style used when nothing else applies.</summary>
    public const string GenericKey = "generic";

    private const int MinimumFuzzyLength = 5;
    private const int MinimumFuzzyPartLength = 6;
    private const int LongTermLength = 8;

    private static readonly string[] Suffixes = ["esque", "like", "ish", "ies", "es", "y", "s"];

    private readonly FrozenDictionary<string, StyleProfile> _byKey;
    private readonly FrozenDictionary<string, (StyleProfile Style, bool IsKey)> _terms;
    private readonly ImmutableArray<(string Term, StyleProfile Style, bool IsKey)> _orderedTerms;

    /// <summary>Builds a library from its styles and the generic style, validating every one.</summary>
    /// <exception cref="ArgumentException">
    /// A key is not kebab-case or is used twice, an alias names two styles, or a style breaks a
    /// <see cref="StyleValidation"/> rule (hex colours, text contrast, font stacks, easing, 3–5 layout principles).
    /// </exception>
    public StyleLibrary(IEnumerable<StyleProfile> styles, StyleProfile generic)
    {
        ArgumentNullException.ThrowIfNull(styles);
        ArgumentNullException.ThrowIfNull(generic);
        var all = styles.ToList();
        if (all.Exists(s => s is null))
        {
            throw new ArgumentException("The styles contain null.", nameof(styles));
        }

        Styles = [.. all];
        Generic = generic;
        var byKey = new Dictionary<string, StyleProfile>(StringComparer.Ordinal);
        var terms = new Dictionary<string, (StyleProfile Style, bool IsKey)>(StringComparer.Ordinal);
        var ordered = ImmutableArray.CreateBuilder<(string, StyleProfile, bool)>();
        foreach (var style in all.Append(generic))
        {
            Validate(style);
            if (!byKey.TryAdd(style.Key, style))
            {
                throw new ArgumentException($"The style key '{style.Key}' is used twice.", nameof(styles));
            }

            AddTerm(terms, ordered, StyleTerms.Compact(StyleTerms.Words(style.Key)), style, isKey: true);
        }

        foreach (var style in all.Append(generic))
        {
            foreach (var alias in style.Aliases)
            {
                var term = StyleTerms.Compact(StyleTerms.Words(alias));
                if (term.Length == 0)
                {
                    throw new ArgumentException($"The alias '{alias}' of style '{style.Key}' has no distinctive words.", nameof(styles));
                }

                AddTerm(terms, ordered, term, style, isKey: false);
            }
        }

        _byKey = byKey.ToFrozenDictionary(StringComparer.Ordinal);
        _terms = terms.ToFrozenDictionary(StringComparer.Ordinal);
        _orderedTerms = ordered.ToImmutable();
    }

    /// <summary>The built-in library: 29 styles (apple, cyberpunk, minimal, … cinematic) and the generic style.</summary>
    public static StyleLibrary Default { get; } = new(BuiltInStyles(), BuiltInGeneric());

    /// <summary>The named styles, in library order (the generic style is not among them).</summary>
    public ImmutableArray<StyleProfile> Styles { get; }

    /// <summary>The style used for unknown queries and when nothing else applies.</summary>
    public StyleProfile Generic { get; }

    /// <summary>The style with exactly this key (the generic style included), or false.</summary>
    public bool TryGet(string key, [NotNullWhen(true)] out StyleProfile? style)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _byKey.TryGetValue(key, out style);
    }

    /// <summary>The best match of <paramref name="phrase"/> (see the class remarks for the rules), or null when none.</summary>
    public StyleMatch? Match(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var words = StyleTerms.Words(phrase);
        if (words.Count == 0)
        {
            return null;
        }

        var whole = MatchTerm(StyleTerms.Compact(words), MinimumFuzzyLength);
        if (whole is not null || words.Count == 1)
        {
            return whole;
        }

        for (var size = words.Count - 1; size >= 1; size--)
        {
            for (var start = 0; start + size <= words.Count; start++)
            {
                var part = MatchTerm(StyleTerms.Compact(words.GetRange(start, size)), MinimumFuzzyPartLength);
                if (part is not null)
                {
                    return part;
                }
            }
        }

        return null;
    }

    private static void AddTerm(
        Dictionary<string, (StyleProfile Style, bool IsKey)> terms,
        ImmutableArray<(string, StyleProfile, bool)>.Builder ordered,
        string term,
        StyleProfile style,
        bool isKey)
    {
        if (terms.TryGetValue(term, out var existing))
        {
            if (!ReferenceEquals(existing.Style, style))
            {
                throw new ArgumentException($"'{term}' names both '{existing.Style.Key}' and '{style.Key}'.", nameof(style));
            }

            return;
        }

        terms.Add(term, (style, isKey));
        ordered.Add((term, style, isKey));
    }

    private static void Validate(StyleProfile style)
    {
        var problem = StyleRepair.FindProblem(style);
        if (!KebabKey().IsMatch(style.Key ?? string.Empty))
        {
            problem ??= "its key is not kebab-case";
        }

        if (problem is not null)
        {
            throw new ArgumentException($"Style '{style.Key}' is invalid: {problem}.", nameof(style));
        }
    }

    private StyleMatch? MatchTerm(string compact, int minimumFuzzyLength)
    {
        if (_terms.TryGetValue(compact, out var found))
        {
            return new StyleMatch(found.Style, found.IsKey ? StyleMatchKind.Exact : StyleMatchKind.Alias, compact, 0);
        }

        foreach (var suffix in Suffixes)
        {
            if (compact.Length - suffix.Length >= 3 && compact.EndsWith(suffix, StringComparison.Ordinal)
                && _terms.TryGetValue(compact[..^suffix.Length], out found))
            {
                return new StyleMatch(found.Style, StyleMatchKind.Fuzzy, compact[..^suffix.Length], suffix.Length);
            }
        }

        if (compact.Length < minimumFuzzyLength)
        {
            return null;
        }

        StyleMatch? best = null;
        foreach (var (term, style, _) in _orderedTerms)
        {
            var limit = term.Length >= LongTermLength ? 2 : 1;
            if (term.Length < MinimumFuzzyLength || (limit == 1 && term[0] != compact[0]))
            {
                continue;
            }

            var distance = StyleTerms.Distance(compact, term, limit);
            if (distance <= limit && (best is null || distance < best.Distance))
            {
                best = new StyleMatch(style, StyleMatchKind.Fuzzy, term, distance);
            }
        }

        return best;
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabKey();
}
