using Microsoft.Extensions.Options;

namespace BazaarVid.Context;

/// <summary>Computes expiry times for project memory from <see cref="ContextOptions"/>; shared by every store implementation.</summary>
public sealed class MemoryExpiry
{
    private readonly ContextOptions _options;

    /// <summary>Creates the policy from the validated options.</summary>
    public MemoryExpiry(IOptions<ContextOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    /// <summary>The lifetime of <paramref name="tier"/>.</summary>
    public TimeSpan TimeToLive(MemoryTier tier) => tier switch
    {
        MemoryTier.ShortTerm => _options.ShortTermTtl,
        MemoryTier.MediumTerm => _options.MediumTermTtl,
        _ => _options.LongTermTtl,
    };

    /// <summary>When an item written or refreshed at <paramref name="now"/> expires; null when pinned.</summary>
    public DateTimeOffset? ExpiresAt(MemoryTier tier, bool pinned, DateTimeOffset now) => pinned ? null : now + TimeToLive(tier);

    /// <summary>True for the tiers whose expiry slides on read.</summary>
    public static bool Slides(MemoryTier tier) => tier is MemoryTier.ShortTerm or MemoryTier.MediumTerm;

    /// <summary>True when <paramref name="item"/> is expired at <paramref name="now"/>.</summary>
    public static bool IsExpired(MemoryItem item, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.ExpiresAt is { } at && at <= now;
    }
}
