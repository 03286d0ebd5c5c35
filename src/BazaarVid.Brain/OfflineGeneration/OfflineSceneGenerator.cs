using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BazaarVid.Brain;

/// <summary>
/// The offline <see cref="ISceneGenerator"/>: plans a new scene (<see cref="ScenePlanner"/>) or applies an edit
/// (<see cref="SceneEditor"/>), emits its code (<see cref="SceneCodeEmitter"/>) and checks it against the scene contract
/// before returning it. Deterministic (the same request gives the same bytes), no network, thread-safe. An edit of a
/// scene without a spec (code written directly by an LLM) is planned again from the prompt, keeping its id, name and
/// duration.
/// </summary>
public sealed class OfflineSceneGenerator : ISceneGenerator
{
    private readonly SceneContractChecker _checker;
    private readonly ILogger _logger;

    /// <summary>Creates a generator with default parts and no logging.</summary>
    public OfflineSceneGenerator()
        : this(new SceneContractChecker(), NullLogger<OfflineSceneGenerator>.Instance)
    {
    }

    /// <summary>Creates a generator that checks its output with <paramref name="checker"/> and logs to <paramref name="logger"/>.</summary>
    public OfflineSceneGenerator(SceneContractChecker checker, ILogger<OfflineSceneGenerator> logger)
    {
        ArgumentNullException.ThrowIfNull(checker);
        ArgumentNullException.ThrowIfNull(logger);
        _checker = checker;
        _logger = logger;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The request is incomplete, an edit has no current scene, or a scene id or fps is invalid.</exception>
    public ValueTask<GeneratedScene> GenerateAsync(SceneGenerationRequest request, CancellationToken cancellationToken = default)
    {
        SpecTools.Validate(request);
        cancellationToken.ThrowIfCancellationRequested();
        using var activity = Context.BazaarVidTelemetry.ActivitySource.StartActivity("bazaarvid.generate.offline");
        activity?.SetTag("bazaarvid.generation.mode", request.Mode.ToString());

        var spec = request.Mode == SceneGenerationMode.New ? Plan(request) : Edit(request);
        var code = SceneCodeEmitter.Emit(spec);
        var check = _checker.Check(code);
        if (!check.Valid || check.SceneId != spec.SceneId)
        {
            var codes = check.Valid ? SceneContractCodes.SceneIdMismatch : string.Join(", ", check.Errors.Select(e => e.Code).Distinct());
            OfflineGenerationLog.ContractViolation(_logger, spec.SceneId, codes);
            activity?.SetStatus(ActivityStatusCode.Error, codes);
            throw new SceneGenerationException(SceneGenerationException.ContractViolationCode, $"The offline generator emitted code that breaks the scene contract ({codes}).");
        }

        activity?.SetTag("bazaarvid.scene.id", spec.SceneId);
        return ValueTask.FromResult(new GeneratedScene(spec.SceneId, spec.Name, spec.DurationInFrames, code, spec));
    }

    private SceneSpec Plan(SceneGenerationRequest request)
    {
        var spec = ScenePlanner.Plan(request);
        OfflineGenerationLog.Prompt(_logger, spec.SceneId, request.Prompt);
        OfflineGenerationLog.Planned(_logger, spec.SceneId, spec.Layout, spec.Elements.Length, spec.DurationInFrames);
        return spec;
    }

    private SceneSpec Edit(SceneGenerationRequest request)
    {
        var current = request.Current!;
        OfflineGenerationLog.Prompt(_logger, current.SceneId, request.Prompt);
        var kind = request.EditKind ?? EditKind.Surgical;
        if (current.Spec is null)
        {
            OfflineGenerationLog.EditWithoutSpec(_logger, current.SceneId);
            var keep = request.RequestedDurationInFrames is null ? current.DurationInFrames : (int?)null;
            return ScenePlanner.Plan(request, PromptText.Read(request.Prompt), current.SceneId, request.Name ?? current.Name, keep);
        }

        var edited = SceneEditor.ApplyEdit(current.Spec, request);
        var changed = !edited.Equals(current.Spec);
        if (!changed)
        {
            OfflineGenerationLog.EditUnderstoodNothing(_logger, current.SceneId);
        }

        OfflineGenerationLog.Edited(_logger, edited.SceneId, kind, edited.DurationInFrames, changed);
        return edited;
    }
}
