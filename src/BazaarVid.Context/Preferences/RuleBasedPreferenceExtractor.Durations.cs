using System.Globalization;
using System.Text.RegularExpressions;

namespace BazaarVid.Context;

public sealed partial class RuleBasedPreferenceExtractor
{
    // How far before a duration a bound cue ("no more than") or a range ("2-") may start.
    private const int CueWindow = 32;

    /// <summary>
    /// A duration is a preference only when it is scoped to every scene ("per scene", "each scene", "scenes",
    /// "4 seconds each") or stated as a general rule ("from now on", "I prefer"). A clause naming one scene
    /// ("make scene 2 four seconds") or pointing at the current one ("make it 3 seconds") is an edit. Timestamps
    /// ("after 2 seconds"), other durations ("a 2 second fade", "a 30 second video"), decades ("80s") and ranges
    /// are skipped. The first accepted duration of a clause wins.
    /// </summary>
    private void ReadDurations(Clause clause, Findings found)
    {
        var candidates = Durations(clause.Lower);
        if (candidates.Count == 0)
        {
            return;
        }

        var general = GeneralRule().IsMatch(clause.Lower);
        var scoped = clause.Universal
            || (!clause.NamedScene && !clause.PronounScene && GenericScope().IsMatch(clause.Lower))
            || (!clause.NamedScene && general);

        var rejected = false;
        foreach (var candidate in candidates)
        {
            // Cheap checks first: most numbers in a message are not scene lengths at all.
            if (candidate.Decade || !(scoped || (FollowedByEach(clause, candidate.End) && !clause.NamedScene)))
            {
                continue;
            }

            var (bound, from, to) = BoundOf(clause.Lower, candidate);
            if (IsRange(clause.Lower, from) || MeasuresSomethingElse(clause, from, candidate.End))
            {
                continue;
            }

            // "scenes shouldn't be longer than 3 seconds" is at most 3; "don't make scenes 5 seconds" states no length.
            if (IsNegatedBefore(clause, from))
            {
                if (bound == PreferenceBound.Exactly)
                {
                    continue;
                }

                bound = bound == PreferenceBound.AtMost ? PreferenceBound.AtLeast : PreferenceBound.AtMost;
            }

            var evidence = clause.Text[from..to];
            var seconds = Math.Round(candidate.Seconds, 3);
            if (!(seconds >= MinSceneSeconds && seconds <= MaxSceneSeconds))
            {
                // One refusal per clause says enough; a later valid duration in it still counts.
                if (!rejected)
                {
                    rejected = true;
                    found.Reject(clause.Offset + from, new PreferenceRejection(
                        PreferenceKind.SceneDuration,
                        evidence,
                        string.Create(CultureInfo.InvariantCulture, $"{candidate.Seconds:0.###} seconds per scene is outside the accepted {MinSceneSeconds}–{MaxSceneSeconds} seconds.")));
                }

                continue;
            }

            var value = seconds.ToString("0.###", CultureInfo.InvariantCulture);
            found.Add(clause.Offset + from, new PreferenceObservation(PreferenceKind.SceneDuration, value, ExplicitConfidence, true, evidence, seconds, bound));
            return;
        }
    }

    /// <summary>"4 seconds each", "3s apiece", "2 seconds a scene", also after a cue ("3 seconds max each").</summary>
    private static bool FollowedByEach(Clause clause, int end)
    {
        var next = clause.WordAtOrAfter(end);
        if (clause.At(next) is "max" or "maximum" or "min" or "minimum" or "tops")
        {
            next++;
        }

        return clause.At(next) is "each" or "apiece" or "per" || (clause.At(next) == "a" && clause.At(next + 1) is "scene" or "slide" or "shot");
    }

    private List<Candidate> Durations(string lower)
    {
        var candidates = new List<Candidate>();
        foreach (Match match in DurationPattern().Matches(lower))
        {
            var groups = match.Groups;
            double amount;
            if (groups["num"].Success)
            {
                amount = double.Parse(groups["num"].ValueSpan, NumberStyles.Float, CultureInfo.InvariantCulture);
            }
            else if (groups["whole"].Success)
            {
                amount = PreferenceLexicon.NumberWords[groups["whole"].Value] + 0.5;
            }
            else if (groups["half"].Success)
            {
                amount = 0.5;
            }
            else
            {
                amount = PreferenceLexicon.NumberWords[groups["word"].Value];
            }

            var unit = groups["unit"].Success ? groups["unit"].Value : groups["wunit"].Value;
            var seconds = unit switch
            {
                "ms" or "msec" or "msecs" or "millisecond" or "milliseconds" => amount / 1000,
                "f" or "frame" or "frames" => amount / _fps,
                "min" or "mins" or "minute" or "minutes" => amount * 60,
                _ => amount,
            };
            var decade = unit == "s" && groups["num"].Success && groups["gap"].Length == 0 && IsDecade(lower, match, amount);
            candidates.Add(new Candidate(match.Index, match.Index + match.Length, seconds, decade));
        }

        foreach (Match match in ClockPattern().Matches(lower))
        {
            var minutes = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
            var seconds = double.Parse(match.Groups["s"].ValueSpan, NumberStyles.Float, CultureInfo.InvariantCulture);
            candidates.Add(new Candidate(match.Index, match.Index + match.Length, (minutes * 60) + seconds, false));
        }

        candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
        return candidates;
    }

    /// <summary>"80s", "the 90s", "a 1980s vibe" name decades; "30s per scene" is thirty seconds.</summary>
    private static bool IsDecade(string lower, Match match, double amount)
    {
        if (amount is >= 1900 and <= 2090 && amount % 10 == 0)
        {
            return true;
        }

        if (amount is < 20 or > 90 || amount % 10 != 0)
        {
            return false;
        }

        var start = Math.Max(0, match.Index - 8);
        var before = lower.AsSpan(start, match.Index - start).TrimEnd();
        var next = FirstWord(lower.AsSpan(match.Index + match.Length));
        return (match.Index > 0 && lower[match.Index - 1] is '\'')
            || before.EndsWith("the", StringComparison.Ordinal) || before.EndsWith("early", StringComparison.Ordinal)
            || before.EndsWith("late", StringComparison.Ordinal) || before.EndsWith("mid", StringComparison.Ordinal)
            || PreferenceLexicon.StyleNouns.Contains(next) || PreferenceLexicon.DecadeNouns.Contains(next);
    }

    private static string FirstWord(ReadOnlySpan<char> text)
    {
        text = text.TrimStart();
        var end = 0;
        while (end < text.Length && end < 16 && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[..end].ToString();
    }

    /// <summary>The bound a cue gives ("under 3 seconds", "3 seconds max") and the evidence span including the cue.</summary>
    private static (PreferenceBound Bound, int From, int To) BoundOf(string lower, Candidate candidate)
    {
        var windowStart = Math.Max(0, candidate.Start - CueWindow);
        var before = lower[windowStart..candidate.Start];
        var atMost = AtMostBefore().Match(before);
        var atLeast = AtLeastBefore().Match(before);

        // "no more than" contains "more than": the cue that starts first is the whole cue.
        if (atMost.Success && (!atLeast.Success || atMost.Index <= atLeast.Index))
        {
            return (PreferenceBound.AtMost, windowStart + atMost.Index, candidate.End);
        }

        if (atLeast.Success)
        {
            return (PreferenceBound.AtLeast, windowStart + atLeast.Index, candidate.End);
        }

        var after = AfterCue().Match(lower, candidate.End, Math.Min(CueWindow, lower.Length - candidate.End));
        if (after.Success)
        {
            return (after.Groups["most"].Success ? PreferenceBound.AtMost : PreferenceBound.AtLeast, candidate.Start, after.Index + after.Length);
        }

        return (PreferenceBound.Exactly, candidate.Start, candidate.End);
    }

    /// <summary>A negator a few words before the duration or its cue ("no scene longer than", "never more than").</summary>
    private static bool IsNegatedBefore(Clause clause, int from)
    {
        var first = clause.WordAtOrAfter(from);
        for (var i = first - 1; i >= 0 && i >= first - 5; i--)
        {
            if (clause.BreakBefore(i + 1))
            {
                return false;
            }

            if (IsNegator(clause, i))
            {
                return true;
            }

            if (!PreferenceLexicon.NegationBridge.Contains(clause.Words[i].Text))
            {
                return false; // "no emojis and each scene 2 seconds": the negation is about emojis.
            }
        }

        return false;
    }

    private static bool IsRange(string lower, int from)
    {
        var windowStart = Math.Max(0, from - CueWindow);
        return RangeBefore().IsMatch(lower[windowStart..from]);
    }

    /// <summary>"after 2 seconds", "a 2 second fade", "the video 30 seconds": a time, but not a scene's length.</summary>
    private static bool MeasuresSomethingElse(Clause clause, int from, int end)
    {
        var next = clause.WordAtOrAfter(end);
        if (next < clause.Words.Count && !clause.BreakBefore(next) && PreferenceLexicon.NotSceneDurationAfter.Contains(clause.Words[next].Text))
        {
            return true;
        }

        // The first meaningful word before the duration tells what it measures: "the video should be 30 seconds".
        var first = clause.WordAtOrAfter(from);
        for (var i = first - 1; i >= 0 && i >= first - 5; i--)
        {
            if (clause.BreakBefore(i + 1))
            {
                return false;
            }

            var word = clause.Words[i].Text;
            if (!PreferenceLexicon.DurationLinkWords.Contains(word))
            {
                // "at 2 seconds" is a moment, but "keep it at 2 seconds" is a level.
                return PreferenceLexicon.NotSceneDurationBefore.Contains(word)
                    && !(word == "at" && clause.Previous(i) is "keep" or "it" or "them" or "set" or "stay" or "scenes" or "fixed" or "steady");
            }
        }

        return false;
    }

    private readonly record struct Candidate(int Start, int End, double Seconds, bool Decade);

    [GeneratedRegex(@"(?<![\w.])(?:(?<num>\d+(?:\.\d+)?|\.\d+)(?<gap>[ \t-]{0,3})(?<unit>milliseconds?|msecs?|ms|seconds?|secs?|s|frames?|f|minutes?|mins?)|(?:(?<whole>one|two|three|four|five|six|seven|eight|nine|ten)[ \t]+and[ \t]+a[ \t]+half|(?<half>half[ \t]+an?|a[ \t]+half)|(?<word>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|an?))[ \t-]{1,3}(?<wunit>milliseconds?|seconds?|secs?|frames?|minutes?|mins?))\b", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"(?<![\d:.])(?<m>\d{1,2}):(?<s>[0-5]\d(?:\.\d{1,3})?)(?![\d:])(?!\s*(?:am|pm)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex ClockPattern();

    [GeneratedRegex(@"\b(?:under|less\s+than|at\s+most|no\s+more\s+than|not\s+more\s+than|a\s+max(?:imum)?\s+of|max(?:imum)?(?:\s+of)?|shorter\s+than|below|up\s+to|within|no\s+longer\s+than|not\s+longer\s+than|capped\s+at|limit(?:ed)?\s+(?:of|to))\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AtMostBefore();

    [GeneratedRegex(@"\b(?:at\s+least|over|more\s+than|a\s+min(?:imum)?\s+of|min(?:imum)?(?:\s+of)?|longer\s+than|no\s+less\s+than|not\s+less\s+than|no\s+shorter\s+than|not\s+shorter\s+than|above|at\s+minimum|no\s+fewer\s+than|exceed(?:ing|s)?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AtLeastBefore();

    [GeneratedRegex(@"\G\s*(?:(?<most>max(?:imum)?|tops|or\s+(?:less|shorter|under)|at\s+(?:the\s+)?most)\b|(?<least>min(?:imum)?\b|or\s+(?:more|longer|above)\b|at\s+(?:the\s+)?least\b|at\s+minimum\b|\+))", RegexOptions.CultureInvariant)]
    private static partial Regex AfterCue();

    [GeneratedRegex(@"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\s*(?:-|–|to|or)\s*$|\bbetween\s+\S+\s+and\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RangeBefore();

    [GeneratedRegex(@"\b(?:scenes|slides|shots|scene\s+(?:length|duration)s?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex GenericScope();

    [GeneratedRegex(@"\b(?:prefer|preferably|from\s+now\s+on|going\s+forward|from\s+here\s+on|by\s+default|in\s+general|as\s+a\s+rule|always)\b", RegexOptions.CultureInvariant)]
    private static partial Regex GeneralRule();
}
