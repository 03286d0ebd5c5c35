using System.Net;
using System.Net.Sockets;

namespace BazaarVid.Assets;

/// <summary>The kind of range an IP address belongs to; only <see cref="Public"/> may be fetched without the allow-list.</summary>
internal enum AddressRange
{
    Public,
    Unspecified,
    Loopback,
    Private,
    LinkLocal,
    SharedAddressSpace,
    Multicast,
    Broadcast,
    UniqueLocal,
    Documentation,
    Benchmarking,
    Reserved,
}

/// <summary>
/// Classifies IPv4 and IPv6 addresses for the SSRF rules. IPv6 forms that embed an IPv4 address (IPv4-mapped
/// <c>::ffff:0:0/96</c>, IPv4-compatible <c>::/96</c>, IPv4-translated <c>::ffff:0:0:0/96</c>, NAT64 <c>64:ff9b::/96</c>
/// and 6to4 <c>2002::/16</c>) are classified by the embedded address; the deprecated compatible and translated forms
/// are never public. An IPv6 address outside global unicast <c>2000::/3</c> is never public.
/// </summary>
internal static class IpAddressClassifier
{
    private static readonly (IPNetwork Network, AddressRange Range)[] V4Ranges =
    [
        (IPNetwork.Parse("255.255.255.255/32"), AddressRange.Broadcast),
        (IPNetwork.Parse("0.0.0.0/32"), AddressRange.Unspecified),
        (IPNetwork.Parse("0.0.0.0/8"), AddressRange.Reserved), // "this network"
        (IPNetwork.Parse("10.0.0.0/8"), AddressRange.Private),
        (IPNetwork.Parse("100.64.0.0/10"), AddressRange.SharedAddressSpace), // carrier-grade NAT
        (IPNetwork.Parse("127.0.0.0/8"), AddressRange.Loopback),
        (IPNetwork.Parse("169.254.0.0/16"), AddressRange.LinkLocal), // includes the cloud metadata address 169.254.169.254
        (IPNetwork.Parse("172.16.0.0/12"), AddressRange.Private),
        (IPNetwork.Parse("192.0.0.0/24"), AddressRange.Reserved), // IETF protocol assignments
        (IPNetwork.Parse("192.0.2.0/24"), AddressRange.Documentation),
        (IPNetwork.Parse("192.88.99.0/24"), AddressRange.Reserved), // deprecated 6to4 relay anycast
        (IPNetwork.Parse("192.168.0.0/16"), AddressRange.Private),
        (IPNetwork.Parse("198.18.0.0/15"), AddressRange.Benchmarking),
        (IPNetwork.Parse("198.51.100.0/24"), AddressRange.Documentation),
        (IPNetwork.Parse("203.0.113.0/24"), AddressRange.Documentation),
        (IPNetwork.Parse("224.0.0.0/4"), AddressRange.Multicast),
        (IPNetwork.Parse("240.0.0.0/4"), AddressRange.Reserved),
    ];

    private static readonly (IPNetwork Network, AddressRange Range)[] V6Ranges =
    [
        (IPNetwork.Parse("64:ff9b:1::/48"), AddressRange.Private), // local-use NAT64
        (IPNetwork.Parse("100::/64"), AddressRange.Reserved), // discard-only
        (IPNetwork.Parse("2001::/32"), AddressRange.Reserved), // Teredo: embeds obfuscated addresses
        (IPNetwork.Parse("2001::/23"), AddressRange.Reserved), // IETF protocol assignments
        (IPNetwork.Parse("2001:db8::/32"), AddressRange.Documentation),
        (IPNetwork.Parse("3fff::/20"), AddressRange.Documentation),
        (IPNetwork.Parse("fc00::/7"), AddressRange.UniqueLocal),
        (IPNetwork.Parse("fe80::/10"), AddressRange.LinkLocal),
        (IPNetwork.Parse("fec0::/10"), AddressRange.Private), // deprecated site-local
        (IPNetwork.Parse("ff00::/8"), AddressRange.Multicast),
    ];

    private static readonly IPNetwork GlobalUnicast = IPNetwork.Parse("2000::/3");
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");
    private static readonly IPNetwork Translated = IPNetwork.Parse("::ffff:0:0:0/96");
    private static readonly IPNetwork Compatible = IPNetwork.Parse("::/96");

    /// <summary>The range <paramref name="address"/> belongs to.</summary>
    public static AddressRange Classify(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => Lookup(V4Ranges, address),
            AddressFamily.InterNetworkV6 => ClassifyV6(address),
            _ => AddressRange.Reserved,
        };
    }

    /// <summary>True when <paramref name="address"/> is a public unicast address.</summary>
    public static bool IsPublic(IPAddress address) => Classify(address) == AddressRange.Public;

    /// <summary>A phrase for messages: "a loopback address", "a private address", ….</summary>
    public static string Describe(AddressRange range) => range switch
    {
        AddressRange.Public => "a public address",
        AddressRange.Unspecified => "the unspecified address",
        AddressRange.Loopback => "a loopback address",
        AddressRange.Private => "a private address",
        AddressRange.LinkLocal => "a link-local address",
        AddressRange.SharedAddressSpace => "a shared (carrier-grade NAT) address",
        AddressRange.Multicast => "a multicast address",
        AddressRange.Broadcast => "the broadcast address",
        AddressRange.UniqueLocal => "a unique-local address",
        AddressRange.Documentation => "a documentation address",
        AddressRange.Benchmarking => "a benchmarking address",
        _ => "a reserved address",
    };

    private static AddressRange ClassifyV6(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return Classify(address.MapToIPv4());
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        if (address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any))
        {
            return AddressRange.Unspecified;
        }

        if (address.Equals(IPAddress.IPv6Loopback))
        {
            return AddressRange.Loopback;
        }

        if (Compatible.Contains(address) || Translated.Contains(address))
        {
            return NeverPublic(Classify(new IPAddress(bytes[12..])));
        }

        if (Nat64.Contains(address))
        {
            return Classify(new IPAddress(bytes[12..]));
        }

        if (SixToFour.Contains(address))
        {
            return Classify(new IPAddress(bytes[2..6]));
        }

        var range = Lookup(V6Ranges, address);
        if (range == AddressRange.Public && !GlobalUnicast.Contains(address))
        {
            return AddressRange.Reserved;
        }

        return range;
    }

    private static AddressRange NeverPublic(AddressRange range) => range == AddressRange.Public ? AddressRange.Reserved : range;

    private static AddressRange Lookup((IPNetwork Network, AddressRange Range)[] table, IPAddress address)
    {
        foreach (var (network, range) in table)
        {
            if (network.Contains(address))
            {
                return range;
            }
        }

        return AddressRange.Public;
    }
}
