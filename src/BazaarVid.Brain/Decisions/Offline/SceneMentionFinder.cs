using System.Collections.Immutable;
using BazaarVid.Context;

namespace BazaarVid.Brain;

/// <summary>
/// Finds every place a prompt names a scene — by number, ordinal, relative position, recency, name or pronoun —
/// resolves it against the live storyboard and gives it a role (target, reference, insert position). One forward
/// pass over the tokens; no backtracking.
/// </summary>
internal static class SceneMentionFinder
{
    private const int MaxNameWords = 4;

    public static List<SceneMention> Find(Token[] t, SceneIndex index)
    {
        var found = new List<SceneMention>(4);
        var hasCopyVerb = false;
        foreach (var token in t)
        {
            hasCopyVerb |= token.Kind == TokenKind.Word && token.Is(WordClass.Copy);
        }

        var betweenOpen = false;
        for (var i = 0; i < t.Length; i++)
        {
            var before = found.Count;
            if (!TryNumbers(t, i, index, found)
                && (TryOrdinal(t, i, index) ?? TryLatest(t, i, index) ?? TryPronoun(t, i, index) ?? TryName(t, i, index)) is { } next)
            {
                found.Add(next);
            }

            for (var k = before; k < found.Count; k++)
            {
                var mention = found[k];
                var (role, between) = RoleOf(t, mention.Start, k > 0 ? found[k - 1] : null, betweenOpen, hasCopyVerb);
                betweenOpen = between;
                found[k] = mention with { Role = role };
            }

            if (found.Count > before)
            {
                i = found[^1].End;
            }
        }

        return found;
    }

    /// <summary>True when token <paramref name="i"/> is a scene noun here ("slide" only when it is not the verb).</summary>
    public static bool IsSceneNounAt(Token[] t, int i, bool allowOne)
    {
        if (i >= t.Length || t[i].Kind != TokenKind.Word || !t[i].Is(WordClass.SceneNoun))
        {
            return false;
        }

        switch (t[i].Surface)
        {
            case "one" or "ones":
                return allowOne;
            case "slide" or "slides":
                var next = i + 1 < t.Length ? t[i + 1] : default;
                if (next.Kind is TokenKind.Number || next.Is(WordClass.NumberWord))
                {
                    return true;
                }

                var prev = i > 0 ? t[i - 1] : default;
                var nounBefore = prev.Is(WordClass.Definite | WordClass.Indefinite | WordClass.Ordinal | WordClass.Latest)
                    || (prev.IsUnknownWord || prev.Is(WordClass.SceneKind)) && i > 1 && t[i - 2].Is(WordClass.Definite | WordClass.Indefinite);
                var verbAfter = next.Kind == TokenKind.Word && (next.Is(WordClass.Preposition | WordClass.Pronoun | WordClass.Placement)
                    || next.Surface is "in" or "out" or "up" or "down" or "over" or "away");
                return nounBefore && !verbAfter;
            default:
                return true;
        }
    }

    /// <summary>"scene 3", "slide two", "scenes 2 and 3": adds every number named and returns true.</summary>
    private static bool TryNumbers(Token[] t, int i, SceneIndex index, List<SceneMention> found)
    {
        if (t[i].Kind != TokenKind.Word || !t[i].Is(WordClass.SceneNoun) || t[i].Surface is "one" or "ones")
        {
            return false;
        }

        var j = i + 1;
        if (j < t.Length && t[j].Surface is "number" or "no" or "nr" or "num")
        {
            j++;
        }

        if (!TryReadCount(t, j, out var n))
        {
            return false;
        }

        found.Add(NumberMention(i, j, n, t[i].Surface, index));
        var k = j + 1;
        while (k + 1 < t.Length && (t[k].Is(WordClass.Conjunction) || t[k].Surface == ",") && TryReadCount(t, k + 1, out var more))
        {
            found.Add(NumberMention(k + 1, k + 1, more, t[i].Surface, index));
            k += 2;
        }

        return true;
    }

    private static bool TryReadCount(Token[] t, int j, out int n)
    {
        n = 0;
        if (j >= t.Length)
        {
            return false;
        }

        var unitFollows = j + 1 < t.Length && t[j + 1].Is(WordClass.Unit) && t[j + 1].Kind == TokenKind.Word;
        if (unitFollows)
        {
            return false;
        }

        if (t[j].Kind == TokenKind.Number && t[j].Value is >= 0 and <= 10_000 && t[j].Value == Math.Floor(t[j].Value))
        {
            n = (int)t[j].Value;
            return true;
        }

        return t[j].Kind == TokenKind.Word && t[j].Is(WordClass.NumberWord) && IntentLexicon.NumberWords.TryGetValue(t[j].Text, out n);
    }

    private static SceneMention NumberMention(int start, int end, int n, string noun, SceneIndex index)
    {
        var label = $"{(noun.StartsWith("slide", StringComparison.Ordinal) ? "slide" : "scene")} {n}";
        if (index.IsEmpty)
        {
            return new SceneMention(start, end, MentionKind.Number, MentionRole.Target, null, [], MentionProblem.NoScenes, label, n);
        }

        var scene = index.AtOrder(n);
        return new SceneMention(start, end, MentionKind.Number, MentionRole.Target, scene, [], scene is null ? MentionProblem.OutOfRange : MentionProblem.None, label, n);
    }

    private static SceneMention? TryOrdinal(Token[] t, int i, SceneIndex index)
    {
        var token = t[i];
        if (token.Kind != TokenKind.Word || !token.Is(WordClass.Ordinal))
        {
            return null;
        }

        var prev = i > 0 ? t[i - 1] : default;
        if (prev.Is(WordClass.Indefinite))
        {
            return null;
        }

        var hasDefinite = prev.Kind == TokenKind.Word && prev.Is(WordClass.Definite);
        var sceneFollows = IsSceneNounAt(t, i + 1, allowOne: true);
        if (!sceneFollows && (!hasDefinite || !EndsNounPhrase(t, i + 1)))
        {
            return null;
        }

        var end = sceneFollows ? i + 1 : i;
        var label = $"the {token.Surface} {(sceneFollows ? t[i + 1].Surface : "scene")}";
        if (token.Text is "previous" or "next" or "following")
        {
            var latest = index.Latest;
            if (latest is null)
            {
                return new SceneMention(i, end, MentionKind.Relative, MentionRole.Target, null, [], MentionProblem.NoScenes, label);
            }

            var neighbour = index.AtOrder(token.Text == "previous" ? latest.Order - 1 : latest.Order + 1);
            return new SceneMention(i, end, MentionKind.Relative, MentionRole.Target, neighbour, [], neighbour is null ? MentionProblem.NoNeighbour : MentionProblem.None, label, token.Text == "previous" ? -1 : 1);
        }

        var position = token.Text == "nth" ? (int)Math.Min(token.Value, 100_000) : IntentLexicon.Ordinals.GetValueOrDefault(token.Text);
        if (position == 0)
        {
            return null;
        }

        if (index.IsEmpty)
        {
            return new SceneMention(i, end, MentionKind.Ordinal, MentionRole.Target, null, [], MentionProblem.NoScenes, label, position);
        }

        var order = position > 0 ? position : index.Scenes.Length + 1 + position;
        var scene = index.AtOrder(order);
        return new SceneMention(i, end, MentionKind.Ordinal, MentionRole.Target, scene, [], scene is null ? MentionProblem.OutOfRange : MentionProblem.None, label, position);
    }

    /// <summary>True when nothing noun-like follows ("the last", "the last, please", "the last in the list").</summary>
    private static bool EndsNounPhrase(Token[] t, int i) =>
        i >= t.Length
        || t[i].Kind is TokenKind.Punct or TokenKind.Number
        || (t[i].Kind == TokenKind.Word && !t[i].IsUnknownWord && !t[i].Is(WordClass.Element | WordClass.SceneKind | WordClass.AssetNoun | WordClass.Unit));

    private static SceneMention? TryLatest(Token[] t, int i, SceneIndex index)
    {
        if (t[i].Kind != TokenKind.Word || !t[i].Is(WordClass.Latest))
        {
            return null;
        }

        var sceneFollows = IsSceneNounAt(t, i + 1, allowOne: true);
        var hasDefinite = i > 0 && t[i - 1].Is(WordClass.Definite);
        if (!sceneFollows && !(hasDefinite && EndsNounPhrase(t, i + 1)))
        {
            return null;
        }

        var end = sceneFollows ? i + 1 : i;
        var latest = index.Latest;
        return new SceneMention(i, end, MentionKind.Latest, MentionRole.Target, latest, [], latest is null ? MentionProblem.NoScenes : MentionProblem.None, "the latest scene");
    }

    private static SceneMention? TryPronoun(Token[] t, int i, SceneIndex index)
    {
        var token = t[i];
        if (token.Kind != TokenKind.Word)
        {
            return null;
        }

        int end;
        string label;
        if (token.Text == "it")
        {
            end = i;
            label = "it";
        }
        else if (token.Text is "this" or "that" && IsSceneNounAt(t, i + 1, allowOne: true))
        {
            end = i + 1;
            label = $"{token.Text} {t[i + 1].Surface}";
        }
        else if (token.Text is "this" or "that" && i > 0 && IsVerb(t[i - 1]) && EndsPronoun(t, i + 1))
        {
            end = i;
            label = token.Text;
        }
        else if (token.Text == "the" && IsSceneNounAt(t, i + 1, allowOne: false) && t[i + 1].Surface is "scene" or "slide" or "shot" or "clip"
            && !TryReadCount(t, i + 2, out _))
        {
            end = i + 1;
            label = $"the {t[i + 1].Surface}";
        }
        else
        {
            return null;
        }

        var latest = index.Latest;
        return new SceneMention(i, end, MentionKind.Pronoun, MentionRole.Target, latest, [], latest is null ? MentionProblem.NoScenes : MentionProblem.None, label);
    }

    private static bool IsVerb(in Token token) =>
        token.Kind == TokenKind.Word && token.Is(WordClass.EditVerb | WordClass.CreateVerb | WordClass.DeleteVerb | WordClass.ShowVerb | WordClass.DurationVerb | WordClass.Animation);

    private static bool EndsPronoun(Token[] t, int i) =>
        i >= t.Length
        || t[i].Kind is TokenKind.Punct or TokenKind.Number or TokenKind.Hex
        || t[i].Is(WordClass.Adjustment | WordClass.Color | WordClass.Preposition | WordClass.Conjunction | WordClass.Creative | WordClass.Animation | WordClass.Placement | WordClass.PositionMarker);

    private static SceneMention? TryName(Token[] t, int i, SceneIndex index)
    {
        var token = t[i];
        if (token.Kind != TokenKind.Word)
        {
            return null;
        }

        var hasDefinite = token.Is(WordClass.Definite);
        var first = hasDefinite ? i + 1 : i;
        if (!hasDefinite && (!IsStrictNameWord(token) || (i > 0 && t[i - 1].Is(WordClass.Indefinite | WordClass.Definite | WordClass.Ordinal))))
        {
            return null;
        }

        var j = first;
        while (j < t.Length && j - first < MaxNameWords && IsLooseNameWord(t[j]) && !IsSceneNounAt(t, j, allowOne: false))
        {
            j++;
        }

        var sceneFollows = j > first && IsSceneNounAt(t, j, allowOne: hasDefinite);
        if (!sceneFollows)
        {
            // Without "scene" after it, a name is only words that can name something: keep the strict prefix.
            j = first;
            while (j < t.Length && j - first < MaxNameWords && IsStrictNameWord(t[j]))
            {
                j++;
            }

            if (!hasDefinite)
            {
                return null;
            }
        }

        if (j == first)
        {
            return null;
        }

        var end = sceneFollows ? j : j - 1;
        var words = new List<string>(j - first);
        var surfaces = new List<string>(j - first);
        var elementOnly = true;
        var hasNonElement = false;
        for (var k = first; k < j; k++)
        {
            surfaces.Add(t[k].Surface);
            var isElement = t[k].Is(WordClass.Element | WordClass.AssetNoun) && !t[k].Is(WordClass.SceneKind);
            elementOnly &= isElement;
            hasNonElement |= !isElement;
        }

        for (var k = first; k < j; k++)
        {
            // Element words ("background" in "the dashboard background") only count when nothing else names the scene.
            if (!hasNonElement || !t[k].Is(WordClass.Element | WordClass.AssetNoun) || t[k].Is(WordClass.SceneKind))
            {
                words.Add(SceneIndex.Comparable(t[k]));
            }
        }

        var surfaceKey = string.Join(' ', surfaces);
        var label = sceneFollows ? $"the {surfaceKey} {t[j].Surface}" : $"the {surfaceKey}";
        if (index.IsEmpty)
        {
            return new SceneMention(i, end, MentionKind.Name, MentionRole.Target, null, [], MentionProblem.NoScenes, label, ElementOnly: elementOnly && !sceneFollows);
        }

        if (elementOnly && !sceneFollows)
        {
            return ExactName(i, end, surfaceKey, label, index);
        }

        return Best(i, end, words, label, sceneFollows, index);
    }

    private static SceneMention? ExactName(int start, int end, string surfaceKey, string label, SceneIndex index)
    {
        SceneEntry? match = null;
        for (var s = 0; s < index.Scenes.Length; s++)
        {
            if (index.NameIs(s, surfaceKey))
            {
                if (match is not null)
                {
                    return null;
                }

                match = index.Scenes[s];
            }
        }

        return match is null ? null : new SceneMention(start, end, MentionKind.Name, MentionRole.Target, match, [], MentionProblem.None, label, ElementOnly: true);
    }

    private static SceneMention? Best(int start, int end, List<string> words, string label, bool explicitScene, SceneIndex index)
    {
        var best = 0;
        var tied = ImmutableArray.CreateBuilder<SceneEntry>();
        for (var s = 0; s < index.Scenes.Length; s++)
        {
            var score = index.Score(s, words);
            if (score > best)
            {
                best = score;
                tied.Clear();
            }

            if (score == best && score > 0)
            {
                tied.Add(index.Scenes[s]);
            }
        }

        if (best > 0)
        {
            return tied.Count == 1
                ? new SceneMention(start, end, MentionKind.Name, MentionRole.Target, tied[0], [], MentionProblem.None, label)
                : new SceneMention(start, end, MentionKind.Name, MentionRole.Target, null, tied.ToImmutable(), MentionProblem.Ambiguous, label);
        }

        // "the intro" / "the outro" with no scene of that name: the first / last scene.
        if (words.Count == 1 && words[0] is "intro" or "outro")
        {
            var scene = words[0] == "intro" ? index.Scenes[0] : index.Scenes[^1];
            return new SceneMention(start, end, MentionKind.Name, MentionRole.Target, scene, [], MentionProblem.None, label);
        }

        return explicitScene ? new SceneMention(start, end, MentionKind.Name, MentionRole.Target, null, [], MentionProblem.NotFound, label) : null;
    }

    private static bool IsStrictNameWord(in Token token) =>
        token.Kind == TokenKind.Word
        && (token.Class == WordClass.None || token.Is(WordClass.SceneKind | WordClass.Element | WordClass.AssetNoun))
        && !token.Is(WordClass.Stop | WordClass.Preposition | WordClass.Conjunction | WordClass.Definite | WordClass.Indefinite | WordClass.Pronoun
            | WordClass.Ordinal | WordClass.Latest | WordClass.Unit | WordClass.Placement | WordClass.Scope | WordClass.Possessive);

    private static bool IsLooseNameWord(in Token token) =>
        token.Kind == TokenKind.Word
        && !token.Is(WordClass.Stop | WordClass.Preposition | WordClass.Conjunction | WordClass.Definite | WordClass.Indefinite | WordClass.Pronoun
            | WordClass.Unit | WordClass.Possessive | WordClass.Ordinal | WordClass.Latest | WordClass.Scope);

    private static (MentionRole Role, bool BetweenOpen) RoleOf(Token[] t, int start, SceneMention? previous, bool betweenOpen, bool hasCopyVerb)
    {
        var limit = Math.Max(0, start - 4);
        for (var k = start - 1; k >= limit; k--)
        {
            if (previous is not null && k <= previous.End)
            {
                return (betweenOpen && previous.Role == MentionRole.After && t[k + 1].Is(WordClass.Conjunction) ? MentionRole.Before : MentionRole.Target, false);
            }

            var token = t[k];
            if (token.IsPunct)
            {
                break;
            }

            if (token.Is(WordClass.ReferenceMarker))
            {
                return (MentionRole.Reference, false);
            }

            if (token.Is(WordClass.PositionMarker))
            {
                return token.Surface is "before" or "preceding" or "ahead" ? (MentionRole.Before, false) : (MentionRole.After, token.Surface == "between");
            }

            if (token.Surface == "from" && hasCopyVerb)
            {
                return (MentionRole.Reference, false);
            }

            if (IsVerb(token))
            {
                break;
            }
        }

        return (MentionRole.Target, false);
    }
}
