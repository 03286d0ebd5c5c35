using System.Net;

namespace BazaarVid.Assets.Tests.Fetching;

public sealed class FetchAllowListTests
{
    [Theory]
    [InlineData("127.0.0.1", "127.0.0.1", true)]
    [InlineData("127.0.0.1", "127.0.0.2", false)]
    [InlineData("127.0.0.1", "::ffff:127.0.0.1", true)]
    [InlineData("10.20.0.0/16", "10.20.255.1", true)]
    [InlineData("10.20.0.0/16", "10.21.0.1", false)]
    [InlineData("::1", "::1", true)]
    [InlineData("[::1]", "::1", true)]
    [InlineData("fd00::/8", "fd12::1", true)]
    [InlineData("fd00::/8", "fe80::1", false)]
    [InlineData("images.intranet", "10.0.0.1", false)]
    public void PermitsAddress_matches_listed_addresses_and_networks(string entry, string address, bool expected)
    {
        var allowList = new FetchAllowList([entry]);

        allowList.PermitsAddress(IPAddress.Parse(address)).Should().Be(expected);
    }

    [Theory]
    [InlineData("images.intranet", "images.intranet", true)]
    [InlineData("images.intranet", "IMAGES.Intranet.", true)]
    [InlineData("images.intranet", "evil.images.intranet", false)]
    [InlineData("images.intranet", "images.intranet.evil.com", false)]
    [InlineData("10.0.0.0/8", "images.intranet", false)]
    public void PermitsHost_matches_names_exactly_ignoring_case_and_a_trailing_dot(string entry, string host, bool expected)
    {
        var allowList = new FetchAllowList([entry]);

        allowList.PermitsHost(host).Should().Be(expected);
    }

    [Fact]
    public void An_empty_allow_list_permits_nothing()
    {
        var allowList = new FetchAllowList([]);

        allowList.IsEmpty.Should().BeTrue();
        allowList.PermitsHost("localhost").Should().BeFalse();
        allowList.PermitsAddress(IPAddress.Loopback).Should().BeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("10.0.0.1/8")]
    [InlineData("10.0.0.0/33")]
    [InlineData("not a host")]
    [InlineData("http://images.intranet/")]
    [InlineData("10.0.0.0/x")]
    [InlineData("a..b")]
    public void TryParseEntry_refuses_what_is_not_a_host_an_address_or_a_network(string entry)
    {
        FetchAllowList.TryParseEntry(entry, out _, out _, out var error).Should().BeFalse();
        error.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void Constructor_refuses_an_invalid_entry()
    {
        var act = () => new FetchAllowList(["ok.test", "bad entry"]);

        act.Should().Throw<ArgumentException>().WithMessage("*bad entry*");
    }
}
