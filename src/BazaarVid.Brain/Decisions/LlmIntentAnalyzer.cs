using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BazaarVid.Brain;

/// <summary>
/// An intent analyzer that asks an <see cref="IChatClient"/> for one structured JSON answer (the schema is sent as
/// the response format). The prompt lists the storyboard with ids, numbers, names and durations, marks the newest and
/// the most recent scene, and lists THIS message's attachments only. The answer is checked against the storyboard:
/// an unknown scene id is repaired when it names exactly one live scene, otherwise rejected. A timeout, a transport
/// error, a refusal, invalid JSON or an unrepairable answer falls back to <see cref="OfflineIntentAnalyzer"/> after
/// <see cref="IntentAnalysisOptions.MaxAttempts"/> attempts, so a decision is always returned. Cancellation by the
/// caller is not a failure: it propagates.
/// </summary>
public sealed class LlmIntentAnalyzer : IIntentAnalyzer
{
    private static readonly ChatResponseFormat AnswerFormat = ChatResponseFormat.ForJsonSchema<LlmIntentAnswer>(
        IntentJsonContext.Default.Options, "brain_decision", "What the person's message asks the video editor to do.");

    private readonly IChatClient _chatClient;
    private readonly OfflineIntentAnalyzer _fallback;
    private readonly IntentAnalysisOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates the analyzer.</summary>
    /// <exception cref="OptionsValidationException">The options are invalid.</exception>
    public LlmIntentAnalyzer(
        IChatClient chatClient,
        OfflineIntentAnalyzer fallback,
        IOptions<IntentAnalysisOptions> options,
        TimeProvider timeProvider,
        ILogger<LlmIntentAnalyzer>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(chatClient);
        ArgumentNullException.ThrowIfNull(fallback);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var validation = new IntentAnalysisOptionsValidator().Validate(Options.DefaultName, options.Value);
        if (validation.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(IntentAnalysisOptions), validation.Failures);
        }

        _chatClient = chatClient;
        _fallback = fallback;
        _options = options.Value;
        _time = timeProvider;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    public async ValueTask<BrainDecision> AnalyzeAsync(IntentRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Prompt, nameof(request));
        ArgumentNullException.ThrowIfNull(request.Context, nameof(request));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(request.Fps, nameof(request));

        var messages = LlmIntentPrompt.Build(request);
        var failure = LlmIntentFailure.None;
        for (var attempt = 1; attempt <= _options.MaxAttempts; attempt++)
        {
            var started = _time.GetTimestamp();
            using var timeout = new CancellationTokenSource(_options.Timeout, _time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            var chatOptions = new ChatOptions { ResponseFormat = AnswerFormat, Temperature = _options.Temperature, ModelId = _options.ModelId };
            LlmAnswerOutcome outcome;
            try
            {
                var response = await _chatClient.GetResponseAsync(messages, chatOptions, linked.Token).ConfigureAwait(false);
                IntentLog.LlmAnswer(_logger, response.Text);
                outcome = LlmAnswerReader.Read(response, request);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                outcome = LlmAnswerOutcome.Fail(LlmIntentFailure.Timeout, $"no answer within {_options.Timeout}");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failure = LlmIntentFailure.Transport;
                IntentLog.LlmAttemptFailed(_logger, attempt, _options.MaxAttempts, failure, ex.GetType().Name, ex);
                continue;
            }

            if (outcome.Decision is { } decision)
            {
                foreach (var (from, to) in outcome.Repairs)
                {
                    IntentLog.SceneIdRepaired(_logger, from, to);
                }

                var elapsedMs = (long)_time.GetElapsedTime(started).TotalMilliseconds;
                IntentLog.LlmDecided(_logger, decision.Type, elapsedMs, attempt);
                return decision;
            }

            failure = outcome.Failure;
            IntentLog.LlmAttemptFailed(_logger, attempt, _options.MaxAttempts, failure, outcome.Detail, null);
        }

        IntentLog.FellBackToOffline(_logger, _options.MaxAttempts, failure);
        return await _fallback.AnalyzeAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
