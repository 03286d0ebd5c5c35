namespace BazaarVid.SceneCheck.Tests.Runner;

/// <summary>
/// What to check: a folder of generated <c>*.tsx</c> scenes and where to write the report, stills and contact sheet.
/// Asset URLs starting with <see cref="AssetBaseUrl"/> are served from <see cref="AssetsDirectory"/> (the blob
/// store's folder); every other non-local host is blocked in the browser.
/// </summary>
/// <param name="ScenesDirectory">Folder holding the scenes (each <c>*.tsx</c> file is one scene).</param>
/// <param name="OutputDirectory">Folder for report.json, stills/ and index.html (created when missing).</param>
public sealed record SceneCheckRequest(string ScenesDirectory, string OutputDirectory)
{
    /// <summary>Folder whose files are served under <see cref="AssetBaseUrl"/>; set both or neither.</summary>
    public string? AssetsDirectory { get; init; }

    /// <summary>The blob store's public base URL, e.g. <c>https://cdn.bazaarvid.test/assets/</c>.</summary>
    public Uri? AssetBaseUrl { get; init; }

    /// <summary>Frames per second of every composition.</summary>
    public int Fps { get; init; } = 30;

    /// <summary>Canvas width in pixels.</summary>
    public int Width { get; init; } = 1920;

    /// <summary>Canvas height in pixels.</summary>
    public int Height { get; init; } = 1080;

    /// <summary>Only the syntax and type checks (no browser).</summary>
    public bool SkipRender { get; init; }

    /// <summary>Also write the HTML contact sheet (index.html in the output folder).</summary>
    public bool ContactSheet { get; init; } = true;

    /// <summary>The whole run is killed after this long.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The report's path.</summary>
    public string ReportPath => Path.Combine(OutputDirectory, "report.json");

    /// <summary>The stills' folder.</summary>
    public string StillsDirectory => Path.Combine(OutputDirectory, "stills");

    /// <summary>The contact sheet's path.</summary>
    public string ContactSheetPath => Path.Combine(OutputDirectory, "index.html");
}
