using Microsoft.Extensions.Logging;

namespace BazaarVid.Brain;

/// <summary>Source-generated log messages of intent analysis (event ids 3000-3019). No user content above Trace.</summary>
internal static partial class IntentLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "The language model decided {Decision} in {ElapsedMs} ms (attempt {Attempt})")]
    public static partial void LlmDecided(ILogger logger, DecisionType decision, long elapsedMs, int attempt);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Intent analysis by the language model failed (attempt {Attempt} of {MaxAttempts}): {Failure}, {Detail}")]
    public static partial void LlmAttemptFailed(ILogger logger, int attempt, int maxAttempts, LlmIntentFailure failure, string detail, Exception? exception);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "The language model named scene '{From}', which is not a live scene id; repaired to '{To}'")]
    public static partial void SceneIdRepaired(ILogger logger, string from, string to);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Falling back to the offline intent analyzer after {Attempts} failed attempt(s); last failure: {Failure}")]
    public static partial void FellBackToOffline(ILogger logger, int attempts, LlmIntentFailure failure);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Trace, Message = "Language model intent answer: {Answer}")]
    public static partial void LlmAnswer(ILogger logger, string answer);
}
