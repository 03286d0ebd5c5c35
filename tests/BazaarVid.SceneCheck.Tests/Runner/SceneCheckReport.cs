namespace BazaarVid.SceneCheck.Tests.Runner;

/// <summary>The JSON report written by tools/scene-check/check.mjs.</summary>
public sealed record SceneCheckReport
{
    /// <summary>Counts over every scene.</summary>
    public SceneCheckTotals Totals { get; init; } = new();

    /// <summary>One entry per scene file, sorted by file name.</summary>
    public IReadOnlyList<SceneCheckResult> Scenes { get; init; } = [];

    /// <summary>Phase timings in milliseconds (syntaxMs, typesMs, bundleMs, stillsMs, stills, totalMs …).</summary>
    public IReadOnlyDictionary<string, double> Timings { get; init; } = new Dictionary<string, double>();
}

/// <summary>Counts of a report.</summary>
public sealed record SceneCheckTotals
{
    /// <summary>Scenes checked.</summary>
    public int Scenes { get; init; }

    /// <summary>Scenes that passed every check.</summary>
    public int Passed { get; init; }

    /// <summary>Scenes that failed at least one check.</summary>
    public int Failed { get; init; }

    /// <summary>Stills rendered.</summary>
    public int Stills { get; init; }
}

/// <summary>The outcome for one scene file.</summary>
public sealed record SceneCheckResult
{
    /// <summary>File name, e.g. <c>logo-reveal.tsx</c>.</summary>
    public string File { get; init; } = "";

    /// <summary>Absolute path of the scene file.</summary>
    public string Path { get; init; } = "";

    /// <summary>The <c>&lt;ID&gt;</c> of <c>export default function Scene_&lt;ID&gt;</c>, when found.</summary>
    public string? Id { get; init; }

    /// <summary>The value of <c>export const durationInFrames_&lt;ID&gt;</c>, when found.</summary>
    public int? DurationInFrames { get; init; }

    /// <summary>True when syntax, types and render all passed.</summary>
    public bool Ok { get; init; }

    /// <summary>The three checks.</summary>
    public SceneChecks Checks { get; init; } = new();

    /// <summary>Stills rendered (first, middle and last frame) until the first failing frame.</summary>
    public IReadOnlyList<SceneStill> Stills { get; init; } = [];

    /// <summary>The short mp4 rendered for scenes with video or audio, when it succeeded.</summary>
    public string? Video { get; init; }
}

/// <summary>The checks of one scene.</summary>
public sealed record SceneChecks
{
    /// <summary>The check names, in the order they run.</summary>
    public static readonly IReadOnlyList<string> Names = ["syntax", "types", "render"];

    /// <summary>esbuild parse of the TSX.</summary>
    public SceneCheckOutcome Syntax { get; init; } = new();

    /// <summary>tsc --noEmit against remotion's types.</summary>
    public SceneCheckOutcome Types { get; init; } = new();

    /// <summary>Stills (and a short video) in headless Chromium.</summary>
    public SceneCheckOutcome Render { get; init; } = new();

    /// <summary>A check by name: <c>syntax</c>, <c>types</c> or <c>render</c>.</summary>
    public SceneCheckOutcome this[string name] => name switch
    {
        "syntax" => Syntax,
        "types" => Types,
        "render" => Render,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "expected syntax, types or render"),
    };
}

/// <summary>The outcome of one check.</summary>
public sealed record SceneCheckOutcome
{
    /// <summary>True when the check ran and passed.</summary>
    public bool Ok { get; init; }

    /// <summary>True when the check did not run (an earlier check failed, or render was skipped).</summary>
    public bool Skipped { get; init; }

    /// <summary>What went wrong, with 1-based positions in the scene file when known.</summary>
    public IReadOnlyList<SceneCheckError> Errors { get; init; } = [];

    /// <summary>Milliseconds spent on this scene.</summary>
    public double Ms { get; init; }
}

/// <summary>One error of a check.</summary>
/// <param name="Message">The message (a render error starts with the frame, e.g. "frame 0: …").</param>
/// <param name="Line">1-based line in the scene file, when known.</param>
/// <param name="Column">1-based column in the scene file, when known.</param>
public sealed record SceneCheckError(string Message, int? Line, int? Column);

/// <summary>A rendered still.</summary>
/// <param name="Frame">The frame number.</param>
/// <param name="Path">Absolute path of the PNG.</param>
public sealed record SceneStill(int Frame, string Path);
