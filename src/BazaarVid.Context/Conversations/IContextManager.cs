using System.Collections.Immutable;

namespace BazaarVid.Context;

/// <summary>What appending a message did.</summary>
/// <param name="Message">The stored message, with its sequence, turn and timestamp.</param>
/// <param name="Context">The conversation context right after the append.</param>
/// <param name="Preferences">What the preference extractor read from a user message (rejections included).</param>
/// <param name="NewAssets">Ledger entries this message added (attachments and URLs found in its text).</param>
public sealed record AppendResult(
    ConversationMessage Message,
    ConversationContext Context,
    PreferenceExtraction Preferences,
    ImmutableArray<LedgerEntry> NewAssets);

/// <summary>
/// The conversation memory: the one way to read and change a conversation's context. Writes to one
/// conversation are serialized and committed atomically (message, ledger, preferences and summary
/// together); different conversations never wait on each other. Built contexts are cached and the cache
/// is invalidated by every write.
/// </summary>
public interface IContextManager
{
    /// <summary>
    /// Stores a user message (a new turn). In the same atomic write, every asset URL of its attachments and
    /// text enters the pinned ledger, preferences are extracted and merged, and older messages are folded
    /// into the summary.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="text"/> is null, empty or white space.</exception>
    /// <exception cref="MessageTooLargeException">The text exceeds <see cref="ContextOptions.MaxMessageBytes"/>; nothing was stored.</exception>
    ValueTask<AppendResult> AppendUserMessageAsync(ConversationKey key, string text, IReadOnlyList<MessageAttachment>? attachments = null, CancellationToken cancellationToken = default);

    /// <summary>Stores an assistant reply for the current turn.</summary>
    /// <exception cref="ArgumentException"><paramref name="text"/> is null, empty or white space.</exception>
    /// <exception cref="MessageTooLargeException">The text exceeds <see cref="ContextOptions.MaxMessageBytes"/>; nothing was stored.</exception>
    ValueTask<AppendResult> AppendAssistantMessageAsync(ConversationKey key, string text, CancellationToken cancellationToken = default);

    /// <summary>The conversation's context (an empty one for a conversation never written). Served from cache when possible.</summary>
    ValueTask<ConversationContext> GetContextAsync(ConversationKey key, CancellationToken cancellationToken = default);

    /// <summary>Reads the full message history after <paramref name="afterSequence"/>, oldest first.</summary>
    ValueTask<ImmutableArray<ConversationMessage>> ReadHistoryAsync(ConversationKey key, long afterSequence = 0, int maxCount = 1000, CancellationToken cancellationToken = default);

    /// <summary>Pins asset URLs (for example uploads once ingested) in the ledger, attributed to the current turn.</summary>
    ValueTask<ConversationContext> RecordAssetsAsync(ConversationKey key, IReadOnlyList<AssetReference> assets, CancellationToken cancellationToken = default);

    /// <summary>Records a created scene in the storyboard and relationship graph.</summary>
    ValueTask<ConversationContext> RecordSceneCreatedAsync(ConversationKey key, SceneCreated change, CancellationToken cancellationToken = default);

    /// <summary>Records an edited scene (a new version).</summary>
    ValueTask<ConversationContext> RecordSceneEditedAsync(ConversationKey key, SceneEdited change, CancellationToken cancellationToken = default);

    /// <summary>Records a soft-deleted scene.</summary>
    ValueTask<ConversationContext> RecordSceneDeletedAsync(ConversationKey key, string sceneId, CancellationToken cancellationToken = default);

    /// <summary>Adds late-arriving image facts; they replace earlier facts for the same asset.</summary>
    ValueTask<ConversationContext> AddImageFactAsync(ConversationKey key, ImageFact fact, CancellationToken cancellationToken = default);

    /// <summary>Merges preference observations from another source (for example an LLM) into the current turn.</summary>
    ValueTask<ConversationContext> UpdatePreferencesAsync(ConversationKey key, IReadOnlyList<PreferenceObservation> observations, CancellationToken cancellationToken = default);

    /// <summary>Sets (or, with a null value, removes) one metadata entry.</summary>
    ValueTask<ConversationContext> SetMetadataAsync(ConversationKey key, string name, string? value, CancellationToken cancellationToken = default);

    /// <summary>Drops the cached context of a conversation (for example when another host instance changed it).</summary>
    void Invalidate(ConversationKey key);
}
