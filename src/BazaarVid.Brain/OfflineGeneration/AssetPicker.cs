using System.Collections.Immutable;
using BazaarVid.Context;

namespace BazaarVid.Brain;

/// <summary>
/// Chooses the asset URLs a scene uses. "this logo" / "this screenshot" mean the newest upload of THIS message;
/// otherwise the newest matching asset of the ledger (by image facts, type, tags and file name). Returned URLs are
/// always exact: the ledger's spelling, or the attached URL verbatim when the ledger does not have it yet.
/// </summary>
internal sealed class AssetPicker
{
    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif", ".bmp"];
    private static readonly string[] NonImageTypes = ["video", "audio", "font", "other"];

    private readonly List<Candidate> _attached;
    private readonly List<Candidate> _ledger;

    public AssetPicker(SceneGenerationRequest request)
    {
        var facts = (request.ImageFacts.IsDefault ? [] : request.ImageFacts)
            .GroupBy(f => AssetUrl.Normalize(f.AssetUrl), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(f => f.ObservedAt)!, StringComparer.Ordinal);
        _ledger = request.Ledger.Entries
            .Select((entry, index) => new Candidate(entry.Url, entry, facts.GetValueOrDefault(entry.NormalizedKey), entry.SourceTurn, index))
            .Where(c => c.IsVisual)
            .OrderByDescending(c => c.Turn).ThenByDescending(c => c.Index)
            .ToList();
        var attached = request.AttachedAssetUrls.IsDefault ? [] : request.AttachedAssetUrls;
        _attached = attached
            .Where(url => !string.IsNullOrWhiteSpace(url))
            .Select((url, index) =>
            {
                var entry = request.Ledger.FindByUrl(url);
                return new Candidate(entry?.Url ?? url, entry, facts.GetValueOrDefault(AssetUrl.Normalize(url)), int.MaxValue, index);
            })
            .Where(c => c.IsVisual)
            .Reverse()
            .ToList();
    }

    /// <summary>True when this message carries at least one image.</summary>
    public bool HasAttachments => _attached.Count > 0;

    /// <summary>True when the newest attachment of this message looks like a logo.</summary>
    public bool NewestAttachmentIsLogo => _attached.Count > 0 && _attached[0].LooksLikeLogo;

    /// <summary>
    /// The logo to use: a logo-like attachment of this message; else, when the person points at "this logo", the
    /// newest attachment; else the newest logo of the ledger (only when <paramref name="fromLedger"/>).
    /// </summary>
    public string? Logo(bool pointedAt, bool imageAlsoWanted, bool fromLedger)
    {
        var attachedLogo = _attached.Find(c => c.LooksLikeLogo);
        if (attachedLogo is not null)
        {
            return attachedLogo.Url;
        }

        if (pointedAt && _attached.Count > 0 && !imageAlsoWanted)
        {
            return _attached[0].Url;
        }

        return fromLedger ? _ledger.Find(c => c.LooksLikeLogo)?.Url : null;
    }

    /// <summary>
    /// The picture to use (not <paramref name="except"/>): the newest non-logo attachment of this message (of the
    /// named kind when there is one); else the newest matching asset of the ledger (only when <paramref name="fromLedger"/>).
    /// </summary>
    public string? Image(string? word, string? except, bool fromLedger)
    {
        var attached = _attached.Where(c => c.Url != except && !c.LooksLikeLogo).ToList();
        var pick = attached.Find(c => c.Matches(word)) ?? attached.FirstOrDefault();
        if (pick is null && word is not null && string.IsNullOrEmpty(except))
        {
            pick = _attached.FirstOrDefault(c => c.Url != except);
        }

        if (pick is not null)
        {
            return pick.Url;
        }

        if (!fromLedger)
        {
            return null;
        }

        var ledger = _ledger.Where(c => c.Url != except && !c.LooksLikeLogo).ToList();
        return (ledger.Find(c => c.Matches(word)) ?? (word is "image" or null ? ledger.FirstOrDefault() : null))?.Url;
    }

    private sealed record Candidate(string Url, LedgerEntry? Entry, ImageFact? Fact, int Turn, int Index)
    {
        public bool IsVisual
        {
            get
            {
                if (Entry?.MediaType is { } type && NonImageTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
                {
                    return false;
                }

                if (Entry?.MediaType is not null || Fact is not null)
                {
                    return true;
                }

                var path = Path(Entry?.FileName ?? Url);
                return ImageExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
            }
        }

        public bool LooksLikeLogo =>
            string.Equals(Fact?.Kind, "logo", StringComparison.OrdinalIgnoreCase)
            || string.Equals(Entry?.MediaType, "logo", StringComparison.OrdinalIgnoreCase)
            || Has(Entry?.Tags, "logo") || Has(Fact?.Tags, "logo")
            || Path(Entry?.FileName ?? string.Empty).Contains("logo", StringComparison.OrdinalIgnoreCase)
            || Path(Url).Contains("logo", StringComparison.OrdinalIgnoreCase);

        public bool Matches(string? word) => word switch
        {
            "screenshot" => Fact?.Kind is "screenshot" or "ui" || Has(Entry?.Tags, "screenshot") || Has(Entry?.Tags, "ui")
                || Has(Fact?.Tags, "screenshot") || Has(Fact?.Tags, "ui") || Named("screenshot") || Named("screen"),
            "photo" => Fact?.Kind is "photo" || Has(Entry?.Tags, "photo") || Has(Fact?.Tags, "photo") || Named("photo"),
            _ => !LooksLikeLogo,
        };

        private bool Named(string part) =>
            Path(Entry?.FileName ?? string.Empty).Contains(part, StringComparison.OrdinalIgnoreCase)
            || Path(Url).Contains(part, StringComparison.OrdinalIgnoreCase);

        private static bool Has(ImmutableArray<string>? tags, string tag) =>
            tags is { IsDefault: false } list && list.Any(t => string.Equals(t, tag, StringComparison.OrdinalIgnoreCase));

        /// <summary>The path of a URL or file name without query and fragment (signed URLs carry words in their query).</summary>
        private static string Path(string value)
        {
            var end = value.IndexOfAny(['?', '#']);
            return end < 0 ? value : value[..end];
        }
    }
}
