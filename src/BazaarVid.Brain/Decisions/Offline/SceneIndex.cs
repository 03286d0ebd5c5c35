using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using BazaarVid.Context;

namespace BazaarVid.Brain;

/// <summary>
/// The live scenes of a storyboard with the words of their names and descriptions, read with the same tokenizer
/// as prompts. Built once per storyboard instance (storyboards are immutable) and cached weakly.
/// </summary>
internal sealed class SceneIndex
{
    public const int NameWeight = 3;
    public const int DescriptionWeight = 1;

    private static readonly ConditionalWeakTable<Storyboard, SceneIndex> Cache = new();

    private readonly SceneWords[] _words;

    private SceneIndex(ImmutableArray<SceneEntry> scenes)
    {
        Scenes = scenes;
        _words = new SceneWords[scenes.Length];
        for (var i = 0; i < scenes.Length; i++)
        {
            var (name, nameSurface) = Read(scenes[i].Name);
            var (description, _) = Read(scenes[i].Description);
            _words[i] = new SceneWords(name, description, nameSurface);
        }

        Latest = MostRecent(scenes);
    }

    /// <summary>The live scenes, by order.</summary>
    public ImmutableArray<SceneEntry> Scenes { get; }

    /// <summary>The scene most recently created or edited (highest UpdatedTurn; ties go to the higher order), or null.</summary>
    public SceneEntry? Latest { get; }

    public bool IsEmpty => Scenes.IsEmpty;

    public static SceneIndex For(Storyboard storyboard) => Cache.GetValue(storyboard, static s => new SceneIndex(s.Scenes));

    public static SceneEntry? MostRecent(ImmutableArray<SceneEntry> scenes)
    {
        SceneEntry? best = null;
        foreach (var scene in scenes)
        {
            if (best is null || scene.UpdatedTurn > best.UpdatedTurn || (scene.UpdatedTurn == best.UpdatedTurn && scene.Order > best.Order))
            {
                best = scene;
            }
        }

        return best;
    }

    /// <summary>The live scene at 1-based <paramref name="order"/>, or null.</summary>
    public SceneEntry? AtOrder(int order) => order >= 1 && order <= Scenes.Length ? Scenes[order - 1] : null;

    /// <summary>How well <paramref name="words"/> (canonical, stemmed) match a scene: name hits weigh 3, description hits 1.</summary>
    public int Score(int sceneIndex, IReadOnlyList<string> words)
    {
        var entry = _words[sceneIndex];
        var score = 0;
        foreach (var word in words)
        {
            if (entry.Name.Contains(word))
            {
                score += NameWeight;
            }
            else if (entry.Description.Contains(word))
            {
                score += DescriptionWeight;
            }
        }

        return score;
    }

    /// <summary>True when the scene's name, as written, is exactly <paramref name="surfaceKey"/> (its meaningful words joined by spaces).</summary>
    public bool NameIs(int sceneIndex, string surfaceKey) => string.Equals(_words[sceneIndex].NameSurface, surfaceKey, StringComparison.Ordinal);

    /// <summary>The comparable form of a word: its canonical form, and for unknown words a crude singular.</summary>
    public static string Comparable(in Token token) =>
        token.Class == WordClass.None && token.Text.Length > 3 && token.Text[^1] == 's'
            && !token.Text.EndsWith("ss", StringComparison.Ordinal) && !token.Text.EndsWith("us", StringComparison.Ordinal)
            && !token.Text.EndsWith("is", StringComparison.Ordinal)
            ? token.Text[..^1]
            : token.Text;

    private static (HashSet<string> Words, string Surface) Read(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var surface = new List<string>();
        foreach (var token in PromptTokenizer.Tokenize(text))
        {
            if (token.Kind != TokenKind.Word || IntentLexicon.IsIndexNoise(token.Class) && !token.Is(WordClass.SceneKind | WordClass.Element))
            {
                continue;
            }

            words.Add(Comparable(token));
            surface.Add(token.Surface);
        }

        return (words, string.Join(' ', surface));
    }

    private sealed record SceneWords(HashSet<string> Name, HashSet<string> Description, string NameSurface);
}
