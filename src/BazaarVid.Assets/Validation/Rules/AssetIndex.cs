using BazaarVid.Context;

namespace BazaarVid.Assets.Validation;

/// <summary>The asset URLs of one context keyed by their normalized form (<see cref="AssetUrl.Normalize"/>).</summary>
internal sealed class AssetIndex
{
    private readonly Dictionary<string, Asset> _byUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Asset> _exact = new(StringComparer.Ordinal);
    private readonly List<string> _hosts = [];

    public AssetIndex(AssetContext context)
    {
        var assets = context.Assets.IsDefault ? [] : context.Assets;
        foreach (var asset in assets)
        {
            if (asset?.Url is null)
            {
                continue;
            }

            _byUrl.TryAdd(AssetUrl.Normalize(asset.Url), asset);
            _exact.TryAdd(asset.Url, asset);
            var host = UrlText.HostOf(asset.Url.AsSpan().Trim()).ToString();
            if (host.Length > 0 && !_hosts.Contains(host, StringComparer.OrdinalIgnoreCase))
            {
                _hosts.Add(host);
            }
        }
    }

    public IEnumerable<Asset> All => _byUrl.Values;

    /// <summary>The asset whose URL is exactly <paramref name="url"/> (no allocation), or null.</summary>
    public Asset? FindExact(ReadOnlySpan<char> url) =>
        _exact.Count > 0 && _exact.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(url, out var asset) ? asset : null;

    /// <summary>The asset whose URL equals <paramref name="url"/> after normalization, or null.</summary>
    public Asset? Find(string url) => _byUrl.Count == 0 ? null : _exact.GetValueOrDefault(url) ?? _byUrl.GetValueOrDefault(AssetUrl.Normalize(url));

    /// <summary>
    /// True when <paramref name="url"/> is a proper prefix of an asset URL ending at a path boundary (a base such as
    /// <c>https://cdn.example.net/p1</c> that the code extends into asset URLs).
    /// </summary>
    public bool IsBaseOfAsset(string url)
    {
        var key = AssetUrl.Normalize(url).TrimEnd('/');
        if (key.Length == 0)
        {
            return false;
        }

        foreach (var assetUrl in _byUrl.Keys)
        {
            if (assetUrl.Length > key.Length && assetUrl.StartsWith(key, StringComparison.Ordinal) && assetUrl[key.Length] is '/' or '?')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when some asset is served from <paramref name="host"/>.</summary>
    public bool HasHost(ReadOnlySpan<char> host)
    {
        foreach (var known in _hosts)
        {
            if (host.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
