using Microsoft.Extensions.Logging;

namespace BazaarVid.Brain;

/// <summary>Source-generated log messages of the offline scene generator (event ids 3200-3299). No user content above Trace.</summary>
internal static partial class OfflineGenerationLog
{
    [LoggerMessage(EventId = 3200, Level = LogLevel.Debug, Message = "Planned scene {SceneId}: {Layout} layout, {ElementCount} elements, {DurationInFrames} frames")]
    public static partial void Planned(ILogger logger, string sceneId, SceneLayout layout, int elementCount, int durationInFrames);

    [LoggerMessage(EventId = 3201, Level = LogLevel.Debug, Message = "Edited scene {SceneId} ({EditKind}): {DurationInFrames} frames, changed: {Changed}")]
    public static partial void Edited(ILogger logger, string sceneId, EditKind editKind, int durationInFrames, bool changed);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Warning, Message = "Scene {SceneId} has no spec (its code was written directly); the offline generator planned it again from the prompt")]
    public static partial void EditWithoutSpec(ILogger logger, string sceneId);

    [LoggerMessage(EventId = 3203, Level = LogLevel.Information, Message = "The edit of scene {SceneId} asked for nothing the offline generator understands; the scene is unchanged")]
    public static partial void EditUnderstoodNothing(ILogger logger, string sceneId);

    [LoggerMessage(EventId = 3204, Level = LogLevel.Error, Message = "The offline generator emitted code for scene {SceneId} that breaks the scene contract: {Codes}")]
    public static partial void ContractViolation(ILogger logger, string sceneId, string codes);

    [LoggerMessage(EventId = 3205, Level = LogLevel.Trace, Message = "Offline generation of scene {SceneId} for prompt: {Prompt}")]
    public static partial void Prompt(ILogger logger, string sceneId, string prompt);
}
