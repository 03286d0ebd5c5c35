using System.Globalization;
using System.Text.RegularExpressions;

namespace BazaarVid.Brain;

/// <summary>Reads a requested duration from a prompt ("make it 4 seconds", "3.5s", "two seconds", "90 frames").</summary>
internal static partial class PromptDuration
{
    private static readonly Dictionary<string, double> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30,
        ["half a"] = 0.5, ["a half"] = 0.5,
    };

    /// <summary>The first duration in <paramref name="text"/>, in frames at <paramref name="fps"/>, or null.</summary>
    public static int? Frames(string text, int fps)
    {
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var amount = match.Groups["number"].Success
            ? double.Parse(match.Groups["number"].Value, NumberStyles.Float, CultureInfo.InvariantCulture)
            : Words[match.Groups["word"].Value.Replace("  ", " ", StringComparison.Ordinal)];
        var unit = match.Groups["unit"].Value.ToLowerInvariant();
        var frames = unit.StartsWith('f') ? amount : amount * fps;
        return frames is > 0 and < 1_000_000 ? (int)Math.Round(frames) : null;
    }

    [GeneratedRegex(
        @"(?<![\w.])(?:(?<number>\d{1,5}(?:\.\d{1,3})?)|(?<word>half a|a half|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty))[\s-]*(?<unit>seconds?|secs?|s|frames?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
