using System.Diagnostics;

namespace BazaarVid.Samples.Console.Running;

/// <summary>
/// <c>--render</c>: after the session, runs the repository's Remotion checker (<c>tools/scene-check</c>, a test and sample
/// tool, not part of the packages) over the scenes it wrote: stills of every scene and <c>out/index.html</c>, a contact
/// sheet with each scene's name, a link to its code and its stills.
/// </summary>
public static class RenderCommand
{
    /// <summary>Renders the scenes in <paramref name="settings"/>' output folder; returns the checker's exit code (0 when every scene rendered).</summary>
    public static async Task<int> RunAsync(SampleSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var checker = FindChecker();
        if (checker is null)
        {
            await System.Console.Error.WriteLineAsync("render: tools/scene-check/check.mjs was not found above the sample; run from a clone of the repository.");
            return 2;
        }

        if (!Directory.Exists(Path.Combine(Path.GetDirectoryName(checker)!, "node_modules")))
        {
            await System.Console.Error.WriteLineAsync("render: run scripts/prerequisites/node-chromium.sh first (installs chromium and the checker's npm packages).");
            return 2;
        }

        var output = settings.OutputFolder;
        var start = new ProcessStartInfo("node")
        {
            ArgumentList =
            {
                checker,
                "--scenes", Path.Combine(output, "scenes"),
                "--assets", settings.AssetFolder,
                "--asset-base-url", SampleSettings.AssetBaseUrl,
                "--out", Path.Combine(output, "check", "report.json"),
                "--stills", Path.Combine(output, "stills"),
                "--contact-sheet", Path.Combine(output, "index.html"),
            },
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        await process.WaitForExitAsync(cancellationToken);
        System.Console.WriteLine($"contact sheet: {Path.Combine(output, "index.html")}");
        return process.ExitCode;
    }

    private static string? FindChecker()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tools", "scene-check", "check.mjs");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
