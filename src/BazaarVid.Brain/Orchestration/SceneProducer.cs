using System.Collections.Immutable;
using BazaarVid.Assets;
using BazaarVid.Context;
using Microsoft.Extensions.Options;

namespace BazaarVid.Brain;

/// <summary>What one turn hands the scene producer.</summary>
/// <param name="Key">The conversation.</param>
/// <param name="Prompt">The person's text.</param>
/// <param name="Turn">The turn number.</param>
/// <param name="Context">The context the decision was made on.</param>
/// <param name="Style">The resolved style.</param>
/// <param name="AttachedAssetUrls">This message's own asset URLs.</param>
public sealed record SceneTurn(ConversationKey Key, string Prompt, int Turn, ConversationContext Context, StyleProfile Style, ImmutableArray<string> AttachedAssetUrls);

/// <summary>A scene version that was generated, validated and stored.</summary>
/// <param name="Scene">The stored version.</param>
/// <param name="Validation">Its validation report (always valid).</param>
/// <param name="Approach">How it was generated.</param>
public sealed record ProducedScene(StoredScene Scene, SceneValidationReport Validation, GenerationDecision Approach);

/// <summary>
/// Turns a builder or editor route into a stored scene: picks the generation approach, generates, validates against
/// the conversation's assets and the scene contract, and only then stores the code and records the storyboard change.
/// Invalid code is never stored: it ends in <see cref="InvalidSceneCodeException"/>.
/// </summary>
public sealed class SceneProducer
{
    private readonly ISceneGenerator _generator;
    private readonly IGenerationDecisionEngine _approaches;
    private readonly ISceneValidator _validator;
    private readonly ISceneStore _scenes;
    private readonly IAssetContextStore _assets;
    private readonly IContextManager _context;
    private readonly ISceneIdGenerator _ids;
    private readonly BrainOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the producer from its services.</summary>
    public SceneProducer(
        ISceneGenerator generator,
        IGenerationDecisionEngine approaches,
        ISceneValidator validator,
        ISceneStore scenes,
        IAssetContextStore assets,
        IContextManager context,
        ISceneIdGenerator ids,
        IOptions<BrainOptions> options,
        TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(approaches);
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(scenes);
        ArgumentNullException.ThrowIfNull(assets);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _generator = generator;
        _approaches = approaches;
        _validator = validator;
        _scenes = scenes;
        _assets = assets;
        _context = context;
        _ids = ids;
        _options = options.Value;
        _time = timeProvider;
    }

    /// <summary>Builds, validates and stores a new scene.</summary>
    public async Task<ProducedScene> BuildAsync(BuilderRoute route, SceneTurn turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(turn);
        var taken = turn.Context.Storyboard.Scenes.Concat(turn.Context.Storyboard.DeletedScenes).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var sceneId = _ids.NewId(turn.Key.ProjectId, turn.Key.ConversationId, turn.Turn, taken);
        var assets = await _assets.GetAsync(turn.Key.ProjectId, turn.Key.ConversationId, cancellationToken).ConfigureAwait(false);
        var approach = _approaches.Decide(new GenerationDecisionRequest(turn.Prompt, turn.AttachedAssetUrls.Length, turn.Context.Preferences, IsEdit: false));
        var request = BaseRequest(turn, assets, approach) with
        {
            Mode = SceneGenerationMode.New,
            SceneId = sceneId,
            RequestedDurationInFrames = route.Decision.RequestedDurationInFrames,
            ReferencedScenes = route.ReferencedScenes,
            PreviousScene = route.PreviousScene,
        };
        var (generated, report) = await GenerateValidAsync(request, assets, sceneId, route.Decision.RequestedDurationInFrames, cancellationToken).ConfigureAwait(false);

        var now = _time.GetUtcNow();
        var order = route.InsertPosition ?? turn.Context.Storyboard.Scenes.Length + 1;
        var stored = await _scenes.CreateAsync(new StoredScene(turn.Key.ProjectId, turn.Key.ConversationId, sceneId, order, generated.Name, generated.Code, generated.DurationInFrames, generated.Spec, 1, now, now, null), cancellationToken).ConfigureAwait(false);
        var links = route.ReferencedScenes.Select(s => new SceneLink(s.SceneId, RelationshipKind.References))
            .Concat(route.PreviousScene is { } previous ? [new SceneLink(previous.SceneId, RelationshipKind.SharesStyleWith)] : [])
            .DistinctBy(l => l.SceneId)
            .ToImmutableArray();
        await _context.RecordSceneCreatedAsync(turn.Key, new SceneCreated(sceneId, generated.Name, generated.DurationInFrames, Describe(turn.Prompt), route.InsertPosition, report.AssetUrlsUsed, links), cancellationToken).ConfigureAwait(false);
        return new ProducedScene(stored, report, approach);
    }

    /// <summary>Edits, validates and stores a new version of the target scene.</summary>
    public async Task<ProducedScene> EditAsync(EditorRoute route, SceneTurn turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(turn);
        var target = route.Target;
        var assets = await _assets.GetAsync(turn.Key.ProjectId, turn.Key.ConversationId, cancellationToken).ConfigureAwait(false);
        var approach = _approaches.Decide(new GenerationDecisionRequest(turn.Prompt, turn.AttachedAssetUrls.Length, turn.Context.Preferences, IsEdit: true));
        var requested = route.Decision.RequestedDurationInFrames;
        var request = BaseRequest(turn, assets, approach) with
        {
            Mode = SceneGenerationMode.Edit,
            EditKind = route.Decision.EditKind ?? EditKind.Surgical,
            SceneId = target.SceneId,
            Name = target.Name,
            Current = target,
            RequestedDurationInFrames = requested,
            ReferencedScenes = route.ReferencedScenes,
            Neighbours = route.Neighbours,
        };
        // The generator owns the duration policy of edits: a number, "longer"/"shorter" or "faster"/"slower" change it.
        var (generated, report) = await GenerateValidAsync(request, assets, target.SceneId, requested, cancellationToken).ConfigureAwait(false);

        var stored = await _scenes.SaveVersionAsync(target with
        {
            Name = generated.Name,
            Code = generated.Code,
            DurationInFrames = generated.DurationInFrames,
            Spec = generated.Spec,
            Version = target.Version + 1,
            UpdatedAt = _time.GetUtcNow(),
        }, cancellationToken).ConfigureAwait(false);
        var links = route.ReferencedScenes.Select(s => new SceneLink(s.SceneId, RelationshipKind.References)).ToImmutableArray();
        await _context.RecordSceneEditedAsync(
            turn.Key,
            new SceneEdited(target.SceneId, generated.Name, generated.DurationInFrames == target.DurationInFrames ? null : generated.DurationInFrames, null, report.AssetUrlsUsed, links),
            cancellationToken).ConfigureAwait(false);
        return new ProducedScene(stored, report, approach);
    }

    /// <summary>Soft-deletes the target scene; its code stays in history.</summary>
    public async Task<StoredScene> DeleteAsync(DeleteRoute route, SceneTurn turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(turn);
        var deleted = await _scenes.DeleteAsync(turn.Key.ProjectId, turn.Key.ConversationId, route.Target.Id, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await _context.RecordSceneDeletedAsync(turn.Key, route.Target.Id, cancellationToken).ConfigureAwait(false);
        return deleted;
    }

    private SceneGenerationRequest BaseRequest(SceneTurn turn, AssetContext assets, GenerationDecision approach) => new()
    {
        Prompt = turn.Prompt,
        ProjectId = turn.Key.ProjectId,
        ConversationId = turn.Key.ConversationId,
        Style = turn.Style,
        Turn = turn.Turn,
        Preferences = turn.Context.Preferences,
        Ledger = turn.Context.Ledger,
        AttachedAssetUrls = turn.AttachedAssetUrls,
        ImageFacts = turn.Context.ImageFacts,
        Fps = _options.Fps,
        Width = _options.Width,
        Height = _options.Height,
        Approach = approach.Approach,
        Assets = assets,
        Storyboard = turn.Context.Storyboard,
    };

    private async Task<(GeneratedScene Scene, SceneValidationReport Report)> GenerateValidAsync(SceneGenerationRequest request, AssetContext assets, string sceneId, int? expectedFrames, CancellationToken cancellationToken)
    {
        var generated = await _generator.GenerateAsync(request, cancellationToken).ConfigureAwait(false);
        var report = _validator.Validate(generated.Code, new SceneExpectations(assets, sceneId, expectedFrames));
        if (!report.Valid)
        {
            BrainTelemetry.ValidationFailures.Add(1);
            throw new InvalidSceneCodeException(sceneId, report, attempts: 1);
        }

        return (generated, report);
    }

    /// <summary>The person's own words about the scene are what later prompts refer to ("the pricing one"), so they describe it.</summary>
    private static string Describe(string prompt) => prompt.Length <= 160 ? prompt.Trim() : string.Concat(prompt.AsSpan(0, 159), "…");
}
