using System.Text.Json;
using BazaarVid.Assets;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BazaarVid.Brain;

/// <summary>
/// The <see cref="IChatClient"/> scene generator. The offline plan of the same request fixes the scene id, name and
/// duration, so both paths agree on them. Direct code is one call; JSON then code is a <see cref="SceneSpec"/> call
/// (structured output) followed by a code call. Every answer is validated (asset URLs and scene contract); invalid
/// code goes back with the findings up to <see cref="BrainOptions.MaxRepairAttempts"/> times and, if still invalid,
/// ends in <see cref="InvalidSceneCodeException"/>. When the model itself fails (error, timeout after
/// <see cref="BrainOptions.GenerationTimeout"/>, filtered or empty answer, prose instead of code) the offline scene is
/// returned instead. Cancellation by the caller propagates; it is never a fallback.
/// </summary>
public sealed class LlmSceneGenerator : ISceneGenerator
{
    private static readonly ChatResponseFormat SpecFormat =
        ChatResponseFormat.ForJsonSchema<SceneSpec>(SceneJsonContext.Default.Options, "scene_spec", "The planned scene.");

    private readonly IChatClient _chat;
    private readonly IPromptRenderer _prompts;
    private readonly ISceneValidator _validator;
    private readonly OfflineSceneGenerator _offline;
    private readonly BrainOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates the generator. <paramref name="timeProvider"/> runs the per-call timeout.</summary>
    public LlmSceneGenerator(
        IChatClient chatClient,
        IPromptRenderer prompts,
        ISceneValidator validator,
        OfflineSceneGenerator offline,
        IOptions<BrainOptions> options,
        TimeProvider timeProvider,
        ILogger<LlmSceneGenerator>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(chatClient);
        ArgumentNullException.ThrowIfNull(prompts);
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(offline);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _chat = chatClient;
        _prompts = prompts;
        _validator = validator;
        _offline = offline;
        _options = options.Value;
        _time = timeProvider;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    /// <exception cref="InvalidSceneCodeException">The code was still invalid after every repair attempt.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async ValueTask<GeneratedScene> GenerateAsync(SceneGenerationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var plan = await _offline.GenerateAsync(request, cancellationToken).ConfigureAwait(false);
        var model = ScenePromptModelFactory.Create(request, plan);
        var expectations = new SceneExpectations(request.Assets ?? AssetContext.Empty(request.ProjectId, request.ConversationId), plan.SceneId, plan.DurationInFrames);

        string code;
        SceneSpec? spec = null;
        var attempts = 1;
        try
        {
            if (request.Approach == GenerationApproach.JsonThenCode)
            {
                spec = await AskSpecAsync(model, plan, request, cancellationToken).ConfigureAwait(false);
            }

            code = spec is null
                ? await AskCodeAsync(request.Mode == SceneGenerationMode.Edit ? PromptTemplateKind.SceneEditor : PromptTemplateKind.SceneBuilder, model, cancellationToken).ConfigureAwait(false)
                : await AskCodeAsync(PromptTemplateKind.SceneCodeFromSpec, model with { Spec = JsonSerializer.Serialize(spec, SceneJsonContext.Default.SceneSpec) }, cancellationToken).ConfigureAwait(false);

            var report = _validator.Validate(code, expectations);
            while (!report.Valid && attempts <= _options.MaxRepairAttempts)
            {
                BrainTelemetry.Repairs.Add(1);
                BrainLog.RepairAttempt(_logger, attempts, plan.SceneId, report.Errors.Length);
                var findings = report.Errors.Select(e => new PromptFinding(e.Code, e.Message, e.Line, e.Column, e.Url)).ToArray();
                code = await AskCodeAsync(PromptTemplateKind.SceneRepair, model with { Code = code, Findings = findings }, cancellationToken).ConfigureAwait(false);
                report = _validator.Validate(code, expectations);
                attempts++;
            }

            if (!report.Valid)
            {
                BrainTelemetry.ValidationFailures.Add(1);
                throw new InvalidSceneCodeException(plan.SceneId, report, attempts);
            }
        }
        catch (ModelFailureException failure)
        {
            BrainLog.GeneratorFallback(_logger, failure.Message, failure.InnerException ?? failure);
            return plan;
        }

        return new GeneratedScene(plan.SceneId, plan.Name, plan.DurationInFrames, code, spec);
    }

    private async Task<SceneSpec?> AskSpecAsync(ScenePromptModel model, GeneratedScene plan, SceneGenerationRequest request, CancellationToken cancellationToken)
    {
        // An edit shows the spec as stored: the offline plan has already applied the edit, and applying it twice
        // ("bigger" of something already bigger) is wrong.
        var current = request.Mode == SceneGenerationMode.Edit && request.Current?.Spec is { } stored
            ? JsonSerializer.Serialize(stored, SceneJsonContext.Default.SceneSpec)
            : string.Empty;
        var options = new ChatOptions { Temperature = 0, ResponseFormat = SpecFormat };
        var response = await AskAsync(_prompts.Render(PromptTemplateKind.SceneSpec, model with { CurrentSpec = current }), options, cancellationToken).ConfigureAwait(false);
        return response.FinishReason == ChatFinishReason.ContentFilter ? null : SceneSpecAnswer.Read(response.Text ?? string.Empty, plan, request.Ledger);
    }

    private async Task<string> AskCodeAsync(PromptTemplateKind template, ScenePromptModel model, CancellationToken cancellationToken)
    {
        var response = await AskAsync(_prompts.Render(template, model), new ChatOptions { Temperature = 0 }, cancellationToken).ConfigureAwait(false);
        if (response.FinishReason == ChatFinishReason.ContentFilter)
        {
            throw new ModelFailureException("the answer was filtered", null);
        }

        var code = CodeAnswer.Extract(response.Text ?? string.Empty);
        return code.Length == 0 ? throw new ModelFailureException("the answer was empty", null)
            : !CodeAnswer.IsModuleCode(code) ? throw new ModelFailureException("the answer has no scene code (a refusal or prose)", null)
            : code;
    }

    private async Task<ChatResponse> AskAsync(string prompt, ChatOptions options, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.GenerationTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await _chat.GetResponseAsync([new ChatMessage(ChatRole.User, prompt)], options, linked.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Only what the model or its transport did: the caller's cancellation, prompt rendering and validation are not failures to hide.
            throw new ModelFailureException(exception is OperationCanceledException ? "the model timed out" : "the model call failed: " + exception.GetType().Name, exception);
        }
    }

    private sealed class ModelFailureException(string reason, Exception? inner) : Exception(reason, inner);
}
