using System.Collections.Concurrent;

namespace BazaarVid.Brain;

/// <summary>A researched style kept for reuse.</summary>
/// <param name="QueryKey">The normalized query it answers (lower case, filler words removed, single spaces).</param>
/// <param name="Style">The validated style.</param>
/// <param name="CreatedAt">When it was researched.</param>
/// <param name="ExpiresAt">When it stops being used (by default 30 days after <paramref name="CreatedAt"/>).</param>
/// <param name="UsageCount">How many resolutions it has answered, the first included.</param>
public sealed record StyleCacheEntry(string QueryKey, StyleProfile Style, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, long UsageCount)
{
    /// <summary>True when the entry must be ignored at <paramref name="now"/>.</summary>
    public bool IsExpiredAt(DateTimeOffset now) => now >= ExpiresAt;
}

/// <summary>
/// Where researched styles are stored, shared by every conversation (and, with a durable implementation, every host
/// instance). The <see cref="StyleAgent"/> ignores entries past <see cref="StyleCacheEntry.ExpiresAt"/> whatever a
/// store returns, and survives a failing store (it logs and researches or falls back instead).
/// </summary>
public interface IStyleCache
{
    /// <summary>The entry for <paramref name="queryKey"/>, or null.</summary>
    ValueTask<StyleCacheEntry?> GetAsync(string queryKey, CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="entry"/>, replacing any entry with the same <see cref="StyleCacheEntry.QueryKey"/>.</summary>
    ValueTask SetAsync(StyleCacheEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Adds one to the usage count of <paramref name="queryKey"/> and returns the new count, or 0 when there is no entry.</summary>
    ValueTask<long> IncrementUsageAsync(string queryKey, CancellationToken cancellationToken = default);
}

/// <summary>The default <see cref="IStyleCache"/>: a thread-safe in-process dictionary that drops expired entries on write.</summary>
public sealed class InMemoryStyleCache : IStyleCache
{
    private readonly ConcurrentDictionary<string, StyleCacheEntry> _entries = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the cache; <paramref name="timeProvider"/> decides which entries have expired.</summary>
    public InMemoryStyleCache(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
    }

    /// <summary>How many entries are held, expired ones included until the next write.</summary>
    public int Count => _entries.Count;

    /// <inheritdoc />
    public ValueTask<StyleCacheEntry?> GetAsync(string queryKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queryKey);
        return ValueTask.FromResult(_entries.TryGetValue(queryKey, out var entry) && !entry.IsExpiredAt(_timeProvider.GetUtcNow()) ? entry : null);
    }

    /// <inheritdoc />
    public ValueTask SetAsync(StyleCacheEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var now = _timeProvider.GetUtcNow();
        foreach (var (key, existing) in _entries)
        {
            if (existing.IsExpiredAt(now))
            {
                _entries.TryRemove(new KeyValuePair<string, StyleCacheEntry>(key, existing));
            }
        }

        _entries[entry.QueryKey] = entry;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<long> IncrementUsageAsync(string queryKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queryKey);
        while (_entries.TryGetValue(queryKey, out var entry))
        {
            var updated = entry with { UsageCount = entry.UsageCount + 1 };
            if (_entries.TryUpdate(queryKey, updated, entry))
            {
                return ValueTask.FromResult(updated.UsageCount);
            }
        }

        return ValueTask.FromResult(0L);
    }
}
