using BazaarVid.Context;

namespace BazaarVid.Brain;

/// <summary>
/// Generated scene code was still invalid after every repair attempt. Nothing was stored for the scene; the
/// <see cref="Report"/> says what was wrong.
/// </summary>
public sealed class InvalidSceneCodeException : BazaarVidException
{
    /// <summary>Creates the exception with the final validation report.</summary>
    public InvalidSceneCodeException(string sceneId, SceneValidationReport report, int attempts, Exception? innerException = null)
        : base("invalid-scene-code", $"Scene {sceneId} was still invalid after {attempts} attempt(s): {Summary(report)}. Nothing was stored.", innerException)
    {
        ArgumentNullException.ThrowIfNull(report);
        SceneId = sceneId;
        Report = report;
        Attempts = attempts;
    }

    /// <summary>The scene that could not be produced.</summary>
    public string SceneId { get; }

    /// <summary>The validation report of the last attempt.</summary>
    public SceneValidationReport Report { get; }

    /// <summary>How many times code was generated (first try plus repairs).</summary>
    public int Attempts { get; }

    /// <summary>The decision of the turn that failed, when the orchestrator knows it.</summary>
    public BrainDecision? Decision { get; init; }

    private static string Summary(SceneValidationReport report) =>
        report is null ? "no report" : string.Join("; ", report.Errors.Take(3).Select(e => $"{e.Code} at {e.Line}:{e.Column}"));
}
