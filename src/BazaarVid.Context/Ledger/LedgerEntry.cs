using System.Collections.Immutable;

namespace BazaarVid.Context;

/// <summary>
/// One pinned asset of a conversation. Entries are never removed, never summarized away and never
/// evicted by the token budget: summaries and prompts refer to them by <see cref="Id"/>.
/// </summary>
/// <param name="Id">A short stable id: A1, A2, … in arrival order.</param>
/// <param name="Url">The URL verbatim, as first seen.</param>
/// <param name="NormalizedKey">The de-duplication key (<see cref="AssetUrl.Normalize"/>).</param>
/// <param name="SourceTurn">The turn in which it arrived.</param>
/// <param name="Source">How it arrived.</param>
/// <param name="FileName">The sanitized original file name, when known.</param>
/// <param name="MediaType">The asset type, when known.</param>
/// <param name="Tags">Tags, sorted ordinally.</param>
public sealed record LedgerEntry(
    string Id,
    string Url,
    string NormalizedKey,
    int SourceTurn,
    LedgerSource Source,
    string? FileName,
    string? MediaType,
    ImmutableArray<string> Tags)
{
    /// <inheritdoc />
    public bool Equals(LedgerEntry? other) =>
        other is not null
        && Id == other.Id && Url == other.Url && NormalizedKey == other.NormalizedKey && SourceTurn == other.SourceTurn
        && Source == other.Source && FileName == other.FileName && MediaType == other.MediaType && Tags.SequenceEqual(other.Tags);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, NormalizedKey);
}
