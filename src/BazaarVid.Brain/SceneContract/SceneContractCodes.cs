namespace BazaarVid.Brain;

/// <summary>The stable codes of <see cref="SceneContractFinding"/>, one per rule of the scene contract.</summary>
public static class SceneContractCodes
{
    /// <summary>The code could not be tokenized cleanly (unterminated string, unbalanced bracket, mismatched JSX tag).</summary>
    public const string SyntaxError = "syntax-error";

    /// <summary>The code is longer than <see cref="SceneContractOptions.MaxCodeLength"/>.</summary>
    public const string CodeTooLarge = "code-too-large";

    /// <summary><c>import</c>, <c>require(…)</c>, dynamic <c>import()</c> or <c>export … from</c>.</summary>
    public const string ImportForbidden = "import-forbidden";

    /// <summary>The first statement is not <c>const { … } = window.Remotion;</c>.</summary>
    public const string MissingRemotionDestructure = "missing-remotion-destructure";

    /// <summary>A Remotion name is used without being destructured from <c>window.Remotion</c>.</summary>
    public const string UndestructuredRemotionName = "undestructured-remotion-name";

    /// <summary>Warning: a destructured name is not part of the Remotion API this checker knows.</summary>
    public const string UnknownRemotionName = "unknown-remotion-name";

    /// <summary>Warning: a destructured Remotion name is never used.</summary>
    public const string UnusedRemotionName = "unused-remotion-name";

    /// <summary>There is no <c>export default function Scene_&lt;ID&gt;()</c>.</summary>
    public const string MissingDefaultExport = "missing-default-export";

    /// <summary>More than one default export.</summary>
    public const string MultipleDefaultExports = "multiple-default-exports";

    /// <summary>The default export is not a plain named function declaration.</summary>
    public const string DefaultExportNotFunction = "default-export-not-function";

    /// <summary>The default export is not named <c>Scene_</c> + 8 characters <c>[a-z0-9]</c>.</summary>
    public const string BadSceneId = "bad-scene-id";

    /// <summary>The scene id differs from <see cref="SceneContractOptions.ExpectedSceneId"/>.</summary>
    public const string SceneIdMismatch = "scene-id-mismatch";

    /// <summary>A top-level name is not suffixed with <c>_&lt;ID&gt;</c>.</summary>
    public const string UnsuffixedTopLevelName = "unsuffixed-top-level-name";

    /// <summary>Warning: a named export other than the duration.</summary>
    public const string ExtraExport = "extra-export";

    /// <summary>There is no <c>export const durationInFrames_&lt;ID&gt; = N;</c> (or it has another id, or is not exported).</summary>
    public const string MissingDurationExport = "missing-duration-export";

    /// <summary>More than one duration export.</summary>
    public const string MultipleDurationExports = "multiple-duration-exports";

    /// <summary>The duration is not a plain integer literal.</summary>
    public const string DurationNotLiteral = "duration-not-literal";

    /// <summary>The duration is outside the allowed range (15–1800 by default).</summary>
    public const string DurationOutOfRange = "duration-out-of-range";

    /// <summary>A non-deterministic, timer, network or eval API is used.</summary>
    public const string BannedApi = "banned-api";

    /// <summary><c>useCurrentFrame()</c> or <c>useVideoConfig()</c> is never called.</summary>
    public const string MissingFrameHook = "missing-frame-hook";

    /// <summary>An interpolate call has input and output ranges of different lengths.</summary>
    public const string InterpolateRangeMismatch = "interpolate-range-mismatch";

    /// <summary>An interpolate input range has fewer than two values.</summary>
    public const string InterpolateRangeTooShort = "interpolate-range-too-short";

    /// <summary>An interpolate input range of number literals is not strictly increasing.</summary>
    public const string InterpolateRangeNotIncreasing = "interpolate-range-not-increasing";

    /// <summary>Warning: an interpolate range is not an array literal, so its length cannot be checked.</summary>
    public const string InterpolateRangeNotLiteral = "interpolate-range-not-literal";

    /// <summary>An interpolate call lacks <c>extrapolateLeft: "clamp"</c> or <c>extrapolateRight: "clamp"</c>.</summary>
    public const string InterpolateMissingClamp = "interpolate-missing-clamp";

    /// <summary>Warning: the interpolate options are not an object literal this checker can read.</summary>
    public const string InterpolateOptionsNotLiteral = "interpolate-options-not-literal";

    /// <summary>A <c>spring({ … })</c> call does not pass both <c>frame</c> and <c>fps</c>.</summary>
    public const string SpringMissingFrameOrFps = "spring-missing-frame-or-fps";

    /// <summary>Warning: more findings than <see cref="SceneContractOptions.MaxFindings"/>; the rest were dropped.</summary>
    public const string FindingsTruncated = "findings-truncated";
}
