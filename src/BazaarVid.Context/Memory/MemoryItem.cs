using System.Text.Json.Serialization;

namespace BazaarVid.Context;

/// <summary>One remembered fact of a project, unique by (project, type, key).</summary>
/// <param name="ProjectId">The project.</param>
/// <param name="Tier">Its lifetime tier.</param>
/// <param name="Type">What kind of memory (for example <c>preference</c> or <c>asset</c>).</param>
/// <param name="Key">Its key within the type.</param>
/// <param name="Value">The remembered value (text or JSON).</param>
/// <param name="Confidence">0 to 1.</param>
/// <param name="CreatedAt">When it was first written.</param>
/// <param name="UpdatedAt">When it was last written.</param>
/// <param name="ExpiresAt">When it expires, or null when it is pinned to the project and never expires.</param>
public sealed record MemoryItem(
    string ProjectId,
    MemoryTier Tier,
    string Type,
    string Key,
    string Value,
    double Confidence,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ExpiresAt)
{
    /// <summary>True when the item never expires.</summary>
    [JsonIgnore]
    public bool IsPinned => ExpiresAt is null;
}

/// <summary>A write to project memory.</summary>
/// <param name="Tier">The tier; a write never demotes an item already in a longer tier.</param>
/// <param name="Type">What kind of memory.</param>
/// <param name="Key">Its key within the type.</param>
/// <param name="Value">The value.</param>
/// <param name="Confidence">0 to 1.</param>
/// <param name="Pinned">True for items pinned to the project (the ledger): they never expire.</param>
public sealed record MemoryWrite(MemoryTier Tier, string Type, string Key, string Value, double Confidence = 1, bool Pinned = false);
