using System.Collections.Immutable;
using System.Globalization;
using BazaarVid.Context;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BazaarVid.Brain;

/// <summary>
/// One turn, from prompt to validated scene: persist the user message first; add this message's assets (image
/// analysis started, not awaited); load the context; resolve the style; decide and route; build, edit or delete the
/// scene (generated code is validated and never stored when invalid); store the reply. Turns of one conversation run
/// one after the other; different conversations run in parallel.
/// </summary>
public sealed class BrainOrchestrator
{
    private readonly IContextManager _context;
    private readonly TurnAssetCollector _assets;
    private readonly IIntentAnalyzer _intent;
    private readonly ISceneRouter _router;
    private readonly IStyleAgent _styles;
    private readonly SceneProducer _producer;
    private readonly BrainOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly KeyedAsyncLock<ConversationKey> _turns = new();

    /// <summary>Creates the orchestrator (normally through <c>AddBazaarVid</c>).</summary>
    public BrainOrchestrator(
        IContextManager context,
        TurnAssetCollector assets,
        IIntentAnalyzer intent,
        ISceneRouter router,
        IStyleAgent styles,
        SceneProducer producer,
        IOptions<BrainOptions> options,
        TimeProvider timeProvider,
        ILogger<BrainOrchestrator>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(assets);
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(router);
        ArgumentNullException.ThrowIfNull(styles);
        ArgumentNullException.ThrowIfNull(producer);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _context = context;
        _assets = assets;
        _intent = intent;
        _router = router;
        _styles = styles;
        _producer = producer;
        _options = options.Value;
        _time = timeProvider;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Processes one turn.</summary>
    /// <exception cref="ArgumentException">The request is malformed (empty prompt, an upload without content or name); nothing was stored.</exception>
    /// <exception cref="InvalidIdentifierException">An id is invalid; nothing was stored.</exception>
    /// <exception cref="MessageTooLargeException">The prompt is too large; nothing was stored.</exception>
    /// <exception cref="InvalidSceneCodeException">Generated code stayed invalid; the message was stored, the scene was not.</exception>
    public async Task<BrainResponse> ProcessAsync(BrainRequest request, CancellationToken cancellationToken = default)
    {
        var key = Validate(request);
        using var activity = BazaarVidTelemetry.ActivitySource.StartActivity("bazaarvid.brain.turn");
        using (await _turns.AcquireAsync(key, cancellationToken).ConfigureAwait(false))
        {
            var clock = new StageClock(_time);
            var attachments = Attachments(request);
            var appended = await _context.AppendUserMessageAsync(key, request.Prompt, attachments, cancellationToken).ConfigureAwait(false);
            var turn = appended.Message.Turn;
            var persist = clock.Lap();

            var assets = await _assets.CollectAsync(key, request, turn, cancellationToken).ConfigureAwait(false);
            foreach (var refused in assets.Rejected)
            {
                BrainLog.AssetRefused(_logger, refused.Name, turn, refused.Code);
            }

            var assetsMs = clock.Lap();
            var context = await _context.GetContextAsync(key, cancellationToken).ConfigureAwait(false);
            var contextMs = clock.Lap();

            var style = (await _styles.ResolveAsync(_styles.ExtractQuery(request.Prompt), context.Preferences, cancellationToken).ConfigureAwait(false)).Style;
            var styleMs = clock.Lap();

            var attachedScenes = request.AttachedSceneIds.IsDefault ? [] : request.AttachedSceneIds;
            var intentRequest = new IntentRequest(request.Prompt, context, attachedScenes, assets.Urls, _options.Fps);
            var decision = await _intent.AnalyzeAsync(intentRequest, cancellationToken).ConfigureAwait(false);
            var route = await _router.RouteAsync(decision, intentRequest, cancellationToken).ConfigureAwait(false);
            var decisionMs = clock.Lap();
            BrainTelemetry.DecisionDuration.Record(decisionMs);

            var sceneTurn = new SceneTurn(key, request.Prompt, turn, context, style, assets.Urls);
            Outcome outcome;
            try
            {
                outcome = await ExecuteAsync(route, sceneTurn, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidSceneCodeException invalid) when (invalid.Decision is null)
            {
                BrainLog.SceneRejected(_logger, turn, invalid.Report.Errors.Length);
                throw new InvalidSceneCodeException(invalid.SceneId, invalid.Report, invalid.Attempts, invalid) { Decision = decision };
            }

            var generationMs = clock.Lap();

            await _context.AppendAssistantMessageAsync(key, outcome.Reply, cancellationToken).ConfigureAwait(false);
            var storeMs = clock.Lap();
            var total = clock.Total();
            BrainTelemetry.TurnDuration.Record(total);
            BrainLog.TurnCompleted(_logger, turn, key.ConversationId, decision.Type, outcome.Route, total);

            return new BrainResponse(
                turn,
                decision,
                outcome.Route,
                outcome.Produced?.Approach.Approach,
                outcome.Produced is null ? null : style,
                outcome.Scene,
                outcome.Produced?.Validation,
                outcome.Route == RouteKind.Clarification ? outcome.Reply : null,
                assets.Added,
                assets.Rejected,
                outcome.Reply,
                new BrainTimings(persist, assetsMs, contextMs, styleMs, decisionMs, generationMs, storeMs, total));
        }
    }

    private async Task<Outcome> ExecuteAsync(SceneRoute route, SceneTurn turn, CancellationToken cancellationToken)
    {
        switch (route)
        {
            case BuilderRoute builder:
            {
                var produced = await _producer.BuildAsync(builder, turn, cancellationToken).ConfigureAwait(false);
                return new Outcome(RouteKind.Builder, produced, produced.Scene, Invariant($"Created scene {produced.Scene.Order} \"{produced.Scene.Name}\" ({produced.Scene.DurationInFrames} frames)."));
            }

            case EditorRoute editor:
            {
                var produced = await _producer.EditAsync(editor, turn, cancellationToken).ConfigureAwait(false);
                return new Outcome(RouteKind.Editor, produced, produced.Scene, Invariant($"Updated scene {editor.Target.Order} \"{produced.Scene.Name}\" (version {produced.Scene.Version}, {produced.Scene.DurationInFrames} frames)."));
            }

            case DeleteRoute delete:
            {
                var deleted = await _producer.DeleteAsync(delete, turn, cancellationToken).ConfigureAwait(false);
                return new Outcome(RouteKind.Delete, null, deleted, Invariant($"Deleted scene {delete.Target.Order} \"{delete.Target.Name}\"; it stays in history."));
            }

            case ClarificationRoute clarification:
                return new Outcome(RouteKind.Clarification, null, null, clarification.Question);

            default:
                throw new InvalidOperationException($"Unknown route {route.GetType().Name}.");
        }
    }

    private static ConversationKey Validate(BrainRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Prompt, nameof(request));
        var key = new ConversationKey(request.ProjectId, request.ConversationId);
        foreach (var upload in request.Uploads.IsDefault ? [] : request.Uploads)
        {
            if (upload?.Content is null || string.IsNullOrWhiteSpace(upload.FileName) || !upload.Content.CanRead)
            {
                throw new ArgumentException("Every upload needs a readable stream and a file name.", nameof(request));
            }
        }

        foreach (var sceneId in request.AttachedSceneIds.IsDefault ? [] : request.AttachedSceneIds)
        {
            Identifier.Validate(sceneId, nameof(request.AttachedSceneIds));
        }

        return key;
    }

    private static ImmutableArray<MessageAttachment> Attachments(BrainRequest request)
    {
        // Uploads are pinned once ingested (they have no URL yet); attached URLs and scenes belong to the message itself.
        var builder = ImmutableArray.CreateBuilder<MessageAttachment>();
        foreach (var url in request.ImageUrls.IsDefault ? [] : request.ImageUrls)
        {
            if (AssetUrl.IsHttpUrl(url))
            {
                builder.Add(new MessageAttachment(AttachmentKind.ImageUrl, url));
            }
        }

        foreach (var sceneId in request.AttachedSceneIds.IsDefault ? [] : request.AttachedSceneIds)
        {
            builder.Add(new MessageAttachment(AttachmentKind.Scene, sceneId));
        }

        return builder.ToImmutable();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Outcome(RouteKind Route, ProducedScene? Produced, StoredScene? Scene, string Reply);

    /// <summary>Milliseconds between stages from the provider's monotonic timestamps.</summary>
    private sealed class StageClock(TimeProvider time)
    {
        private readonly long _start = time.GetTimestamp();
        private long _last = time.GetTimestamp();

        public double Lap()
        {
            var now = time.GetTimestamp();
            var elapsed = time.GetElapsedTime(_last, now).TotalMilliseconds;
            _last = now;
            return elapsed;
        }

        public double Total() => time.GetElapsedTime(_start, time.GetTimestamp()).TotalMilliseconds;
    }
}
