using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace BazaarVid.Context;

/// <summary>
/// Connects conversations to project memory. Writing: new ledger assets become pinned items (they never expire),
/// preferences go to the MediumTerm tier and are promoted to LongTerm once their confidence reaches
/// <see cref="ContextOptions.PromotionConfidence"/>. Reading: a new conversation of the project starts with the
/// LongTerm preferences as implied ones (turn 0), so anything the person states in it overrides them.
/// Best effort both ways: a memory failure is logged, never thrown, because the conversation is the store of record.
/// </summary>
internal sealed class ProjectMemorySync(IProjectMemoryStore store, double promotionConfidence, ILogger logger)
{
    public const string AssetType = "asset";
    public const string PreferenceType = "preference";

    /// <summary>A preference remembered from another conversation counts a little less than when it was stated.</summary>
    private const double RememberedConfidenceFactor = 0.9;

    public async ValueTask SyncAsync(ConversationKey key, ConversationSnapshot before, ConversationSnapshot after, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var entry in after.Ledger.Entries)
            {
                if (before.Ledger.FindById(entry.Id) is null)
                {
                    await store.SetAsync(key.ProjectId, new MemoryWrite(MemoryTier.LongTerm, AssetType, entry.NormalizedKey, entry.Url, 1, Pinned: true), cancellationToken).ConfigureAwait(false);
                }
            }

            if (ReferenceEquals(before.Preferences, after.Preferences))
            {
                return;
            }

            foreach (var preference in after.Preferences.Active.Except(before.Preferences.Active))
            {
                var tier = preference.Confidence >= promotionConfidence ? MemoryTier.LongTerm : MemoryTier.MediumTerm;
                var name = ContextRenderer.Name(preference.Kind);
                var itemKey = PreferenceSet.IsSingleValued(preference.Kind) ? name : name + ":" + preference.Value;
                var remembered = new PreferenceObservation(preference.Kind, preference.Value, preference.Confidence, preference.Explicit, preference.Evidence, preference.Seconds, preference.Bound);
                var value = JsonSerializer.Serialize(remembered, ContextJsonContext.Default.PreferenceObservation);
                await store.SetAsync(key.ProjectId, new MemoryWrite(tier, PreferenceType, itemKey, value, preference.Confidence), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ContextLog.MemorySyncFailed(logger, key.ProjectId, exception);
        }
    }

    /// <summary>The snapshot of a conversation's first write, with the project's long-term preferences applied as implied ones.</summary>
    public async ValueTask<ConversationSnapshot> SeedAsync(ConversationKey key, ConversationSnapshot snapshot, CancellationToken cancellationToken)
    {
        try
        {
            var items = await store.ListAsync(key.ProjectId, MemoryTier.LongTerm, PreferenceType, cancellationToken).ConfigureAwait(false);
            var observations = new List<PreferenceObservation>(items.Length);
            foreach (var item in items)
            {
                if (JsonSerializer.Deserialize(item.Value, ContextJsonContext.Default.PreferenceObservation) is { } remembered)
                {
                    observations.Add(remembered with { Explicit = false, Confidence = Math.Round(remembered.Confidence * RememberedConfidenceFactor, 2) });
                }
            }

            return observations.Count == 0 ? snapshot : snapshot with { Preferences = snapshot.Preferences.Apply(observations, 0) };
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ContextLog.MemorySyncFailed(logger, key.ProjectId, exception);
            return snapshot;
        }
    }
}
