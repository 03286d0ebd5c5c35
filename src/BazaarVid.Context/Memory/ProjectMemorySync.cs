using System.Globalization;
using Microsoft.Extensions.Logging;

namespace BazaarVid.Context;

/// <summary>
/// Mirrors conversation learning into project memory: new ledger assets as pinned items (they never expire),
/// preferences in the Medium tier, promoted to Long once their confidence reaches
/// <see cref="ContextOptions.PromotionConfidence"/>. Best effort: a failure is logged, never thrown, because the
/// conversation (the store of record) is already committed.
/// </summary>
internal sealed class ProjectMemorySync(IProjectMemoryStore store, double promotionConfidence, ILogger logger)
{
    public const string AssetType = "asset";
    public const string PreferenceType = "preference";

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
                var value = preference.Seconds is { } seconds ? seconds.ToString(CultureInfo.InvariantCulture) : preference.Value;
                await store.SetAsync(key.ProjectId, new MemoryWrite(tier, PreferenceType, itemKey, value, preference.Confidence), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ContextLog.MemorySyncFailed(logger, key.ProjectId, exception);
        }
    }
}
