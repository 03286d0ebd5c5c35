using System.Collections.Immutable;

namespace BazaarVid.Context;

/// <summary>
/// The pinned, append-only list of every asset URL a conversation has seen. Immutable: adding returns a
/// new ledger. URLs are de-duplicated by <see cref="AssetUrl.Normalize"/>; the first spelling is kept.
/// </summary>
public sealed record AssetLedger
{
    /// <summary>The empty ledger.</summary>
    public static AssetLedger Empty { get; } = new(ImmutableArray<LedgerEntry>.Empty);

    /// <summary>Creates a ledger from its entries (in id order).</summary>
    public AssetLedger(ImmutableArray<LedgerEntry> entries)
    {
        Entries = entries.IsDefault ? ImmutableArray<LedgerEntry>.Empty : entries;
    }

    /// <summary>Every entry, in arrival order.</summary>
    public ImmutableArray<LedgerEntry> Entries { get; }

    /// <summary>The entry whose URL normalizes to the same key as <paramref name="url"/>, or null.</summary>
    public LedgerEntry? FindByUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var key = AssetUrl.Normalize(url);
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.NormalizedKey, key, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>The entry with the given id (A1, A2, …), or null.</summary>
    public LedgerEntry? FindById(string id)
    {
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Id, id, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Returns a ledger that contains <paramref name="reference"/> (see the other overload).</summary>
    public AssetLedger Add(AssetReference reference, int turn) => Add(reference, turn, out _);

    /// <summary>
    /// Returns a ledger that contains <paramref name="reference"/>. An already known URL keeps its entry
    /// (its tags and missing file name or type are merged in); a new one gets the next id.
    /// </summary>
    public AssetLedger Add(AssetReference reference, int turn, out LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentOutOfRangeException.ThrowIfNegative(turn);
        var url = AssetUrl.Validate(reference.Url, nameof(reference));
        var key = AssetUrl.Normalize(url);
        var tags = reference.Tags.IsDefault ? ImmutableArray<string>.Empty : reference.Tags;

        for (var i = 0; i < Entries.Length; i++)
        {
            var existing = Entries[i];
            if (!string.Equals(existing.NormalizedKey, key, StringComparison.Ordinal))
            {
                continue;
            }

            var mergedTags = MergeTags(existing.Tags, tags);
            var unchanged = (existing.FileName is not null || reference.FileName is null)
                && (existing.MediaType is not null || reference.MediaType is null)
                && mergedTags.SequenceEqual(existing.Tags);
            if (unchanged)
            {
                entry = existing;
                return this;
            }

            entry = existing with
            {
                FileName = existing.FileName ?? reference.FileName,
                MediaType = existing.MediaType ?? reference.MediaType,
                Tags = mergedTags,
            };
            return new AssetLedger(Entries.SetItem(i, entry));
        }

        entry = new LedgerEntry(
            "A" + (Entries.Length + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            url,
            key,
            turn,
            reference.Source,
            reference.FileName,
            reference.MediaType,
            MergeTags(ImmutableArray<string>.Empty, tags));
        return new AssetLedger(Entries.Add(entry));
    }

    /// <inheritdoc />
    public bool Equals(AssetLedger? other) =>
        other is not null && Entries.SequenceEqual(other.Entries);

    /// <inheritdoc />
    public override int GetHashCode() => Entries.Length;

    private static ImmutableArray<string> MergeTags(ImmutableArray<string> existing, ImmutableArray<string> added)
    {
        if (added.IsEmpty)
        {
            return existing;
        }

        var set = new SortedSet<string>(existing, StringComparer.Ordinal);
        foreach (var tag in added)
        {
            if (!string.IsNullOrWhiteSpace(tag))
            {
                set.Add(tag.Trim().ToLowerInvariant());
            }
        }

        return [.. set];
    }
}
