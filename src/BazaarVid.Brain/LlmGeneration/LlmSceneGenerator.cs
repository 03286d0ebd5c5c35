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
/// ends in <see cref="InvalidSceneCodeException"/>. When the model itself fails (error, timeout, empty answer) the
/// offline scene is returned instead.
/// </summary>
public sealed class LlmSceneGenerator : ISceneGenerator
{
    private readonly IChatClient _chat;
    private readonly IPromptRenderer _prompts;
    private readonly ISceneValidator _validator;
    private readonly OfflineSceneGenerator _offline;
    private readonly BrainOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates the generator.</summary>
    public LlmSceneGenerator(IChatClient chatClient, IPromptRenderer prompts, ISceneValidator validator, OfflineSceneGenerator offline, IOptions<BrainOptions> options, ILogger<LlmSceneGenerator>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(chatClient);
        ArgumentNullException.ThrowIfNull(prompts);
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(offline);
        ArgumentNullException.ThrowIfNull(options);
        _chat = chatClient;
        _prompts = prompts;
        _validator = validator;
        _offline = offline;
        _options = options.Value;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
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
        catch (Exception exception) when (IsModelFailure(exception, cancellationToken))
        {
            BrainLog.GeneratorFallback(_logger, exception.GetType().Name, exception);
            return plan;
        }

        return new GeneratedScene(plan.SceneId, plan.Name, plan.DurationInFrames, code, spec);
    }

    private async Task<SceneSpec?> AskSpecAsync(ScenePromptModel model, GeneratedScene plan, SceneGenerationRequest request, CancellationToken cancellationToken)
    {
        var options = new ChatOptions
        {
            Temperature = 0,
            ResponseFormat = ChatResponseFormat.ForJsonSchema<SceneSpec>(SceneJsonContext.Default.Options, "scene_spec", "The planned scene."),
        };
        var current = plan.Spec is null ? string.Empty : JsonSerializer.Serialize(plan.Spec, SceneJsonContext.Default.SceneSpec);
        var answer = await AskAsync(_prompts.Render(PromptTemplateKind.SceneSpec, model with { CurrentSpec = request.Mode == SceneGenerationMode.Edit ? current : string.Empty }), options, cancellationToken).ConfigureAwait(false);
        return SceneSpecAnswer.Read(answer, plan, request.Ledger);
    }

    private async Task<string> AskCodeAsync(PromptTemplateKind template, ScenePromptModel model, CancellationToken cancellationToken)
    {
        var answer = await AskAsync(_prompts.Render(template, model), new ChatOptions { Temperature = 0 }, cancellationToken).ConfigureAwait(false);
        var code = CodeAnswer.Extract(answer);
        return code.Length == 0 ? throw new EmptyModelAnswerException() : code;
    }

    private async Task<string> AskAsync(string prompt, ChatOptions options, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.GenerationTimeout);
        var response = await _chat.GetResponseAsync([new ChatMessage(ChatRole.User, prompt)], options, timeout.Token).ConfigureAwait(false);
        return response.Text ?? string.Empty;
    }

    /// <summary>Anything the model or its transport did wrong; the caller's own cancellation and invalid code are not.</summary>
    private static bool IsModelFailure(Exception exception, CancellationToken cancellationToken) =>
        exception is not InvalidSceneCodeException
        && !(exception is OperationCanceledException && cancellationToken.IsCancellationRequested);

    private sealed class EmptyModelAnswerException() : Exception("The model answered with no code.");
}
