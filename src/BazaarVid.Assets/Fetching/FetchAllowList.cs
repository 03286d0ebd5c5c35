using System.Net;
using System.Net.Sockets;

namespace BazaarVid.Assets;

/// <summary>The parsed <see cref="SafeFetchOptions.AllowList"/>: exact host names and IP networks.</summary>
internal sealed class FetchAllowList
{
    private readonly HashSet<string> _hosts;
    private readonly IPNetwork[] _networks;

    public FetchAllowList(IEnumerable<string> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _hosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var networks = new List<IPNetwork>();
        foreach (var entry in entries)
        {
            if (!TryParseEntry(entry, out var host, out var network, out var error))
            {
                throw new ArgumentException($"The allow-list entry '{entry}' is invalid: {error}", nameof(entries));
            }

            if (host is not null)
            {
                _hosts.Add(host);
            }
            else
            {
                networks.Add(network);
            }
        }

        _networks = [.. networks];
    }

    public bool IsEmpty => _hosts.Count == 0 && _networks.Length == 0;

    /// <summary>True when <paramref name="host"/> (a URL host, brackets and a trailing dot ignored) is listed by name.</summary>
    public bool PermitsHost(string host) => _hosts.Count > 0 && _hosts.Contains(NormalizeHost(host));

    /// <summary>True when <paramref name="address"/> (IPv4-mapped IPv6 compared as IPv4) is inside a listed network.</summary>
    public bool PermitsAddress(IPAddress address)
    {
        if (_networks.Length == 0)
        {
            return false;
        }

        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        foreach (var network in _networks)
        {
            if (network.Contains(plain) || network.Contains(address))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Parses one entry: an IP address (a single-address network), a CIDR block, or a DNS host name.</summary>
    public static bool TryParseEntry(string? entry, out string? host, out IPNetwork network, out string error)
    {
        host = null;
        network = default;
        if (string.IsNullOrWhiteSpace(entry))
        {
            error = "it is empty";
            return false;
        }

        var text = entry.Trim();
        if (text.Contains('/', StringComparison.Ordinal))
        {
            // IPNetwork masks host bits silently; a set host bit is usually a typo for a single address, so refuse it.
            if (IPNetwork.TryParse(text, out network)
                && IPAddress.TryParse(text[..text.IndexOf('/', StringComparison.Ordinal)], out var written)
                && network.BaseAddress.Equals(written))
            {
                error = string.Empty;
                return true;
            }

            error = "it is not a CIDR block with a valid prefix length and no bits set after the prefix";
            return false;
        }

        var bare = NormalizeHost(text);
        if (IPAddress.TryParse(bare, out var address) && Uri.CheckHostName(bare) is UriHostNameType.IPv4 or UriHostNameType.IPv6)
        {
            var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
            network = plain.AddressFamily == AddressFamily.InterNetwork
                ? new IPNetwork(plain, 32)
                : new IPNetwork(new IPAddress(plain.GetAddressBytes()), 128);
            error = string.Empty;
            return true;
        }

        if (Uri.CheckHostName(bare) == UriHostNameType.Dns)
        {
            host = bare;
            error = string.Empty;
            return true;
        }

        error = "it is not a host name, an IP address or a CIDR block";
        return false;
    }

    private static string NormalizeHost(string host)
    {
        var bare = host.Length > 1 && host[0] == '[' && host[^1] == ']' ? host[1..^1] : host;
        return bare.TrimEnd('.').ToLowerInvariant();
    }
}
