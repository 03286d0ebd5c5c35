using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace BazaarVid.SceneCheck.Tests.Runner;

/// <summary>
/// Runs tools/scene-check/check.mjs (Node, Remotion, headless Chromium) as a child process over a folder of
/// generated scenes and reads its JSON report. Reusable for any folder of scenes plus the blob store folder
/// holding their assets.
/// </summary>
public sealed class SceneCheckRunner
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Creates a runner for the repository at <paramref name="repositoryRoot"/>.</summary>
    public SceneCheckRunner(string repositoryRoot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repositoryRoot);
        RepositoryRoot = Path.GetFullPath(repositoryRoot);
        ToolDirectory = Path.Combine(RepositoryRoot, "tools", "scene-check");
    }

    /// <summary>The repository root (holds tools/scene-check).</summary>
    public string RepositoryRoot { get; }

    /// <summary>tools/scene-check.</summary>
    public string ToolDirectory { get; }

    /// <summary>A runner for the repository above the test assembly's folder.</summary>
    public static SceneCheckRunner ForThisRepository() => new(RepositoryLocator.Find(AppContext.BaseDirectory));

    /// <summary>
    /// What is missing to run the checker (empty when nothing): node 20+ on PATH, the npm packages in
    /// tools/scene-check/node_modules, and chromium on PATH (or SCENE_CHECK_CHROMIUM).
    /// </summary>
    public IReadOnlyList<string> FindMissingPrerequisites()
    {
        var missing = new List<string>();
        var node = FindOnPath("node");
        if (node is null)
        {
            missing.Add("node (20 or newer) is not on PATH");
        }
        else if (NodeMajorVersion(node) is { } major && major < 20)
        {
            missing.Add($"node {major} is too old (20 or newer is needed)");
        }

        foreach (var package in new[] { "remotion", "@remotion/renderer", "@remotion/bundler", "esbuild", "typescript" })
        {
            if (!File.Exists(Path.Combine(ToolDirectory, "node_modules", package, "package.json")))
            {
                missing.Add($"the npm package {package} is not installed in tools/scene-check/node_modules (run npm ci there)");
            }
        }

        var chromium = Environment.GetEnvironmentVariable("SCENE_CHECK_CHROMIUM");
        if (!string.IsNullOrEmpty(chromium))
        {
            if (!File.Exists(chromium))
            {
                missing.Add($"SCENE_CHECK_CHROMIUM points at a missing file: {chromium}");
            }
        }
        else if (FindOnPath("chromium") is null)
        {
            missing.Add("chromium is not on PATH (Debian package chromium; or set SCENE_CHECK_CHROMIUM)");
        }

        return missing;
    }

    /// <summary>
    /// Throws <see cref="SceneCheckPrerequisitesException"/> naming everything missing and how to install it.
    /// The scene-check tests never skip: a machine without the prerequisites fails them (under CI=true as well).
    /// </summary>
    public void EnsurePrerequisites()
    {
        var missing = FindMissingPrerequisites();
        if (missing.Count == 0)
        {
            return;
        }

        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? " CI=true: these tests fail rather than skip when a prerequisite is missing."
            : "";
        throw new SceneCheckPrerequisitesException(
            "scene-check cannot run: " + string.Join("; ", missing) +
            ". Install them with `scripts/prerequisites/node-chromium.sh` (as root)." + ci);
    }

    /// <summary>
    /// Checks every scene of <paramref name="request"/> and returns the run with its parsed report.
    /// The old report is deleted first, so a report is never one from an earlier run.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The scenes or assets folder does not exist.</exception>
    /// <exception cref="TimeoutException">The run took longer than <see cref="SceneCheckRequest.Timeout"/>; it was killed.</exception>
    public async Task<SceneCheckRun> RunAsync(SceneCheckRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.ScenesDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.OutputDirectory);
        if (!Directory.Exists(request.ScenesDirectory))
        {
            throw new DirectoryNotFoundException($"The scenes folder does not exist: {request.ScenesDirectory}");
        }

        if ((request.AssetsDirectory is null) != (request.AssetBaseUrl is null))
        {
            throw new ArgumentException("AssetsDirectory and AssetBaseUrl go together.", nameof(request));
        }

        if (request.AssetsDirectory is not null && !Directory.Exists(request.AssetsDirectory))
        {
            throw new DirectoryNotFoundException($"The assets folder does not exist: {request.AssetsDirectory}");
        }

        Directory.CreateDirectory(request.OutputDirectory);
        File.Delete(request.ReportPath);
        var arguments = new List<string>
        {
            "--scenes", Path.GetFullPath(request.ScenesDirectory),
            "--out", Path.GetFullPath(request.ReportPath),
            "--stills", Path.GetFullPath(request.StillsDirectory),
            "--fps", request.Fps.ToString(CultureInfo.InvariantCulture),
            "--width", request.Width.ToString(CultureInfo.InvariantCulture),
            "--height", request.Height.ToString(CultureInfo.InvariantCulture),
        };
        if (request.AssetsDirectory is not null && request.AssetBaseUrl is not null)
        {
            arguments.AddRange(["--assets", Path.GetFullPath(request.AssetsDirectory), "--asset-base-url", request.AssetBaseUrl.AbsoluteUri]);
        }

        if (request.ContactSheet)
        {
            arguments.AddRange(["--contact-sheet", Path.GetFullPath(request.ContactSheetPath)]);
        }

        if (request.SkipRender)
        {
            arguments.Add("--skip-render");
        }

        var output = await RunCheckerAsync(arguments, request.Timeout, cancellationToken);
        SceneCheckReport? report = null;
        if (File.Exists(request.ReportPath))
        {
            await using var stream = File.OpenRead(request.ReportPath);
            report = await JsonSerializer.DeserializeAsync<SceneCheckReport>(stream, JsonOptions, cancellationToken);
        }

        return new SceneCheckRun(output.ExitCode, report, output.StandardOutput, output.StandardError, request);
    }

    /// <summary>
    /// Runs <c>node tools/scene-check/check.mjs</c> with exactly <paramref name="arguments"/> (for usage checks);
    /// kills the process tree after <paramref name="timeout"/>.
    /// </summary>
    public async Task<SceneCheckProcessOutput> RunCheckerAsync(
        IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(ToolDirectory, "check.mjs"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException(
                $"scene-check did not finish within {timeout}; it was killed.\nstdout:\n{await stdout}\nstderr:\n{await stderr}");
        }

        return new SceneCheckProcessOutput(process.ExitCode, await stdout, await stderr);
    }

    private static string? FindOnPath(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static int? NodeMajorVersion(string node)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(node, "--version") { RedirectStandardOutput = true, UseShellExecute = false });
            if (process is null)
            {
                return null;
            }

            if (!process.WaitForExit(10_000))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            var version = process.StandardOutput.ReadToEnd().Trim().TrimStart('v');
            return int.TryParse(version.Split('.')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? major : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}

/// <summary>Exit code and output of one checker process.</summary>
/// <param name="ExitCode">The process exit code.</param>
/// <param name="StandardOutput">Its stdout.</param>
/// <param name="StandardError">Its stderr.</param>
public sealed record SceneCheckProcessOutput(int ExitCode, string StandardOutput, string StandardError);
