using System.Globalization;
using BazaarVid.Context;

namespace BazaarVid.Brain;

/// <summary>
/// Resolves a loose scene label — an id with the wrong case, "3", "scene 3", "the third scene", "Pricing", "the
/// pricing scene" — to exactly one live scene with the offline analyzer's rules, or to nothing.
/// </summary>
internal static class SceneLabelResolver
{
    public static SceneEntry? Resolve(string? label, Storyboard storyboard)
    {
        if (string.IsNullOrWhiteSpace(label) || storyboard.Scenes.IsEmpty)
        {
            return null;
        }

        var trimmed = label.Trim();
        if (storyboard.Find(trimmed) is { } exact)
        {
            return exact;
        }

        var byId = storyboard.Scenes.Where(s => string.Equals(s.Id, trimmed, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byId.Count == 1)
        {
            return byId[0];
        }

        if (int.TryParse(trimmed.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var order))
        {
            return order >= 1 && order <= storyboard.Scenes.Length ? storyboard.Scenes[order - 1] : null;
        }

        var byName = storyboard.Scenes.Where(s => string.Equals(s.Name.Trim(), trimmed, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byName.Count == 1)
        {
            return byName[0];
        }

        var index = SceneIndex.For(storyboard);
        return Single(trimmed, index) ?? Single("the " + trimmed, index);
    }

    private static SceneEntry? Single(string text, SceneIndex index)
    {
        var mentions = SceneMentionFinder.Find(PromptTokenizer.Tokenize(text), index);
        SceneEntry? found = null;
        foreach (var mention in mentions)
        {
            if (!mention.IsExplicit || mention.Problem != MentionProblem.None || (found is not null && found.Id != mention.Scene!.Id))
            {
                return null;
            }

            found = mention.Scene;
        }

        return found;
    }
}
