using System.Text.RegularExpressions;

namespace BazaarVid.Brain;

/// <summary>Pulls the scene code out of a model's answer: the largest fenced block, or the whole text when there is none.</summary>
internal static partial class CodeAnswer
{
    public static string Extract(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var best = string.Empty;
        var at = 0;
        while (true)
        {
            var open = answer.IndexOf("```", at, StringComparison.Ordinal);
            if (open < 0)
            {
                break;
            }

            var lineEnd = answer.IndexOf('\n', open);
            if (lineEnd < 0)
            {
                break;
            }

            var close = answer.IndexOf("```", lineEnd, StringComparison.Ordinal);
            var block = close < 0 ? answer[(lineEnd + 1)..] : answer[(lineEnd + 1)..close];
            if (block.Length > best.Length)
            {
                best = block;
            }

            if (close < 0)
            {
                break;
            }

            at = close + 3;
        }

        return (best.Length > 0 ? best : answer).Trim();
    }

    /// <summary>
    /// True when <paramref name="code"/> is at least an attempt at a scene module (it exports something). A refusal or
    /// an explanation is not, and sending it back for repair would only repeat it.
    /// </summary>
    public static bool IsModuleCode(string code) => ExportPattern().IsMatch(code);

    [GeneratedRegex(@"\bexport\s+(default|const|function|let)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ExportPattern();
}
