using System.Globalization;
using System.Text.RegularExpressions;

namespace BazaarVid.Context;

public sealed partial class RuleBasedPreferenceExtractor
{
    private static readonly string[] LowerFonts = [.. PreferenceLexicon.Fonts.Select(f => f.ToLowerInvariant())];

    /// <summary>
    /// The first pacing word of a clause that is not negated and not a complaint wins. A negated one ("not too fast",
    /// "don't make it slow") asks for the middle: medium, with less confidence. "not fast enough" asks for fast.
    /// </summary>
    private static void ReadPacing(Clause clause, Findings found)
    {
        (int Index, int From, string Value)? negated = null;
        for (var i = 0; i < clause.Words.Count; i++)
        {
            if (!PreferenceLexicon.Pacing.TryGetValue(clause.Words[i].Text, out var value) || IsOtherPacingSense(clause, i))
            {
                continue;
            }

            var lead = LeadOf(clause, i);
            if (lead.Negated && clause.Next(i) != "enough")
            {
                negated ??= (i, lead.NegatorIndex, value);
                continue;
            }

            if (IsComplaint(clause, lead, i))
            {
                continue;
            }

            found.Add(clause.Position(i), new PreferenceObservation(PreferenceKind.Pacing, value, Confidence(clause.Explicit), clause.Explicit, clause.Span(i, i)));
            return;
        }

        if (negated is { } n && n.Value != "medium")
        {
            var confidence = Confidence(clause.Explicit) - NegatedPenalty;
            found.Add(clause.Position(n.From), new PreferenceObservation(PreferenceKind.Pacing, "medium", confidence, clause.Explicit, clause.Span(n.From, n.Index)));
        }
    }

    private static bool IsOtherPacingSense(Clause clause, int i)
    {
        var next = clause.Next(i);
        return PreferenceLexicon.NotStyleBefore.Contains(next)
            || IsColorWord(next)
            || (clause.Words[i].Text == "slow" && next is "motion" or "mo" or "mo-mo");
    }

    /// <summary>Collects visual style words of a clause; they are combined per message into one value.</summary>
    private static void ReadVisualStyles(Clause clause, Findings found)
    {
        for (var i = 0; i < clause.Words.Count; i++)
        {
            var word = clause.Words[i].Text;
            if (!PreferenceLexicon.VisualStyle.TryGetValue(word, out var value) || IsOtherStyleSense(clause, i, word))
            {
                continue;
            }

            var lead = LeadOf(clause, i);
            if (lead.Negated || IsComplaint(clause, lead, i))
            {
                continue;
            }

            // "bright colours" are vivid (bold); a "bright background" is a light theme.
            if (word == "bright" && clause.Next(i) is "colors" or "colours" or "palette" or "tones")
            {
                value = "bold";
            }

            found.VisualStyles.Add(new Term(clause.Position(i), value, clause.Explicit, clause.Span(i, i)));
        }
    }

    private static bool IsOtherStyleSense(Clause clause, int i, string word)
    {
        var next = clause.Next(i);
        if (IsColorWord(next) || PreferenceLexicon.NotStyleBefore.Contains(next))
        {
            return true; // "dark blue" is a colour, "a simple question" is no style.
        }

        if (word == "neon" && PreferenceLexicon.AccentNouns.Contains(next))
        {
            return true; // "neon accents" is an accent colour on top of the style, read by ReadColors.
        }

        if (word is "light" or "bright")
        {
            return !PreferenceLexicon.ThemeNouns.Contains(next); // only as a theme: "light mode", not "a light touch".
        }

        if (word == "bold" && IsTypography(clause, i))
        {
            return true;
        }

        return PreferenceLexicon.WeakStyles.Contains(word)
            && !PreferenceLexicon.StyleNouns.Contains(next)
            && !PreferenceLexicon.VideoNouns.Contains(next)
            && !PreferenceLexicon.Predicatives.Contains(clause.Previous(i));
    }

    /// <summary>"bold text", "make the title bold", "in bold": a font weight.</summary>
    private static bool IsTypography(Clause clause, int i)
    {
        var next = clause.Next(i);
        if (PreferenceLexicon.TypographyNouns.Contains(next) || clause.Previous(i) == "in"
            || (next is "the" or "our" or "all" && PreferenceLexicon.TypographyNouns.Contains(clause.Next(i + 1))))
        {
            return true;
        }

        for (var back = i - 1; back >= 0 && back >= i - 3 && !clause.BreakBefore(back + 1); back--)
        {
            if (PreferenceLexicon.TypographyNouns.Contains(clause.Words[back].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Collects animation words and verbatim cubic-bezier curves (invalid curves are rejected).</summary>
    private static void ReadAnimationStyles(Clause clause, Findings found)
    {
        for (var i = 0; i < clause.Words.Count; i++)
        {
            var word = clause.Words[i].Text;
            if (!PreferenceLexicon.AnimationStyle.TryGetValue(word, out var value) || IsOtherAnimationSense(clause, i, word))
            {
                continue;
            }

            var lead = LeadOf(clause, i);
            if (lead.Negated || IsComplaint(clause, lead, i))
            {
                continue;
            }

            found.AnimationStyles.Add(new Term(clause.Position(i), value, clause.Explicit, clause.Span(i, i)));
        }

        foreach (Match match in BezierPattern().Matches(clause.Text))
        {
            var x1 = ParseCoordinate(match.Groups["x1"].Value);
            var y1 = ParseCoordinate(match.Groups["y1"].Value);
            var x2 = ParseCoordinate(match.Groups["x2"].Value);
            var y2 = ParseCoordinate(match.Groups["y2"].Value);
            if (x1 is < 0 or > 1 || x2 is < 0 or > 1 || !double.IsFinite(y1) || !double.IsFinite(y2) || double.IsNaN(x1) || double.IsNaN(x2))
            {
                found.Reject(clause.Offset + match.Index, new PreferenceRejection(
                    PreferenceKind.AnimationStyle, match.Value, "A cubic-bezier's x values must be between 0 and 1 and its y values finite."));
                continue;
            }

            // A curve spelled out is a precise instruction, stated even inside a request.
            found.AnimationStyles.Add(new Term(clause.Offset + match.Index, match.Value, true, match.Value));
        }
    }

    private static double ParseCoordinate(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static bool IsOtherAnimationSense(Clause clause, int i, string word)
    {
        var next = clause.Next(i);
        if (PreferenceLexicon.NotAnimationBefore.Contains(next))
        {
            return true; // "zoom call", "spring sale", "bounce rate", "slide deck".
        }

        return word switch
        {
            "slide" or "slides" => !PreferenceLexicon.SlideMotions.Contains(next), // "every slide" is a slide of a deck.
            "typing" => !PreferenceLexicon.EffectNouns.Contains(next), // "I'm typing this" is no typewriter effect.
            "glitch" => clause.Previous(i) is "a" or "the" or "this" or "that" or "any" or "some" && !PreferenceLexicon.EffectNouns.Contains(next),
            _ => false,
        };
    }

    /// <summary>Hex (#f50 is #FF5500), rgb(), named colours with a modifier ("navy blue", "dark blue"), and "neon accents".</summary>
    private static void ReadColors(Clause clause, Findings found)
    {
        foreach (Match match in HexPattern().Matches(clause.Text))
        {
            var digits = match.Groups["hex"].Value;
            var word = clause.WordAtOrAfter(match.Index + 1);
            if (word >= clause.Words.Count || IsNotAHexColor(clause, word, digits) || LeadOf(clause, word).Negated)
            {
                continue;
            }

            var hex = digits.Length == 3 ? string.Concat(digits.Select(c => new string(c, 2))) : digits;
            found.Add(clause.Offset + match.Index, new PreferenceObservation(
                PreferenceKind.Color, "#" + hex.ToUpperInvariant(), Confidence(clause.Explicit), clause.Explicit, match.Value));
        }

        foreach (Match match in RgbPattern().Matches(clause.Lower))
        {
            var channels = new[] { match.Groups["r"].Value, match.Groups["g"].Value, match.Groups["b"].Value }
                .Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
            if (Array.Exists(channels, c => c > 255))
            {
                continue;
            }

            var hex = string.Create(CultureInfo.InvariantCulture, $"#{channels[0]:X2}{channels[1]:X2}{channels[2]:X2}");
            found.Add(clause.Offset + match.Index, new PreferenceObservation(
                PreferenceKind.Color, hex, Confidence(clause.Explicit), clause.Explicit, clause.Text.Substring(match.Index, match.Length)));
        }

        for (var i = 0; i < clause.Words.Count; i++)
        {
            var word = clause.Words[i].Text;
            var next = clause.Next(i);
            var first = i;
            string value;
            if (word == "neon" && PreferenceLexicon.AccentNouns.Contains(next))
            {
                value = "neon";
            }
            else if (IsColorWord(word))
            {
                if ((PreferenceLexicon.ColorModifiers.Contains(word) && IsColorWord(next))
                    || PreferenceLexicon.NotColorBefore.Contains(next)
                    || (word == "cream" && clause.Previous(i) == "ice"))
                {
                    continue; // "navy" of "navy blue" is read with "blue"; "white paper" is no colour.
                }

                var modifier = clause.Previous(i);
                if (PreferenceLexicon.ColorModifiers.Contains(modifier) && !word.Contains('-', StringComparison.Ordinal))
                {
                    first = i - 1;
                    value = modifier + " " + word;
                }
                else
                {
                    value = word;
                }
            }
            else
            {
                continue;
            }

            var lead = LeadOf(clause, first);
            if (lead.Negated || lead.Too)
            {
                continue;
            }

            found.Add(clause.Position(first), new PreferenceObservation(
                PreferenceKind.Color, value.Replace("grey", "gray", StringComparison.Ordinal), Confidence(clause.Explicit), clause.Explicit, clause.Span(first, i)));
        }
    }

    /// <summary>"scene #123" and "#add" are a number and a hashtag, not colours.</summary>
    private static bool IsNotAHexColor(Clause clause, int word, string digits) =>
        clause.Previous(word) is "scene" or "slide" or "issue" or "ticket" or "pr" or "step" or "number" or "item" or "version" or "no" or "part" or "page" or "task"
        || (digits.Length == 3 && PreferenceLexicon.HexWords.Contains(digits.ToLowerInvariant()));

    /// <summary>A known font (ambiguous names like Inter or Georgia only when the clause talks about type), else "font: X" / "X font".</summary>
    private static void ReadFont(Clause clause, Findings found)
    {
        var aboutType = clause.HasAnyWord(PreferenceLexicon.FontCues);
        var best = -1;
        var bestAt = int.MaxValue;
        for (var f = 0; f < LowerFonts.Length; f++)
        {
            if (PreferenceLexicon.AmbiguousFonts.Contains(PreferenceLexicon.Fonts[f]) && !aboutType)
            {
                continue;
            }

            var at = IndexOfWord(clause.Lower, LowerFonts[f]);
            if (at >= 0 && (at < bestAt || (at == bestAt && LowerFonts[f].Length > LowerFonts[best].Length)))
            {
                (best, bestAt) = (f, at);
            }
        }

        var isExplicit = clause.Explicit || aboutType;
        if (best >= 0)
        {
            var font = PreferenceLexicon.Fonts[best];
            found.Add(clause.Offset + bestAt, new PreferenceObservation(
                PreferenceKind.Font, font, Confidence(isExplicit), isExplicit, clause.Text.Substring(bestAt, font.Length)));
            return;
        }

        var named = NamedFontPattern().Match(clause.Text);
        if (named.Success && CleanFontName(named.Groups["name"].Success ? named.Groups["name"].Value : named.Groups["after"].Value) is { } name)
        {
            found.Add(clause.Offset + named.Index, new PreferenceObservation(
                PreferenceKind.Font, name, ExplicitConfidence, true, named.Value.Trim()));
        }
    }

    private static int IndexOfWord(string lower, string phrase)
    {
        var at = lower.IndexOf(phrase, StringComparison.Ordinal);
        while (at >= 0 && !IsWordBoundary(lower, at, phrase.Length))
        {
            at = lower.IndexOf(phrase, at + 1, StringComparison.Ordinal);
        }

        return at;
    }

    /// <summary>"Use Lobster" → "Lobster"; "The Title" → nothing; a style or colour word is no font.</summary>
    private static string? CleanFontName(string raw)
    {
        var words = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && PreferenceLexicon.NotFontNames.Contains(words[0].ToLowerInvariant()))
        {
            words.RemoveAt(0);
        }

        var end = words.FindIndex(w => PreferenceLexicon.NotFontNames.Contains(w.ToLowerInvariant()));
        if (end >= 0)
        {
            words.RemoveRange(end, words.Count - end);
        }

        var name = string.Join(' ', words);
        var lower = name.ToLowerInvariant();
        return name.Length < 2 || PreferenceLexicon.VisualStyle.ContainsKey(lower) || PreferenceLexicon.Colors.Contains(lower) || PreferenceLexicon.Pacing.ContainsKey(lower)
            ? null
            : name;
    }

    [GeneratedRegex(@"cubic-bezier\(\s*(?<x1>-?(?:\d+(?:\.\d*)?|\.\d+))\s*,\s*(?<y1>-?(?:\d+(?:\.\d*)?|\.\d+))\s*,\s*(?<x2>-?(?:\d+(?:\.\d*)?|\.\d+))\s*,\s*(?<y2>-?(?:\d+(?:\.\d*)?|\.\d+))\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BezierPattern();

    [GeneratedRegex(@"(?<![\w&#])#(?<hex>[0-9a-fA-F]{6}|[0-9a-fA-F]{3})(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex HexPattern();

    [GeneratedRegex(@"\brgba?\(\s*(?<r>\d{1,3})\s*,\s*(?<g>\d{1,3})\s*,\s*(?<b>\d{1,3})\s*[,)]", RegexOptions.CultureInvariant)]
    private static partial Regex RgbPattern();

    // Bounded gaps and word-start anchors keep this linear on long capitalised or space-filled input.
    [GeneratedRegex(@"\b(?:[Ff]ont|[Tt]ypeface)\s{0,3}[:=]\s{0,3}[""'“]?(?<name>[A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,2})|\b(?:[Ff]ont|[Tt]ypeface)(?:\s{1,3}(?:is|of|to|should\s+be|like|called))?\s{1,3}[""'“]?(?<name>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})|(?<![\w-])(?<after>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}) (?:font|typeface)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NamedFontPattern();
}
