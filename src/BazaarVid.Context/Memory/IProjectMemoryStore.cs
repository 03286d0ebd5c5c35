using System.Collections.Immutable;

namespace BazaarVid.Context;

/// <summary>
/// Tiered project memory with TTLs from the injected <see cref="TimeProvider"/>: Short (1 h) and Medium (1 day)
/// slide on every read, Long (30 days by default, up to 180) does not; pinned items never expire. An expired
/// item is invisible at once and removed by <see cref="SweepExpiredAsync"/>.
/// </summary>
public interface IProjectMemoryStore
{
    /// <summary>Creates or replaces the item (project, type, key) and returns it with its expiry.</summary>
    ValueTask<MemoryItem> SetAsync(string projectId, MemoryWrite write, CancellationToken cancellationToken = default);

    /// <summary>The live item, or null when it is missing or expired. Refreshes Short and Medium expiry.</summary>
    ValueTask<MemoryItem?> GetAsync(string projectId, string type, string key, CancellationToken cancellationToken = default);

    /// <summary>The live items of a project, optionally of one tier and type, ordered by type then key. Refreshes Short and Medium expiry.</summary>
    ValueTask<ImmutableArray<MemoryItem>> ListAsync(string projectId, MemoryTier? tier = null, string? type = null, CancellationToken cancellationToken = default);

    /// <summary>Removes an item; true when it existed.</summary>
    ValueTask<bool> RemoveAsync(string projectId, string type, string key, CancellationToken cancellationToken = default);

    /// <summary>Deletes every expired item (in batches for durable stores) and returns how many were deleted.</summary>
    ValueTask<int> SweepExpiredAsync(CancellationToken cancellationToken = default);
}
