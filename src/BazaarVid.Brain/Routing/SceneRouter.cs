using System.Collections.Immutable;
using BazaarVid.Context;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BazaarVid.Brain;

/// <summary>
/// The default <see cref="ISceneRouter"/>. New scenes go to the builder with the previous scene's code and the style
/// facts of the last three scenes (so an added scene keeps the look), the preferences, the image facts that have
/// arrived and this message's asset URLs; edits go to the editor with the target's current code, its neighbours and
/// the referenced scenes (so an edit sees more than its own code). Storyboard order is the truth for positions; code
/// comes from one <see cref="ISceneStore.ListAsync"/> call.
/// </summary>
public sealed class SceneRouter : ISceneRouter
{
    /// <summary>How many earlier scenes lend their style facts to a new scene.</summary>
    public const int StyleHistory = 3;

    private readonly ISceneStore _store;
    private readonly ILogger _logger;

    /// <summary>Creates the router over the scene store.</summary>
    public SceneRouter(ISceneStore store, ILogger<SceneRouter>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    public async ValueTask<SceneRoute> RouteAsync(BrainDecision decision, IntentRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Context, nameof(request));
        var context = request.Context;
        var storyboard = context.Storyboard;
        SceneRoute route = decision.Type switch
        {
            DecisionType.AskClarification => new ClarificationRoute(decision, string.IsNullOrWhiteSpace(decision.ClarificationQuestion)
                ? throw new ArgumentException("A clarification decision needs a question.", nameof(decision))
                : decision.ClarificationQuestion),
            DecisionType.DeleteScene => new DeleteRoute(decision, Live(storyboard, decision)),
            DecisionType.EditScene => await EditAsync(decision, request, Live(storyboard, decision), cancellationToken).ConfigureAwait(false),
            DecisionType.NewScene => await BuildAsync(decision, request, cancellationToken).ConfigureAwait(false),
            _ => throw new ArgumentOutOfRangeException(nameof(decision), decision.Type, "Unknown decision type."),
        };

        RoutingLog.Routed(_logger, decision.Type, context.ConversationId, route.GetType().Name);
        return route;
    }

    private static SceneEntry Live(Storyboard storyboard, BrainDecision decision)
    {
        if (string.IsNullOrWhiteSpace(decision.TargetSceneId))
        {
            throw new ArgumentException($"A {decision.Type} decision needs a target scene.", nameof(decision));
        }

        return storyboard.Find(decision.TargetSceneId) ?? throw new SceneNotFoundException(decision.TargetSceneId);
    }

    private async ValueTask<SceneRoute> BuildAsync(BrainDecision decision, IntentRequest request, CancellationToken cancellationToken)
    {
        var context = request.Context;
        var scenes = context.Storyboard.Scenes;
        var code = await LoadAsync(context, cancellationToken).ConfigureAwait(false);

        // Appending is position null; a position past the end is an append too.
        int? position = decision.InsertPosition is { } p && p >= 1 && p <= scenes.Length ? p : null;
        var before = position is { } at ? scenes[..(at - 1)] : scenes;
        var previous = before.IsEmpty ? null : Find(code, before[^1], context);
        var styles = ImmutableArray.CreateBuilder<SceneStyleFacts>(StyleHistory);
        foreach (var entry in before.Skip(Math.Max(0, before.Length - StyleHistory)))
        {
            if (Find(code, entry, context) is { } stored)
            {
                var spec = stored.Spec;
                styles.Add(new SceneStyleFacts(entry.Id, entry.Order, entry.Name, spec?.StyleKey, spec?.Palette, spec?.Typography, spec?.Background));
            }
        }

        return new BuilderRoute(
            decision,
            IsFirstScene: scenes.IsEmpty,
            position,
            previous,
            styles.ToImmutable(),
            References(decision, context, code, exclude: null),
            context.Preferences.Active,
            [.. context.ImageFacts.Where(f => f.Status == ImageFactStatus.Analyzed)],
            Attached(request));
    }

    private async ValueTask<SceneRoute> EditAsync(BrainDecision decision, IntentRequest request, SceneEntry target, CancellationToken cancellationToken)
    {
        var context = request.Context;
        var code = await LoadAsync(context, cancellationToken).ConfigureAwait(false);
        var stored = code.GetValueOrDefault(target.Id) ?? throw new SceneNotFoundException(target.Id);
        var neighbours = ImmutableArray.CreateBuilder<StoredScene>(2);
        foreach (var entry in Neighbours(context.Storyboard.Scenes, target))
        {
            if (Find(code, entry, context) is { } scene)
            {
                neighbours.Add(scene);
            }
        }

        return new EditorRoute(decision, stored, neighbours.ToImmutable(), References(decision, context, code, exclude: target.Id), Attached(request));
    }

    /// <summary>The previous and next scene; the two before a last scene; the two after a first scene.</summary>
    private static IEnumerable<SceneEntry> Neighbours(ImmutableArray<SceneEntry> scenes, SceneEntry target)
    {
        var index = target.Order - 1;
        var (from, to) = index == 0 ? (1, 2)
            : index == scenes.Length - 1 ? (index - 2, index - 1)
            : (index - 1, index + 1);
        for (var i = Math.Max(0, from); i <= Math.Min(scenes.Length - 1, to); i++)
        {
            if (i != index)
            {
                yield return scenes[i];
            }
        }
    }

    private ImmutableArray<StoredScene> References(BrainDecision decision, ConversationContext context, Dictionary<string, StoredScene> code, string? exclude)
    {
        if (decision.ReferencedSceneIds.IsDefaultOrEmpty)
        {
            return [];
        }

        var references = ImmutableArray.CreateBuilder<StoredScene>(decision.ReferencedSceneIds.Length);
        foreach (var id in decision.ReferencedSceneIds.Distinct(StringComparer.Ordinal))
        {
            if (id == exclude)
            {
                continue;
            }

            var entry = context.Storyboard.Find(id) ?? throw new SceneNotFoundException(id);
            if (Find(code, entry, context) is { } scene)
            {
                references.Add(scene);
            }
        }

        return references.ToImmutable();
    }

    private StoredScene? Find(Dictionary<string, StoredScene> code, SceneEntry entry, ConversationContext context)
    {
        if (code.TryGetValue(entry.Id, out var scene))
        {
            return scene;
        }

        RoutingLog.SceneMissingFromStore(_logger, entry.Id, context.ConversationId);
        return null;
    }

    private async ValueTask<Dictionary<string, StoredScene>> LoadAsync(ConversationContext context, CancellationToken cancellationToken)
    {
        var scenes = await _store.ListAsync(context.ProjectId, context.ConversationId, cancellationToken).ConfigureAwait(false);
        var byId = new Dictionary<string, StoredScene>(scenes.Length, StringComparer.Ordinal);
        foreach (var scene in scenes)
        {
            byId[scene.SceneId] = scene;
        }

        return byId;
    }

    private static ImmutableArray<string> Attached(IntentRequest request) =>
        request.AttachedAssetUrls.IsDefault ? [] : request.AttachedAssetUrls;
}
