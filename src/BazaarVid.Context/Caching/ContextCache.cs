using Microsoft.Extensions.Caching.Memory;

namespace BazaarVid.Context;

/// <summary>Built contexts in <see cref="IMemoryCache"/>. Never the store of record: every write replaces or drops the entry.</summary>
internal sealed class ContextCache(IMemoryCache cache, TimeSpan slidingExpiration)
{
    private readonly MemoryCacheEntryOptions _entryOptions = new() { SlidingExpiration = slidingExpiration, Size = 1 };

    public bool TryGet(ConversationKey key, out ConversationContext context)
    {
        if (cache.TryGetValue(new CacheKey(key), out var value) && value is ConversationContext found)
        {
            context = found;
            return true;
        }

        context = null!;
        return false;
    }

    public void Set(ConversationContext context) => cache.Set(new CacheKey(context.Key), context, _entryOptions);

    public void Remove(ConversationKey key) => cache.Remove(new CacheKey(key));

    /// <summary>A key type of its own, so entries never collide with the host's own use of a shared cache.</summary>
    private sealed record CacheKey(ConversationKey Conversation);
}
