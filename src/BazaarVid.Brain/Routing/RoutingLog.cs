using Microsoft.Extensions.Logging;

namespace BazaarVid.Brain;

/// <summary>Source-generated log messages of scene routing (event ids 3020-3029).</summary>
internal static partial class RoutingLog
{
    [LoggerMessage(EventId = 3020, Level = LogLevel.Debug, Message = "Routed {Decision} in {Conversation} to {Route}")]
    public static partial void Routed(ILogger logger, DecisionType decision, string conversation, string route);

    [LoggerMessage(EventId = 3021, Level = LogLevel.Warning, Message = "Scene {SceneId} of {Conversation} is in the storyboard but not in the scene store; it is left out of the route")]
    public static partial void SceneMissingFromStore(ILogger logger, string sceneId, string conversation);
}
