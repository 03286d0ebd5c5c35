using System.Collections.Immutable;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BazaarVid.Context;

/// <summary>
/// The default <see cref="IContextManager"/>. Each write runs under the conversation's own async lock:
/// load → apply → compact → commit (optimistic version, retried on conflicts with other host instances) →
/// refresh the cache. A write that throws before its commit leaves nothing behind.
/// </summary>
public sealed class ContextManager : IContextManager
{
    private readonly IConversationStore _store;
    private readonly IPreferenceExtractor _extractor;
    private readonly TimeProvider _time;
    private readonly ContextOptions _options;
    private readonly ContextCache _cache;
    private readonly ContextCompactor _compactor;
    private readonly ProjectMemorySync _memory;
    private readonly ILogger _logger;
    private readonly KeyedAsyncLock<ConversationKey> _locks = new();

    /// <summary>Creates the manager from its services (normally through <c>AddBazaarVidContext</c>).</summary>
    public ContextManager(
        IConversationStore store,
        IProjectMemoryStore memoryStore,
        IPreferenceExtractor extractor,
        IContextSummarizer summarizer,
        IPromptContextBuilder promptBuilder,
        IMemoryCache cache,
        TimeProvider timeProvider,
        IOptions<ContextOptions> options,
        ILogger<ContextManager>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(memoryStore);
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(summarizer);
        ArgumentNullException.ThrowIfNull(promptBuilder);
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _extractor = extractor;
        _time = timeProvider;
        _options = options.Value;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _cache = new ContextCache(cache, _options.CacheSlidingExpiration);
        _compactor = new ContextCompactor(summarizer, promptBuilder, _options.VerbatimMessageCount, _logger);
        _memory = new ProjectMemorySync(memoryStore, _options.PromotionConfidence, _logger);
    }

    /// <inheritdoc />
    public async ValueTask<AppendResult> AppendUserMessageAsync(ConversationKey key, string text, IReadOnlyList<MessageAttachment>? attachments = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        CheckText(text);
        var attached = ValidateAttachments(attachments);
        var extraction = _extractor.Extract(text);
        foreach (var rejection in extraction.Rejections)
        {
            ContextLog.PreferenceRejected(_logger, key, rejection.Reason);
        }

        var assets = attached
            .Where(a => a.Kind != AttachmentKind.Scene)
            .Select(a => new AssetReference(a.Value, a.Kind == AttachmentKind.Upload ? LedgerSource.Upload : LedgerSource.Attachment, a.FileName, a.MediaType))
            .Concat(MessageUrlExtractor.Extract(text).Select(url => new AssetReference(url, LedgerSource.MessageText)))
            .ToList();

        ConversationMessage? stored = null;
        var context = await MutateAsync(
            key,
            (state, now) =>
            {
                var turn = state.LastTurn + 1;
                stored = new ConversationMessage(state.LastSequence + 1, turn, MessageRole.User, text, attached, now);
                var ledger = state.Ledger;
                foreach (var asset in assets)
                {
                    ledger = ledger.Add(asset, turn);
                }

                return new Change(
                    state with
                    {
                        LastSequence = stored.Sequence,
                        LastTurn = turn,
                        Ledger = ledger,
                        Preferences = state.Preferences.Apply(extraction.Observations, turn),
                    },
                    [stored]);
            },
            cancellationToken).ConfigureAwait(false);

        ContextLog.MessageStored(_logger, MessageRole.User, stored!.Sequence, key, text);
        return new AppendResult(stored, context, extraction, NewEntries(context.Ledger, stored.Turn, assets));
    }

    /// <inheritdoc />
    public async ValueTask<AppendResult> AppendAssistantMessageAsync(ConversationKey key, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        CheckText(text);
        ConversationMessage? stored = null;
        var context = await MutateAsync(
            key,
            (state, now) =>
            {
                stored = new ConversationMessage(state.LastSequence + 1, state.LastTurn, MessageRole.Assistant, text, [], now);
                return new Change(state with { LastSequence = stored.Sequence }, [stored]);
            },
            cancellationToken).ConfigureAwait(false);

        ContextLog.MessageStored(_logger, MessageRole.Assistant, stored!.Sequence, key, text);
        return new AppendResult(stored, context, PreferenceExtraction.None, []);
    }

    /// <inheritdoc />
    public ValueTask<ConversationContext> GetContextAsync(ConversationKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _cache.TryGet(key, out var cached) ? ValueTask.FromResult(cached) : LoadAsync(key, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<ImmutableArray<ConversationMessage>> ReadHistoryAsync(ConversationKey key, long afterSequence = 0, int maxCount = 1000, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentOutOfRangeException.ThrowIfNegative(afterSequence);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        return _store.ReadMessagesAsync(key, afterSequence, maxCount, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<ConversationContext> RecordAssetsAsync(ConversationKey key, IReadOnlyList<AssetReference> assets, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(assets);
        foreach (var asset in assets)
        {
            ArgumentNullException.ThrowIfNull(asset, nameof(assets));
            AssetUrl.Validate(asset.Url, nameof(assets));
        }

        return MutateAsync(
            key,
            (state, _) =>
            {
                var ledger = state.Ledger;
                foreach (var asset in assets)
                {
                    ledger = ledger.Add(asset, state.LastTurn);
                }

                return ReferenceEquals(ledger, state.Ledger) ? null : new Change(state with { Ledger = ledger }, []);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<ConversationContext> RecordSceneCreatedAsync(ConversationKey key, SceneCreated change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(change);
        return MutateAsync(key, (state, _) => new Change(state with { Storyboard = state.Storyboard.Create(change, state.LastTurn, state.Ledger) }, []), cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<ConversationContext> RecordSceneEditedAsync(ConversationKey key, SceneEdited change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(change);
        return MutateAsync(key, (state, _) => new Change(state with { Storyboard = state.Storyboard.Edit(change, state.LastTurn, state.Ledger) }, []), cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<ConversationContext> RecordSceneDeletedAsync(ConversationKey key, string sceneId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        Identifier.Validate(sceneId, nameof(sceneId));
        return MutateAsync(key, (state, _) => new Change(state with { Storyboard = state.Storyboard.Delete(sceneId, state.LastTurn) }, []), cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<ConversationContext> AddImageFactAsync(ConversationKey key, ImageFact fact, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(fact);
        AssetUrl.Validate(fact.AssetUrl, nameof(fact));
        ArgumentNullException.ThrowIfNull(fact.Summary, nameof(fact));
        var normalized = AssetUrl.Normalize(fact.AssetUrl);
        return MutateAsync(
            key,
            (state, _) =>
            {
                var facts = state.ImageFacts.RemoveAll(f => AssetUrl.Normalize(f.AssetUrl) == normalized).Add(fact);
                return new Change(state with { ImageFacts = facts }, []);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<ConversationContext> UpdatePreferencesAsync(ConversationKey key, IReadOnlyList<PreferenceObservation> observations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(observations);
        foreach (var observation in observations)
        {
            ArgumentNullException.ThrowIfNull(observation, nameof(observations));
            ArgumentException.ThrowIfNullOrWhiteSpace(observation.Value, nameof(observations));
        }

        return MutateAsync(
            key,
            (state, _) =>
            {
                var preferences = state.Preferences.Apply(observations, state.LastTurn);
                return ReferenceEquals(preferences, state.Preferences) ? null : new Change(state with { Preferences = preferences }, []);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<ConversationContext> SetMetadataAsync(ConversationKey key, string name, string? value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        Identifier.Validate(name, nameof(name));
        if (value is not null && value.Length > MemoryWriteValidation.MaxValueLength)
        {
            throw new ArgumentException($"A metadata value is at most {MemoryWriteValidation.MaxValueLength} characters.", nameof(value));
        }

        return MutateAsync(
            key,
            (state, _) => new Change(state with { Metadata = value is null ? state.Metadata.Remove(name) : state.Metadata.SetItem(name, value) }, []),
            cancellationToken);
    }

    /// <inheritdoc />
    public void Invalidate(ConversationKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _cache.Remove(key);
    }

    private async ValueTask<ConversationContext> LoadAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        // Loading under the conversation's lock means a slow read can never put an older context into the
        // cache after a write has replaced it.
        using (await _locks.AcquireAsync(key, cancellationToken).ConfigureAwait(false))
        {
            if (_cache.TryGet(key, out var cached))
            {
                return cached;
            }

            using var activity = BazaarVidTelemetry.ActivitySource.StartActivity("bazaarvid.context.load");
            var stored = await _store.LoadAsync(key, cancellationToken).ConfigureAwait(false);
            var context = stored is null
                ? new ConversationContext(key, await _memory.SeedAsync(key, ConversationSnapshot.Empty, cancellationToken).ConfigureAwait(false), [])
                : new ConversationContext(key, stored.Snapshot, stored.UnsummarizedMessages);
            _cache.Set(context);
            return context;
        }
    }

    private async ValueTask<ConversationContext> MutateAsync(ConversationKey key, Func<ConversationSnapshot, DateTimeOffset, Change?> apply, CancellationToken cancellationToken)
    {
        using var activity = BazaarVidTelemetry.ActivitySource.StartActivity("bazaarvid.context.write");
        activity?.SetTag("bazaarvid.project", key.ProjectId);
        activity?.SetTag("bazaarvid.conversation", key.ConversationId);
        for (var attempt = 1; ; attempt++)
        {
            using (await _locks.AcquireAsync(key, cancellationToken).ConfigureAwait(false))
            {
                var stored = await _store.LoadAsync(key, cancellationToken).ConfigureAwait(false);
                var before = stored?.Snapshot ?? await _memory.SeedAsync(key, ConversationSnapshot.Empty, cancellationToken).ConfigureAwait(false);
                var unsummarized = stored?.UnsummarizedMessages ?? [];
                var now = _time.GetUtcNow();
                var change = apply(before, now);
                if (change is null)
                {
                    var unchanged = new ConversationContext(key, before, unsummarized);
                    _cache.Set(unchanged);
                    return unchanged;
                }

                var (compacted, recent) = await _compactor.CompactAsync(key, change.Snapshot, unsummarized.AddRange(change.Appended), cancellationToken).ConfigureAwait(false);
                var after = compacted with { Version = before.Version + 1, UpdatedAt = now };
                try
                {
                    await _store.CommitAsync(key, new ConversationCommit(before.Version, change.Appended, after), cancellationToken).ConfigureAwait(false);
                }
                catch (ConcurrencyConflictException) when (attempt <= _options.MaxConflictRetries)
                {
                    _cache.Remove(key);
                    BazaarVidTelemetry.ConflictRetries.Add(1);
                    ContextLog.ConflictRetry(_logger, key, attempt);
                    continue;
                }
                catch
                {
                    _cache.Remove(key);
                    throw;
                }

                var context = new ConversationContext(key, after, recent);
                _cache.Set(context);
                await _memory.SyncAsync(key, before, after, cancellationToken).ConfigureAwait(false);
                return context;
            }
        }
    }

    private void CheckText(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        // Cheap bound first: a UTF-8 encoding is at most 3 bytes per UTF-16 char.
        if (text.Length * 3 > _options.MaxMessageBytes)
        {
            var bytes = Encoding.UTF8.GetByteCount(text);
            if (bytes > _options.MaxMessageBytes)
            {
                throw new MessageTooLargeException(bytes, _options.MaxMessageBytes);
            }
        }
    }

    private static ImmutableArray<MessageAttachment> ValidateAttachments(IReadOnlyList<MessageAttachment>? attachments)
    {
        if (attachments is null || attachments.Count == 0)
        {
            return [];
        }

        foreach (var attachment in attachments)
        {
            ArgumentNullException.ThrowIfNull(attachment, nameof(attachments));
            if (!Enum.IsDefined(attachment.Kind))
            {
                throw new ArgumentOutOfRangeException(nameof(attachments), attachment.Kind, "Unknown attachment kind.");
            }

            if (attachment.Kind == AttachmentKind.Scene)
            {
                Identifier.Validate(attachment.Value, nameof(attachments));
            }
            else
            {
                AssetUrl.Validate(attachment.Value, nameof(attachments));
            }
        }

        return [.. attachments];
    }

    private static ImmutableArray<LedgerEntry> NewEntries(AssetLedger ledger, int turn, List<AssetReference> offered)
    {
        if (offered.Count == 0)
        {
            return [];
        }

        return [.. ledger.Entries.Where(e => e.SourceTurn == turn && offered.Exists(o => AssetUrl.AreEquivalent(o.Url, e.Url)))];
    }

    private sealed record Change(ConversationSnapshot Snapshot, ImmutableArray<ConversationMessage> Appended);
}
