using System.Net;

namespace BazaarVid.Assets.Tests.Fetching;

public sealed class IpAddressClassifierTests
{
    [Theory]
    // IPv4 public
    [InlineData("8.8.8.8", nameof(AddressRange.Public))]
    [InlineData("93.184.216.34", nameof(AddressRange.Public))]
    [InlineData("1.1.1.1", nameof(AddressRange.Public))]
    [InlineData("9.255.255.255", nameof(AddressRange.Public))]
    [InlineData("11.0.0.0", nameof(AddressRange.Public))]
    [InlineData("100.63.255.255", nameof(AddressRange.Public))]
    [InlineData("100.128.0.0", nameof(AddressRange.Public))]
    [InlineData("126.255.255.255", nameof(AddressRange.Public))]
    [InlineData("128.0.0.0", nameof(AddressRange.Public))]
    [InlineData("169.253.255.255", nameof(AddressRange.Public))]
    [InlineData("169.255.0.0", nameof(AddressRange.Public))]
    [InlineData("172.15.255.255", nameof(AddressRange.Public))]
    [InlineData("172.32.0.0", nameof(AddressRange.Public))]
    [InlineData("192.167.255.255", nameof(AddressRange.Public))]
    [InlineData("192.169.0.0", nameof(AddressRange.Public))]
    [InlineData("223.255.255.255", nameof(AddressRange.Public))]
    // IPv4 forbidden
    [InlineData("0.0.0.0", nameof(AddressRange.Unspecified))]
    [InlineData("0.1.2.3", nameof(AddressRange.Reserved))]
    [InlineData("10.0.0.0", nameof(AddressRange.Private))]
    [InlineData("10.0.0.1", nameof(AddressRange.Private))]
    [InlineData("10.255.255.255", nameof(AddressRange.Private))]
    [InlineData("100.64.0.0", nameof(AddressRange.SharedAddressSpace))]
    [InlineData("100.127.255.255", nameof(AddressRange.SharedAddressSpace))]
    [InlineData("127.0.0.1", nameof(AddressRange.Loopback))]
    [InlineData("127.255.255.254", nameof(AddressRange.Loopback))]
    [InlineData("169.254.0.1", nameof(AddressRange.LinkLocal))]
    [InlineData("169.254.169.254", nameof(AddressRange.LinkLocal))]
    [InlineData("172.16.0.1", nameof(AddressRange.Private))]
    [InlineData("172.31.255.255", nameof(AddressRange.Private))]
    [InlineData("192.0.0.170", nameof(AddressRange.Reserved))]
    [InlineData("192.0.2.1", nameof(AddressRange.Documentation))]
    [InlineData("192.88.99.1", nameof(AddressRange.Reserved))]
    [InlineData("192.168.0.1", nameof(AddressRange.Private))]
    [InlineData("192.168.255.255", nameof(AddressRange.Private))]
    [InlineData("198.18.0.1", nameof(AddressRange.Benchmarking))]
    [InlineData("198.19.255.255", nameof(AddressRange.Benchmarking))]
    [InlineData("198.51.100.7", nameof(AddressRange.Documentation))]
    [InlineData("203.0.113.9", nameof(AddressRange.Documentation))]
    [InlineData("224.0.0.1", nameof(AddressRange.Multicast))]
    [InlineData("239.255.255.250", nameof(AddressRange.Multicast))]
    [InlineData("240.0.0.1", nameof(AddressRange.Reserved))]
    [InlineData("255.255.255.254", nameof(AddressRange.Reserved))]
    [InlineData("255.255.255.255", nameof(AddressRange.Broadcast))]
    // IPv6 public
    [InlineData("2001:4860:4860::8888", nameof(AddressRange.Public))]
    [InlineData("2606:4700:4700::1111", nameof(AddressRange.Public))]
    [InlineData("2a00:1450:4001:82a::200e", nameof(AddressRange.Public))]
    [InlineData("::ffff:8.8.8.8", nameof(AddressRange.Public))]
    [InlineData("64:ff9b::808:808", nameof(AddressRange.Public))]
    [InlineData("2002:808:808::1", nameof(AddressRange.Public))]
    // IPv6 forbidden
    [InlineData("::", nameof(AddressRange.Unspecified))]
    [InlineData("::1", nameof(AddressRange.Loopback))]
    [InlineData("::ffff:127.0.0.1", nameof(AddressRange.Loopback))]
    [InlineData("::ffff:7f00:1", nameof(AddressRange.Loopback))]
    [InlineData("::ffff:10.0.0.1", nameof(AddressRange.Private))]
    [InlineData("::ffff:169.254.169.254", nameof(AddressRange.LinkLocal))]
    [InlineData("::ffff:0.0.0.0", nameof(AddressRange.Unspecified))]
    [InlineData("::127.0.0.1", nameof(AddressRange.Loopback))]
    [InlineData("::8.8.8.8", nameof(AddressRange.Reserved))]
    [InlineData("::ffff:0:127.0.0.1", nameof(AddressRange.Loopback))]
    [InlineData("::ffff:0:8.8.8.8", nameof(AddressRange.Reserved))]
    [InlineData("64:ff9b::127.0.0.1", nameof(AddressRange.Loopback))]
    [InlineData("64:ff9b::a9fe:a9fe", nameof(AddressRange.LinkLocal))]
    [InlineData("64:ff9b:1::1", nameof(AddressRange.Private))]
    [InlineData("2002:7f00:1::", nameof(AddressRange.Loopback))]
    [InlineData("2002:a00:1::", nameof(AddressRange.Private))]
    [InlineData("100::1", nameof(AddressRange.Reserved))]
    [InlineData("2001::1", nameof(AddressRange.Reserved))]
    [InlineData("2001:2::1", nameof(AddressRange.Reserved))]
    [InlineData("2001:db8::1", nameof(AddressRange.Documentation))]
    [InlineData("3fff::1", nameof(AddressRange.Documentation))]
    [InlineData("fc00::1", nameof(AddressRange.UniqueLocal))]
    [InlineData("fd00:ec2::254", nameof(AddressRange.UniqueLocal))]
    [InlineData("fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", nameof(AddressRange.UniqueLocal))]
    [InlineData("fe80::1", nameof(AddressRange.LinkLocal))]
    [InlineData("fe80::1%2", nameof(AddressRange.LinkLocal))]
    [InlineData("febf::1", nameof(AddressRange.LinkLocal))]
    [InlineData("fec0::1", nameof(AddressRange.Private))]
    [InlineData("ff02::1", nameof(AddressRange.Multicast))]
    [InlineData("ff05::1:3", nameof(AddressRange.Multicast))]
    [InlineData("4000::1", nameof(AddressRange.Reserved))]
    [InlineData("1234::1", nameof(AddressRange.Reserved))]
    [InlineData("5f00::1", nameof(AddressRange.Reserved))]
    public void Classify_puts_each_address_in_its_range(string address, string expected)
    {
        IpAddressClassifier.Classify(IPAddress.Parse(address)).Should().Be(Enum.Parse<AddressRange>(expected));
    }

    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("2001:4860:4860::8888", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    public void IsPublic_is_true_only_for_public_unicast(string address, bool expected)
    {
        IpAddressClassifier.IsPublic(IPAddress.Parse(address)).Should().Be(expected);
    }

    [Fact]
    public void Describe_has_a_phrase_for_every_range()
    {
        foreach (var range in Enum.GetValues<AddressRange>())
        {
            IpAddressClassifier.Describe(range).Should().StartWith(range is AddressRange.Unspecified or AddressRange.Broadcast ? "the " : "a");
        }
    }

    [Fact]
    public void Classify_checks_its_argument()
    {
        var act = () => IpAddressClassifier.Classify(null!);

        act.Should().Throw<ArgumentNullException>();
    }
}
