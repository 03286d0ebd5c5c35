using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace BazaarVid.Context;

/// <summary>
/// The default <see cref="IPreferenceExtractor"/>: deterministic rules, no network. It reads per-scene durations
/// ("2 seconds per scene", "each scene 5s", "keep scenes under 3 seconds", "90 frames", "00:04"), pacing, visual
/// and animation style (a <c>cubic-bezier(…)</c> verbatim), colours, fonts, and components to prefer or avoid.
/// A negation shortly before a term in the same clause cancels it ("not too fast" is medium pacing, not fast).
/// Statements with a preference marker ("always", "each scene", "I prefer", …) are explicit; style words inside a
/// request are implied with lower confidence. Durations outside 0.5–60 seconds are rejected with a reason.
/// </summary>
public sealed partial class RuleBasedPreferenceExtractor : IPreferenceExtractor
{
    /// <summary>The shortest per-scene duration accepted, in seconds.</summary>
    public const double MinSceneSeconds = 0.5;

    /// <summary>The longest per-scene duration accepted, in seconds.</summary>
    public const double MaxSceneSeconds = 60;

    private const double ExplicitConfidence = 0.9;
    private const double ImpliedConfidence = 0.55;
    private const int NegationWindow = 3;

    private readonly int _fps;

    /// <summary>Creates the extractor; the project fps turns frame counts into seconds.</summary>
    public RuleBasedPreferenceExtractor(IOptions<ContextOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _fps = options.Value.Fps;
    }

    /// <inheritdoc />
    public PreferenceExtraction Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var withoutUrls = UrlPattern().Replace(text, " ");
        var observations = ImmutableArray.CreateBuilder<PreferenceObservation>();
        var rejections = ImmutableArray.CreateBuilder<PreferenceRejection>();
        var styles = new List<(string Value, bool Explicit, string Evidence)>();
        var animations = new List<(string Value, bool Explicit, string Evidence)>();

        foreach (var clause in Clauses(withoutUrls))
        {
            var lower = clause.ToLowerInvariant();
            var isExplicit = HasMarker(lower);
            var words = Words(lower);
            ReadDurations(clause, lower, isExplicit, observations, rejections);
            ReadPacing(clause, words, isExplicit, observations);
            ReadLexicon(clause, words, PreferenceLexicon.VisualStyle, isExplicit, styles, SkipVisualStyle);
            ReadLexicon(clause, words, PreferenceLexicon.AnimationStyle, isExplicit, animations, SkipAnimationStyle);
            ReadBezier(clause, isExplicit, animations, rejections);
            ReadColors(clause, words, isExplicit, observations);
            ReadFonts(clause, lower, isExplicit, observations);
            ReadComponents(clause, lower, observations);
        }

        AddCombined(PreferenceKind.VisualStyle, styles, observations);
        AddCombined(PreferenceKind.AnimationStyle, animations, observations);
        return observations.Count == 0 && rejections.Count == 0
            ? PreferenceExtraction.None
            : new PreferenceExtraction(observations.ToImmutable(), rejections.ToImmutable());
    }

    private static double Confidence(bool isExplicit) => isExplicit ? ExplicitConfidence : ImpliedConfidence;

    private static bool HasMarker(string lowerClause)
    {
        foreach (var marker in PreferenceLexicon.ExplicitMarkers)
        {
            var at = lowerClause.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || !char.IsLetter(lowerClause[at - 1])) && (at + marker.Length == lowerClause.Length || !char.IsLetter(lowerClause[at + marker.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> Clauses(string text)
    {
        var clauses = new List<string>();
        foreach (var part in ClauseSplit().Split(text))
        {
            var trimmed = part.Trim();
            if (trimmed.Length > 0)
            {
                clauses.Add(trimmed);
            }
        }

        return clauses;
    }

    private static List<Word> Words(string lowerClause)
    {
        var words = new List<Word>();
        foreach (Match match in WordPattern().Matches(lowerClause))
        {
            words.Add(new Word(match.Value, match.Index));
        }

        return words;
    }

    private static bool IsNegated(List<Word> words, int index)
    {
        for (var i = index - 1; i >= 0 && i >= index - NegationWindow; i--)
        {
            if (PreferenceLexicon.Negators.Contains(words[i].Text))
            {
                return true;
            }

            if (!PreferenceLexicon.Intensifiers.Contains(words[i].Text))
            {
                return false;
            }
        }

        return false;
    }

    private void ReadDurations(string clause, string lower, bool isExplicit, ImmutableArray<PreferenceObservation>.Builder observations, ImmutableArray<PreferenceRejection>.Builder rejections)
    {
        var perScene = PreferenceLexicon.PerSceneScopes.Any(scope => ContainsPhrase(lower, scope));
        if (!perScene && SpecificScene().IsMatch(lower))
        {
            return; // "make scene 2 four seconds" is an edit of one scene, not a preference.
        }

        foreach (var (seconds, start, length) in Durations(lower))
        {
            var evidence = clause.Substring(start, length);
            var bound = BoundBefore(lower, start);
            var stated = perScene || isExplicit;
            if (seconds < MinSceneSeconds || seconds > MaxSceneSeconds)
            {
                rejections.Add(new PreferenceRejection(
                    PreferenceKind.SceneDuration,
                    evidence,
                    string.Create(CultureInfo.InvariantCulture, $"{seconds:0.##} seconds per scene is outside the accepted {MinSceneSeconds}–{MaxSceneSeconds} seconds.")));
                continue;
            }

            var value = seconds.ToString("0.###", CultureInfo.InvariantCulture);
            observations.Add(new PreferenceObservation(PreferenceKind.SceneDuration, value, stated ? ExplicitConfidence : ImpliedConfidence, stated, evidence, seconds, bound));
            return; // one duration per clause
        }
    }

    private IEnumerable<(double Seconds, int Start, int Length)> Durations(string lower)
    {
        foreach (Match match in DurationPattern().Matches(lower))
        {
            var amount = ParseAmount(match.Groups["amount"].Value);
            if (amount is null)
            {
                continue;
            }

            var unit = match.Groups["unit"].Value;
            var seconds = unit switch
            {
                "ms" or "millisecond" or "milliseconds" => amount.Value / 1000,
                "f" or "frame" or "frames" => amount.Value / _fps,
                "min" or "mins" or "minute" or "minutes" => amount.Value * 60,
                _ => amount.Value,
            };
            yield return (seconds, match.Index, match.Length);
        }

        foreach (Match match in ClockPattern().Matches(lower))
        {
            var minutes = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
            var seconds = double.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture);
            yield return ((minutes * 60) + seconds, match.Index, match.Length);
        }
    }

    private static double? ParseAmount(string text)
    {
        text = text.Trim();
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        return PreferenceLexicon.NumberWords.TryGetValue(text, out var word) ? word : null;
    }

    private static PreferenceBound BoundBefore(string lower, int start)
    {
        var before = lower[Math.Max(0, start - 24)..start];
        if (AtMostCue().IsMatch(before))
        {
            return PreferenceBound.AtMost;
        }

        return AtLeastCue().IsMatch(before) ? PreferenceBound.AtLeast : PreferenceBound.Exactly;
    }

    private static void ReadPacing(string clause, List<Word> words, bool isExplicit, ImmutableArray<PreferenceObservation>.Builder observations)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!PreferenceLexicon.Pacing.TryGetValue(words[i].Text, out var value) || SkipPacing(words, i))
            {
                continue;
            }

            var evidence = Evidence(clause, words, i);
            if (IsNegated(words, i))
            {
                // "not too fast" / "not too slow" asks for the middle, not the opposite extreme.
                if (value != "medium")
                {
                    observations.Add(new PreferenceObservation(PreferenceKind.Pacing, "medium", Confidence(isExplicit) - 0.15, isExplicit, evidence));
                }

                return;
            }

            observations.Add(new PreferenceObservation(PreferenceKind.Pacing, value, Confidence(isExplicit), isExplicit, evidence));
            return;
        }
    }

    private static bool SkipPacing(List<Word> words, int i)
    {
        var next = i + 1 < words.Count ? words[i + 1].Text : string.Empty;
        // "a quick question", "slow motion" (an effect), "quick note" are not pacing.
        return next is "question" or "note" or "motion" or "mo" or "check" or "thing"
            || (words[i].Text == "dynamic" && next is "range");
    }

    private static bool SkipVisualStyle(List<Word> words, int i)
    {
        var next = i + 1 < words.Count ? words[i + 1].Text : string.Empty;
        var word = words[i].Text;
        // "dark blue" is a colour, "bold text" is typography, "light" only counts as a theme.
        return PreferenceLexicon.Colors.Contains(next)
            || (word is "bold" && next is "text" or "font" or "headline" or "title" or "type" or "letters")
            || (word is "light" && next is not ("mode" or "theme" or "background" or "style" or "look" or "palette"))
            || (word is "simple" or "clean" or "fun" or "natural" or "business" && next is "question" or "fact" or "way" or "logo" or "name")
            || (word is "flat" && next is not ("design" or "style" or "look" or "colors" or "colours" or "illustration" or "illustrations"));
    }

    private static bool SkipAnimationStyle(List<Word> words, int i)
    {
        var word = words[i].Text;
        var next = i + 1 < words.Count ? words[i + 1].Text : string.Empty;
        return (word is "spring" && next is "sale" or "collection" or "season" or "campaign")
            || (word is "slide" or "slides" && next is "deck" or "show" or "number");
    }

    private static void ReadLexicon(string clause, List<Word> words, FrozenDictionary<string, string> lexicon, bool isExplicit, List<(string, bool, string)> found, Func<List<Word>, int, bool> skip)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (lexicon.TryGetValue(words[i].Text, out var value) && !skip(words, i) && !IsNegated(words, i))
            {
                found.Add((value, isExplicit, Evidence(clause, words, i)));
            }
        }
    }

    private static void ReadBezier(string clause, bool isExplicit, List<(string, bool, string)> animations, ImmutableArray<PreferenceRejection>.Builder rejections)
    {
        foreach (Match match in BezierPattern().Matches(clause))
        {
            var values = new double[4];
            for (var i = 0; i < 4; i++)
            {
                values[i] = double.Parse(match.Groups[i + 1].Value, CultureInfo.InvariantCulture);
            }

            if (values[0] is < 0 or > 1 || values[2] is < 0 or > 1)
            {
                rejections.Add(new PreferenceRejection(PreferenceKind.AnimationStyle, match.Value, "A cubic-bezier's x values must be between 0 and 1."));
                continue;
            }

            animations.Add((match.Value, true, match.Value));
        }
    }

    private static void ReadColors(string clause, List<Word> words, bool isExplicit, ImmutableArray<PreferenceObservation>.Builder observations)
    {
        foreach (Match match in HexPattern().Matches(clause))
        {
            observations.Add(new PreferenceObservation(PreferenceKind.Color, match.Value.ToUpperInvariant(), Confidence(isExplicit), isExplicit, match.Value));
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (!PreferenceLexicon.Colors.Contains(words[i].Text) || IsNegated(words, i))
            {
                continue;
            }

            var hasModifier = i > 0 && PreferenceLexicon.ColorModifiers.Contains(words[i - 1].Text);
            var value = hasModifier ? words[i - 1].Text + " " + words[i].Text : words[i].Text;
            var name = value.Replace("grey", "gray", StringComparison.Ordinal);
            observations.Add(new PreferenceObservation(PreferenceKind.Color, name, Confidence(isExplicit), isExplicit, Evidence(clause, words, hasModifier ? i - 1 : i, hasModifier ? 2 : 1)));
        }
    }

    private static void ReadFonts(string clause, string lower, bool isExplicit, ImmutableArray<PreferenceObservation>.Builder observations)
    {
        foreach (var font in PreferenceLexicon.Fonts)
        {
            var at = lower.IndexOf(font.ToLowerInvariant(), StringComparison.Ordinal);
            if (at >= 0 && IsWordBoundary(lower, at, font.Length))
            {
                var stated = isExplicit || ContainsPhrase(lower, "font") || ContainsPhrase(lower, "typeface");
                observations.Add(new PreferenceObservation(PreferenceKind.Font, font, Confidence(stated), stated, clause.Substring(at, font.Length)));
                return;
            }
        }

        var named = NamedFontPattern().Match(clause);
        if (named.Success)
        {
            var name = named.Groups["name"].Success && named.Groups["name"].Value.Length > 0 ? named.Groups["name"].Value : named.Groups["after"].Value;
            if (name.Length > 1 && !PreferenceLexicon.VisualStyle.ContainsKey(name) && name is not ("The" or "This" or "That" or "A" or "Our" or "My"))
            {
                observations.Add(new PreferenceObservation(PreferenceKind.Font, name.Trim(), ExplicitConfidence, true, named.Value));
            }
        }
    }

    private static void ReadComponents(string clause, string lower, ImmutableArray<PreferenceObservation>.Builder observations)
    {
        foreach (Match match in AvoidPattern().Matches(lower))
        {
            var phrase = NounPhrase(match.Groups["np"].Value);
            if (phrase is not null && !IsNotAComponent(phrase))
            {
                observations.Add(new PreferenceObservation(PreferenceKind.AvoidComponent, phrase, 0.85, true, clause.Substring(match.Index, match.Length).Trim()));
            }
        }

        foreach (Match match in PreferPattern().Matches(lower))
        {
            var phrase = NounPhrase(match.Groups["np"].Value);
            if (phrase is not null && !IsNotAComponent(phrase))
            {
                observations.Add(new PreferenceObservation(PreferenceKind.PreferComponent, phrase, 0.85, true, clause.Substring(match.Index, match.Length).Trim()));
            }
        }
    }

    private static bool IsNotAComponent(string phrase)
    {
        var first = phrase.Split(' ')[0];
        return PreferenceLexicon.Pacing.ContainsKey(first)
            || first is "more" or "less" or "longer" or "shorter" or "than" or "way" or "problem" or "worries" or "thanks" or "need" or "idea" or "change" or "changes" or "scene" or "scenes"
            || DurationPattern().IsMatch(phrase);
    }

    private static string? NounPhrase(string raw)
    {
        var words = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && words[0] is "our" or "my" or "the" or "a" or "an" or "any" or "some" or "your" or "their" or "its" or "more" or "of")
        {
            words.RemoveAt(0);
        }

        var end = words.FindIndex(w => w is "and" or "or" or "but" or "please" or "in" or "on" or "at" or "for" or "with" or "because" or "so" or "anymore" or "ever" or "again" or "to" or "from" or "if" or "when" or "then");
        if (end >= 0)
        {
            words.RemoveRange(end, words.Count - end);
        }

        if (words.Count > 3)
        {
            words.RemoveRange(3, words.Count - 3);
        }

        return words.Count == 0 ? null : string.Join(' ', words);
    }

    private static void AddCombined(PreferenceKind kind, List<(string Value, bool Explicit, string Evidence)> found, ImmutableArray<PreferenceObservation>.Builder observations)
    {
        if (found.Count == 0)
        {
            return;
        }

        var values = found.Select(f => f.Value).Distinct(StringComparer.Ordinal).ToList();
        var isExplicit = found.Exists(f => f.Explicit);
        var evidence = string.Join(", ", found.Select(f => f.Evidence).Distinct(StringComparer.Ordinal));
        observations.Add(new PreferenceObservation(kind, string.Join(", ", values), Confidence(isExplicit), isExplicit, evidence));
    }

    private static string Evidence(string clause, List<Word> words, int index, int count = 1)
    {
        var start = Math.Max(0, index - 2);
        var end = Math.Min(words.Count - 1, index + count - 1);
        var from = words[start].Start;
        var to = words[end].Start + words[end].Text.Length;
        return clause[from..Math.Min(to, clause.Length)];
    }

    private static bool ContainsPhrase(string lower, string phrase)
    {
        var at = lower.IndexOf(phrase, StringComparison.Ordinal);
        while (at >= 0)
        {
            if (IsWordBoundary(lower, at, phrase.Length))
            {
                return true;
            }

            at = lower.IndexOf(phrase, at + 1, StringComparison.Ordinal);
        }

        return false;
    }

    private static bool IsWordBoundary(string text, int start, int length) =>
        (start == 0 || !char.IsLetterOrDigit(text[start - 1]))
        && (start + length == text.Length || !char.IsLetterOrDigit(text[start + length]));

    private readonly record struct Word(string Text, int Start);

    [GeneratedRegex(@"https?://\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"[.!?;\n]+(?=\s|$)|\bbut\b|\n", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseSplit();

    [GeneratedRegex(@"[a-z0-9]+(?:['’-][a-z0-9]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?<![\w.])(?<amount>\d+(?:\.\d+)?|half a|a half|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)[\s-]*(?<unit>milliseconds?|ms|seconds?|secs?|s|frames?|f|minutes?|mins?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"(?<![\d:])(?<m>\d{1,2}):(?<s>\d{2}(?:\.\d+)?)(?![\d:])", RegexOptions.CultureInvariant)]
    private static partial Regex ClockPattern();

    [GeneratedRegex(@"\b(under|less than|at most|no more than|max(imum)?|shorter than|below|up to|within|no longer than)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AtMostCue();

    [GeneratedRegex(@"\b(at least|over|more than|min(imum)?|longer than|no less than|no shorter than)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AtLeastCue();

    [GeneratedRegex(@"\b(scene\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten)|(first|second|third|fourth|fifth|last|previous|next|this|that|the)\s+(scene|one)|make\s+(it|this|that)|(it|this|that)\s+(should\s+)?(be|last|run))\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpecificScene();

    [GeneratedRegex(@"cubic-bezier\(\s*(-?\d*\.?\d+)\s*,\s*(-?\d*\.?\d+)\s*,\s*(-?\d*\.?\d+)\s*,\s*(-?\d*\.?\d+)\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BezierPattern();

    [GeneratedRegex(@"(?<![\w&])#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b", RegexOptions.CultureInvariant)]
    private static partial Regex HexPattern();

    [GeneratedRegex(@"(?:\b(?:font|typeface)\s*(?::|is|of|=)?\s*(?<name>[A-Z][\w-]+(?: [A-Z][\w-]+)?))|(?:(?<after>[A-Z][\w-]+(?: [A-Z][\w-]+)?) (?:font|typeface)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex NamedFontPattern();

    [GeneratedRegex(@"(?:^|[^\w'])(?:no|without|avoid|avoiding|don't use|dont use|do not use|don't add|do not add|don't include|do not include|don't show|do not show|never use|never show|never add|never include|stop using|get rid of all)\s+(?<np>[a-z][a-z' -]{1,40})", RegexOptions.CultureInvariant)]
    private static partial Regex AvoidPattern();

    [GeneratedRegex(@"(?:\balways\s+(?:show|include|use|add|have|display|feature|put)|\bmake sure (?:to|you)\s+(?:show|include|use|add)|\bprefer(?:ably)?(?: to use)?|\b(?:use|include|show|add)(?=\s+[a-z' -]{1,40}\s+(?:in|on)\s+(?:every|each|all)\s+(?:scenes?|slides?)))\s+(?<np>[a-z][a-z' -]{1,40})", RegexOptions.CultureInvariant)]
    private static partial Regex PreferPattern();
}
