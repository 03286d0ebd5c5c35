using System.Collections.Immutable;

namespace BazaarVid.Brain;

/// <summary>Collects findings with their character offsets, caps their number, and turns offsets into lines and columns.</summary>
internal sealed class FindingSink(string code, int maxFindings)
{
    private readonly List<(string Code, string Message, int Position, bool Error)> _findings = [];
    private readonly HashSet<(string Code, int Position)> _seen = [];
    private int _dropped;

    public void Error(string findingCode, string message, int position) => Add(findingCode, message, position, true);

    public void Warning(string findingCode, string message, int position) => Add(findingCode, message, position, false);

    public SceneContractResult ToResult(string? sceneId, int? durationInFrames)
    {
        var lines = LineStarts(code);
        var ordered = _findings.OrderBy(f => f.Position).ThenBy(f => f.Code, StringComparer.Ordinal).ToList();
        var errors = ImmutableArray.CreateBuilder<SceneContractFinding>();
        var warnings = ImmutableArray.CreateBuilder<SceneContractFinding>();
        foreach (var finding in ordered)
        {
            var (line, column) = LineColumn(lines, finding.Position);
            (finding.Error ? errors : warnings).Add(new SceneContractFinding(finding.Code, finding.Message, line, column));
        }

        if (_dropped > 0)
        {
            warnings.Add(new SceneContractFinding(SceneContractCodes.FindingsTruncated, $"{_dropped} more findings were not reported.", 1, 1));
        }

        return new SceneContractResult(errors.ToImmutable(), warnings.ToImmutable())
        {
            SceneId = sceneId,
            DurationInFrames = durationInFrames,
        };
    }

    private void Add(string findingCode, string message, int position, bool error)
    {
        if (!_seen.Add((findingCode + (error ? "!" : "?") + message, position)))
        {
            return;
        }

        if (_findings.Count >= maxFindings)
        {
            _dropped++;
            return;
        }

        _findings.Add((findingCode, message, Math.Clamp(position, 0, code.Length), error));
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static (int Line, int Column) LineColumn(List<int> starts, int position)
    {
        var index = starts.BinarySearch(position);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, position - starts[line] + 1);
    }
}
