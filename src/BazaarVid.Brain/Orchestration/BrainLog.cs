using Microsoft.Extensions.Logging;

namespace BazaarVid.Brain;

/// <summary>Source-generated log messages of the orchestration (event ids 3300-3399). No user content above Trace.</summary>
internal static partial class BrainLog
{
    [LoggerMessage(EventId = 3301, Level = LogLevel.Information, Message = "Turn {Turn} of {Conversation}: {Decision} via {Route} in {TotalMs:0.0} ms")]
    public static partial void TurnCompleted(ILogger logger, int turn, string conversation, DecisionType decision, RouteKind route, double totalMs);

    [LoggerMessage(EventId = 3302, Level = LogLevel.Warning, Message = "Asset {Name} of turn {Turn} was refused: {Code}")]
    public static partial void AssetRefused(ILogger logger, string name, int turn, string code);

    [LoggerMessage(EventId = 3303, Level = LogLevel.Warning, Message = "Scene code for turn {Turn} failed validation with {Errors} errors; nothing was stored")]
    public static partial void SceneRejected(ILogger logger, int turn, int errors);

    [LoggerMessage(EventId = 3304, Level = LogLevel.Warning, Message = "The LLM generator failed ({Reason}); the offline generator produced the scene")]
    public static partial void GeneratorFallback(ILogger logger, string reason, Exception exception);

    [LoggerMessage(EventId = 3305, Level = LogLevel.Debug, Message = "Repair attempt {Attempt} for scene {SceneId}: {Errors} errors")]
    public static partial void RepairAttempt(ILogger logger, int attempt, string sceneId, int errors);
}
