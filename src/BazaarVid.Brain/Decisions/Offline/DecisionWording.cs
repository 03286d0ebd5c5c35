using System.Globalization;
using System.Text;
using BazaarVid.Context;

namespace BazaarVid.Brain;

/// <summary>The deterministic wording of questions and reasoning: scenes are always named as <c>scene N "Name"</c>.</summary>
internal static class DecisionWording
{
    private const int MaxListedScenes = 12;

    public static string Describe(SceneEntry scene) => $"scene {scene.Order.ToString(CultureInfo.InvariantCulture)} \"{scene.Name}\"";

    /// <summary>"scene 1 "Intro", scene 2 "Tagline" or scene 3 "Features"" (at most 12, then "and N more").</summary>
    public static string Options(IReadOnlyList<SceneEntry> scenes, string lastJoiner = "or")
    {
        var builder = new StringBuilder();
        var shown = Math.Min(scenes.Count, MaxListedScenes);
        for (var i = 0; i < shown; i++)
        {
            if (i > 0)
            {
                builder.Append(i == shown - 1 && shown == scenes.Count ? $" {lastJoiner} " : ", ");
            }

            builder.Append(Describe(scenes[i]));
        }

        if (scenes.Count > shown)
        {
            builder.Append(CultureInfo.InvariantCulture, $" and {scenes.Count - shown} more");
        }

        return builder.ToString();
    }

    public static string Seconds(int frames, int fps) =>
        (frames / (double)fps).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Frames(int frames) => frames.ToString(CultureInfo.InvariantCulture);

    public static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n.ToString(CultureInfo.InvariantCulture)} {noun}s";
}
