namespace BazaarVid.Context;

/// <summary>How long a project memory item lives.</summary>
public enum MemoryTier
{
    /// <summary>One hour by default, refreshed on every read.</summary>
    ShortTerm,

    /// <summary>One day by default, refreshed on every read.</summary>
    MediumTerm,

    /// <summary>30 days by default (up to 180), not refreshed on read.</summary>
    LongTerm,
}
