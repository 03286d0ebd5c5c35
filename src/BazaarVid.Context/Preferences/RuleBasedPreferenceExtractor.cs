using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace BazaarVid.Context;

/// <summary>
/// The default <see cref="IPreferenceExtractor"/>: deterministic rules, no network, linear-time regular expressions.
/// It reads per-scene durations ("2 seconds per scene", "keep scenes under 3 seconds", "90 frames each"), pacing,
/// visual and animation style (a <c>cubic-bezier(…)</c> verbatim), colours, fonts, and components to prefer or avoid.
/// A negation shortly before a term in the same clause cancels it ("not too fast" is medium pacing, "not corporate"
/// drops the style); complaints and descriptions ("it's too slow", "the render is slow") are not wishes. Statements
/// with a preference marker ("always", "each scene", "I prefer", "keep", "from now on") are explicit; style words
/// inside a request are implied, with lower confidence; a clause aimed at one named scene ("make scene 2 four
/// seconds", "make the CTA scene playful") is an edit and gives no preference. Durations outside 0.5–60 seconds
/// and cubic-beziers with an x outside 0–1 are rejected with a reason.
/// </summary>
public sealed partial class RuleBasedPreferenceExtractor : IPreferenceExtractor
{
    /// <summary>The shortest per-scene duration accepted, in seconds.</summary>
    public const double MinSceneSeconds = 0.5;

    /// <summary>The longest per-scene duration accepted, in seconds.</summary>
    public const double MaxSceneSeconds = 60;

    private const double ExplicitConfidence = 0.9;
    private const double ImpliedConfidence = 0.55;
    private const double NegatedPenalty = 0.15;

    // How many words back a negator or a filler chain may reach ("I don't want it to be too dark").
    private const int LeadWindow = 6;

    private readonly int _fps;

    /// <summary>Creates the extractor; the project fps (at least 1) turns frame counts into seconds.</summary>
    public RuleBasedPreferenceExtractor(IOptions<ContextOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Value, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Value.Fps, 1, nameof(options));
        _fps = options.Value.Fps;
    }

    /// <inheritdoc />
    public PreferenceExtraction Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // URLs are blanked, not removed, so evidence offsets stay those of the message ("/2s-per-scene.png" is no preference).
        var prepared = UrlPattern().Replace(text, static match => new string(' ', match.Length));
        var found = new Findings();
        foreach (var range in ClauseSplit().EnumerateSplits(prepared))
        {
            // A clause aimed at one scene ("make scene 2 bouncy", "not too slow on the outro") is an edit of that scene.
            var clause = Clause.Create(prepared, range);
            if (clause is null || (clause.NamedScene && !clause.Universal))
            {
                continue;
            }

            ReadDurations(clause, found);
            ReadPacing(clause, found);
            ReadVisualStyles(clause, found);
            ReadAnimationStyles(clause, found);
            ReadColors(clause, found);
            ReadFont(clause, found);
            ReadComponents(clause, found);
        }

        return found.ToExtraction();
    }

    private static double Confidence(bool isExplicit) => isExplicit ? ExplicitConfidence : ImpliedConfidence;

    /// <summary>What stands before a term: a negator, "too", or a copula or degree word ("is", "looks", "a bit").</summary>
    private static Lead LeadOf(Clause clause, int index)
    {
        var too = false;
        var describes = false;
        for (var i = index - 1; i >= 0 && i >= index - LeadWindow; i--)
        {
            if (clause.BreakBefore(i + 1))
            {
                break; // "no, make it fast": the comma ends the negation's reach.
            }

            var word = clause.Words[i].Text;
            if (IsNegator(clause, i))
            {
                return new Lead(true, i, too, describes);
            }

            if (word == "too")
            {
                too = true;
            }
            else if (PreferenceLexicon.Copulas.Contains(word) || PreferenceLexicon.Degrees.Contains(word))
            {
                describes = true;
            }
            else if (!PreferenceLexicon.Fillers.Contains(word))
            {
                break;
            }
        }

        return new Lead(false, -1, too, describes);
    }

    private static bool IsNegator(Clause clause, int i)
    {
        var word = clause.Words[i].Text;
        if (PreferenceLexicon.Negators.Contains(word))
        {
            return clause.Next(i) is not ("only" or "just"); // "not only fast" is no negation.
        }

        return (word == "of" && clause.Previous(i) == "instead") || (word == "than" && clause.Previous(i) == "rather");
    }

    /// <summary>
    /// "it's too slow" and "the render is slow" complain or describe; they do not ask for slow. A term that is the
    /// subject of such a description ("the fade is too smooth") is no wish either.
    /// </summary>
    private static bool IsComplaint(Clause clause, Lead lead, int index) =>
        !lead.Negated && (lead.Too || ((lead.Describes || PreferenceLexicon.Copulas.Contains(clause.Next(index))) && !clause.HasMarker && !clause.HasWish));

    private static bool IsColorWord(string word)
    {
        if (PreferenceLexicon.Colors.Contains(word))
        {
            return true;
        }

        var dash = word.LastIndexOf('-');
        return dash > 0 && PreferenceLexicon.Colors.Contains(word[(dash + 1)..]) && IsColorPart(word[..dash]);
    }

    private static bool IsColorPart(string part)
    {
        foreach (var piece in part.Split('-'))
        {
            if (!PreferenceLexicon.Colors.Contains(piece) && !PreferenceLexicon.ColorModifiers.Contains(piece) && piece != "off")
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWordBoundary(string text, int start, int length) =>
        (start == 0 || !IsWordChar(text[start - 1])) && (start + length == text.Length || !IsWordChar(text[start + length]));

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '\'';

    private static bool ContainsPhrase(string lower, string phrase)
    {
        var at = lower.IndexOf(phrase, StringComparison.Ordinal);
        while (at >= 0)
        {
            if ((at == 0 || !char.IsLetterOrDigit(lower[at - 1])) && (at + phrase.Length == lower.Length || !char.IsLetterOrDigit(lower[at + phrase.Length])))
            {
                return true;
            }

            at = lower.IndexOf(phrase, at + 1, StringComparison.Ordinal);
        }

        return false;
    }

    private readonly record struct Word(string Text, int Start, int End);

    private readonly record struct Lead(bool Negated, int NegatorIndex, bool Too, bool Describes);

    private readonly record struct Term(int Position, string Value, bool Explicit, string Evidence);

    /// <summary>One clause of a message: its text, lower-cased words with offsets, and how it is scoped.</summary>
    private sealed class Clause
    {
        private bool? _hasWish;

        private Clause(string text, string lower, int offset, List<Word> words)
        {
            Text = text;
            Lower = lower;
            Offset = offset;
            Words = words;
            foreach (Match match in SpecificScene().Matches(lower))
            {
                NamedScene |= match.Groups["named"].Success;
                PronounScene |= match.Groups["pronoun"].Success;
            }

            Universal = UniversalScope().IsMatch(lower);
            HasMarker = Array.Exists(PreferenceLexicon.ExplicitMarkers, marker => ContainsPhrase(lower, marker));
            Explicit = HasMarker && (!NamedScene || Universal);
        }

        public string Text { get; }

        public string Lower { get; }

        public int Offset { get; }

        public List<Word> Words { get; }

        /// <summary>Names one scene ("scene 2", "the first scene", "the CTA scene", "on the outro"): a request about that scene.</summary>
        public bool NamedScene { get; }

        /// <summary>Points at the current thing ("make it", "it should be").</summary>
        public bool PronounScene { get; }

        /// <summary>Scoped to every scene ("each scene", "per slide", "all scenes", "no scene").</summary>
        public bool Universal { get; }

        public bool HasMarker { get; }

        /// <summary>Has a wish word ("should", "make", "want"); computed once, asked per term.</summary>
        public bool HasWish => _hasWish ??= HasAnyWord(PreferenceLexicon.WishWords);

        public bool Explicit { get; }

        public static Clause? Create(string text, Range range)
        {
            var part = text[range];
            var lower = part.ToLowerInvariant().Replace('’', '\'');
            var words = new List<Word>();
            foreach (var match in WordPattern().EnumerateMatches(lower))
            {
                words.Add(new Word(lower.Substring(match.Index, match.Length), match.Index, match.Index + match.Length));
            }

            return words.Count == 0 ? null : new Clause(part, lower, range.GetOffsetAndLength(text.Length).Offset, words);
        }

        public string At(int i) => i >= 0 && i < Words.Count ? Words[i].Text : string.Empty;

        /// <summary>The next word, or empty when punctuation separates them ("dark, blue" is not "dark blue").</summary>
        public string Next(int i) => i + 1 < Words.Count && !BreakBefore(i + 1) ? Words[i + 1].Text : string.Empty;

        public string Previous(int i) => i > 0 && !BreakBefore(i) ? Words[i - 1].Text : string.Empty;

        /// <summary>True when punctuation stands between word <paramref name="i"/> − 1 and word <paramref name="i"/>.</summary>
        public bool BreakBefore(int i)
        {
            if (i <= 0 || i >= Words.Count)
            {
                return false;
            }

            for (var at = Words[i - 1].End; at < Words[i].Start; at++)
            {
                if (Lower[at] is ',' or ':' or ';' or '(' or ')' or '[' or ']' or '{' or '}' or '—' or '–' or '-' or '/' or '|')
                {
                    return true;
                }
            }

            return false;
        }

        public bool HasAnyWord(FrozenSet<string> words) => Words.Exists(w => words.Contains(w.Text));

        public string Span(int first, int last) => Text[Words[first].Start..Words[last].End];

        public int Position(int wordIndex) => Offset + Words[wordIndex].Start;

        /// <summary>The index of the first word starting at or after <paramref name="charIndex"/>, or the word count.</summary>
        public int WordAtOrAfter(int charIndex)
        {
            var (low, high) = (0, Words.Count);
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (Words[middle].Start < charIndex)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }
    }

    /// <summary>What one message produced, with positions so the result is in text order.</summary>
    private sealed class Findings
    {
        private readonly List<(int Position, PreferenceObservation Observation)> _observations = [];
        private readonly List<(int Position, PreferenceRejection Rejection)> _rejections = [];

        public List<Term> VisualStyles { get; } = [];

        public List<Term> AnimationStyles { get; } = [];

        public void Add(int position, PreferenceObservation observation) => _observations.Add((position, observation));

        public void Reject(int position, PreferenceRejection rejection) => _rejections.Add((position, rejection));

        public PreferenceExtraction ToExtraction()
        {
            Combine(PreferenceKind.VisualStyle, VisualStyles);
            Combine(PreferenceKind.AnimationStyle, AnimationStyles);
            if (_observations.Count == 0 && _rejections.Count == 0)
            {
                return PreferenceExtraction.None;
            }

            // One message says a thing once: "blue text on a blue background" is one blue, not a confirmation.
            var merged = new List<PreferenceObservation>();
            var index = new Dictionary<(PreferenceKind, string, PreferenceBound), int>();
            foreach (var (_, observation) in _observations.OrderBy(o => o.Position))
            {
                var key = (observation.Kind, observation.Value, observation.Bound);
                if (!index.TryGetValue(key, out var same))
                {
                    index[key] = merged.Count;
                    merged.Add(observation);
                    continue;
                }

                var kept = merged[same];
                merged[same] = kept with
                {
                    Confidence = Math.Max(kept.Confidence, observation.Confidence),
                    Explicit = kept.Explicit || observation.Explicit,
                };
            }

            return new PreferenceExtraction(
                [.. merged],
                [.. _rejections.OrderBy(r => r.Position).Select(r => r.Rejection)]);
        }

        /// <summary>Several styles in one message make one value ("dark, minimal"); stated ones win over implied ones.</summary>
        private void Combine(PreferenceKind kind, List<Term> terms)
        {
            if (terms.Count == 0)
            {
                return;
            }

            var isExplicit = terms.Exists(t => t.Explicit);
            var chosen = terms.Where(t => t.Explicit == isExplicit).OrderBy(t => t.Position).ToList();
            var value = string.Join(", ", chosen.Select(t => t.Value).Distinct(StringComparer.Ordinal));
            var evidence = string.Join(", ", chosen.Select(t => t.Evidence).Distinct(StringComparer.Ordinal));
            Add(chosen[0].Position, new PreferenceObservation(kind, value, Confidence(isExplicit), isExplicit, evidence));
        }
    }

    [GeneratedRegex(@"\bhttps?://\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();

    // Sentence ends and "but" split clauses; the lookbehind makes a run of dots one candidate, so the split stays linear.
    [GeneratedRegex(@"(?<![.!?;\n])[.!?;\n]+(?=\s|$)|\bbut\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseSplit();

    [GeneratedRegex(@"[a-z0-9]+(?:['-][a-z0-9]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\b(?:(?<named>scenes?\s+(?:number\s+|no\.?\s*|#)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b(?![\s-]{0,3}(?:s|secs?|seconds?|ms|milliseconds?|frames?|f|mins?|minutes?)\b)|(?:first|second|third|fourth|fifth|sixth|seventh|last|final|previous|next|this|that|current|opening|closing|the)\s+(?:scene|slide|shot|one)\b|the\s+[a-z0-9'-]+\s+(?:scene|slide|shot)\b|(?:in|on|for|of|to)\s+the\s+(?:intro|outro|ending|opening|title\s+card)\b)|(?<pronoun>(?:make|keep|set)\s+(?:it|this|that)\b|(?:it|this|that)\s+(?:should\s+)?(?:be|last|run)s?\b))", RegexOptions.CultureInvariant)]
    private static partial Regex SpecificScene();

    [GeneratedRegex(@"\b(?:(?:per|each|every|all(?:\s+(?:the|of\s+the|other|our))?|for\s+all)\s+(?:single\s+)?(?:scenes?|slides?|shots?|clips?|sections?|segments?)|no\s+(?:single\s+)?(?:scene|slide|shot)|each\s+one|all\s+of\s+them|apiece)\b|/\s*(?:scene|slide|shot)\b", RegexOptions.CultureInvariant)]
    private static partial Regex UniversalScope();
}
