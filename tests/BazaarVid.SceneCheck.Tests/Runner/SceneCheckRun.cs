using System.Text;

namespace BazaarVid.SceneCheck.Tests.Runner;

/// <summary>A finished checker run: its exit code, its report (null when none was written) and its output.</summary>
/// <param name="ExitCode">0 every scene passed, 1 a scene failed, 2 usage error, 3 the checker crashed.</param>
/// <param name="Report">The parsed report.json, or null when the checker wrote none.</param>
/// <param name="StandardOutput">Everything the checker printed on stdout.</param>
/// <param name="StandardError">Everything the checker printed on stderr (progress and per-scene lines).</param>
/// <param name="Request">What was checked.</param>
public sealed record SceneCheckRun(
    int ExitCode,
    SceneCheckReport? Report,
    string StandardOutput,
    string StandardError,
    SceneCheckRequest Request)
{
    /// <summary>The report; throws with the checker's output when there is none.</summary>
    public SceneCheckReport RequireReport() =>
        Report ?? throw new InvalidOperationException($"scene-check wrote no report.\n{Describe()}");

    /// <summary>The result for one scene file; throws with the list of files when it is not in the report.</summary>
    public SceneCheckResult Scene(string file)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        var report = RequireReport();
        return report.Scenes.FirstOrDefault(s => s.File == file)
            ?? throw new InvalidOperationException(
                $"{file} is not in the report; it has: {string.Join(", ", report.Scenes.Select(s => s.File))}");
    }

    /// <summary>A readable account of the run for assertion messages: every failing check's errors and the output's tail.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append("scene-check exit code ").Append(ExitCode).Append(" for ").AppendLine(Request.ScenesDirectory);
        foreach (var scene in Report?.Scenes ?? [])
        {
            foreach (var name in SceneChecks.Names)
            {
                foreach (var error in scene.Checks[name].Errors)
                {
                    text.Append("  ").Append(scene.File).Append(' ').Append(name).Append(' ')
                        .Append(error.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?").Append(':')
                        .Append(error.Column?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?").Append(' ')
                        .AppendLine(error.Message);
                }
            }
        }

        text.AppendLine("stdout:").AppendLine(Tail(StandardOutput)).AppendLine("stderr:").AppendLine(Tail(StandardError));
        return text.ToString();
    }

    private static string Tail(string output) => output.Length <= 4_000 ? output : "…" + output[^4_000..];
}
