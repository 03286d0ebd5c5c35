using System.Collections.Immutable;

namespace BazaarVid.Context;

/// <summary>The embedded <see cref="IProjectMemoryStore"/>: process memory, thread-safe, time from <see cref="TimeProvider"/>.</summary>
public sealed class InMemoryProjectMemoryStore : IProjectMemoryStore
{
    private readonly Dictionary<(string Project, string Type, string Key), MemoryItem> _items = [];
    private readonly Lock _gate = new();
    private readonly MemoryExpiry _expiry;
    private readonly TimeProvider _time;

    /// <summary>Creates the store.</summary>
    public InMemoryProjectMemoryStore(MemoryExpiry expiry, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(expiry);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _expiry = expiry;
        _time = timeProvider;
    }

    /// <inheritdoc />
    public ValueTask<MemoryItem> SetAsync(string projectId, MemoryWrite write, CancellationToken cancellationToken = default)
    {
        Identifier.Validate(projectId, nameof(projectId));
        MemoryWriteValidation.Validate(write);
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            var id = (projectId, write.Type, write.Key);
            var existing = _items.TryGetValue(id, out var found) && !MemoryExpiry.IsExpired(found, now) ? found : null;
            var tier = existing is not null && existing.Tier > write.Tier ? existing.Tier : write.Tier;
            var pinned = write.Pinned || existing?.IsPinned == true;
            var item = new MemoryItem(projectId, tier, write.Type, write.Key, write.Value, write.Confidence, existing?.CreatedAt ?? now, now, _expiry.ExpiresAt(tier, pinned, now));
            _items[id] = item;
            return ValueTask.FromResult(item);
        }
    }

    /// <inheritdoc />
    public ValueTask<MemoryItem?> GetAsync(string projectId, string type, string key, CancellationToken cancellationToken = default)
    {
        Identifier.Validate(projectId, nameof(projectId));
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            return ValueTask.FromResult(_items.TryGetValue((projectId, type, key), out var item) ? Touch(item, now) : null);
        }
    }

    /// <inheritdoc />
    public ValueTask<ImmutableArray<MemoryItem>> ListAsync(string projectId, MemoryTier? tier = null, string? type = null, CancellationToken cancellationToken = default)
    {
        Identifier.Validate(projectId, nameof(projectId));
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            var items = _items.Values
                .Where(i => i.ProjectId == projectId && (tier is null || i.Tier == tier) && (type is null || i.Type == type))
                .OrderBy(i => i.Type, StringComparer.Ordinal)
                .ThenBy(i => i.Key, StringComparer.Ordinal)
                .ToList()
                .Select(i => Touch(i, now))
                .OfType<MemoryItem>()
                .ToImmutableArray();
            return ValueTask.FromResult(items);
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> RemoveAsync(string projectId, string type, string key, CancellationToken cancellationToken = default)
    {
        Identifier.Validate(projectId, nameof(projectId));
        lock (_gate)
        {
            return ValueTask.FromResult(_items.Remove((projectId, type, key)));
        }
    }

    /// <inheritdoc />
    public ValueTask<int> SweepExpiredAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            var expired = _items.Where(pair => MemoryExpiry.IsExpired(pair.Value, now)).Select(pair => pair.Key).ToList();
            foreach (var id in expired)
            {
                _items.Remove(id);
            }

            return ValueTask.FromResult(expired.Count);
        }
    }

    /// <summary>The item as seen at <paramref name="now"/>: null when expired, with a slid expiry for Short and Medium.</summary>
    private MemoryItem? Touch(MemoryItem item, DateTimeOffset now)
    {
        if (MemoryExpiry.IsExpired(item, now))
        {
            return null;
        }

        if (item.IsPinned || !MemoryExpiry.Slides(item.Tier))
        {
            return item;
        }

        var refreshed = item with { ExpiresAt = _expiry.ExpiresAt(item.Tier, pinned: false, now) };
        _items[(item.ProjectId, item.Type, item.Key)] = refreshed;
        return refreshed;
    }
}
