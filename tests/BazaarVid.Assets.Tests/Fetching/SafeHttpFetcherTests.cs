using System.Net;
using System.Net.Sockets;
using BazaarVid.Context;
using Microsoft.Extensions.Options;

namespace BazaarVid.Assets.Tests.Fetching;

public sealed class SafeHttpFetcherTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

    private static SafeFetchOptions AllowLoopback(Action<SafeFetchOptions>? configure = null)
    {
        var options = new SafeFetchOptions();
        options.AllowList.Add("127.0.0.1");
        configure?.Invoke(options);
        return options;
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com/logo.png")]
    [InlineData("gopher://example.com:70/_stats")]
    [InlineData("data:image/png;base64,iVBORw0KGgo=")]
    [InlineData("ws://example.com/socket")]
    [InlineData("javascript:alert(1)")]
    [InlineData("mailto:someone@example.com")]
    public async Task FetchAsync_refuses_every_scheme_but_http_and_https(string url)
    {
        var network = new TestNetwork();
        using var fetcher = network.CreateFetcher(AllowLoopback());

        var act = () => fetcher.FetchAsync(new Uri(url));

        (await act.Should().ThrowAsync<UnsafeUrlException>()).Which.Code.Should().Be("unsafe-url");
        network.Resolutions.Should().BeEmpty();
        network.ConnectAttempts.Should().BeEmpty();
    }

    [Fact]
    public async Task FetchAsync_refuses_a_relative_url()
    {
        using var fetcher = new TestNetwork().CreateFetcher();

        var act = () => fetcher.FetchAsync(new Uri("/logo.png", UriKind.Relative));

        await act.Should().ThrowAsync<UnsafeUrlException>();
    }

    [Fact]
    public async Task FetchAsync_refuses_the_loopback_server_without_the_allow_list_before_any_connection()
    {
        await using var server = new LoopbackHttpServer(_ => Replies.Ok(Png));
        using var fetcher = new SafeHttpFetcher(Options.Create(new SafeFetchOptions()));

        var act = () => fetcher.FetchAsync(server.Url("/logo.png"));

        (await act.Should().ThrowAsync<UnsafeUrlException>()).Which.Reason.Should().Contain("loopback");
        server.ConnectionCount.Should().Be(0);
    }

    [Fact]
    public async Task FetchAsync_refuses_localhost_resolved_by_real_dns_before_any_connection()
    {
        await using var server = new LoopbackHttpServer(_ => Replies.Ok(Png));
        using var fetcher = new SafeHttpFetcher(Options.Create(new SafeFetchOptions()));

        var act = () => fetcher.FetchAsync(new Uri($"http://localhost:{server.Port}/logo.png"));

        await act.Should().ThrowAsync<UnsafeUrlException>();
        server.ConnectionCount.Should().Be(0);
    }

    [Theory]
    [InlineData("http://127.0.0.1/")]
    [InlineData("http://127.0.0.53:8080/x.png")]
    [InlineData("http://[::1]/")]
    [InlineData("http://169.254.169.254/latest/meta-data/iam/security-credentials/")]
    [InlineData("http://10.0.0.1/")]
    [InlineData("http://172.16.0.1/")]
    [InlineData("http://192.168.1.1/")]
    [InlineData("http://100.64.0.1/")]
    [InlineData("http://0.0.0.0/")]
    [InlineData("http://[::]/")]
    [InlineData("http://[::ffff:127.0.0.1]/")]
    [InlineData("http://[::ffff:169.254.169.254]/")]
    [InlineData("http://[::ffff:7f00:1]/")]
    [InlineData("http://[::127.0.0.1]/")]
    [InlineData("http://[64:ff9b::a9fe:a9fe]/")]
    [InlineData("http://[2002:7f00:1::1]/")]
    [InlineData("http://[fe80::1]/")]
    [InlineData("http://[fd00:ec2::254]/")]
    [InlineData("http://[ff02::1]/")]
    [InlineData("http://224.0.0.1/")]
    [InlineData("http://255.255.255.255/")]
    [InlineData("http://240.0.0.1/")]
    [InlineData("http://2130706433/")]
    [InlineData("http://0x7f000001/")]
    [InlineData("http://0x7f.0.0.1/")]
    [InlineData("http://017700000001/")]
    [InlineData("http://0177.0.0.1/")]
    [InlineData("http://127.1/")]
    [InlineData("http://2852039166/")]
    [InlineData("https://10.0.0.1:8443/image.png")]
    public async Task FetchAsync_refuses_a_forbidden_literal_address_before_resolving_or_connecting(string url)
    {
        var network = new TestNetwork();
        using var fetcher = network.CreateFetcher();

        var act = () => fetcher.FetchAsync(new Uri(url));

        (await act.Should().ThrowAsync<UnsafeUrlException>()).Which.Code.Should().Be("unsafe-url");
        network.Resolutions.Should().BeEmpty();
        network.ConnectAttempts.Should().BeEmpty();
    }

    [Theory]
    [InlineData("metadata.test", new[] { "169.254.169.254" })]
    [InlineData("internal.test", new[] { "10.1.2.3" })]
    [InlineData("mapped.test", new[] { "::ffff:127.0.0.1" })]
    [InlineData("v6.test", new[] { "fd12:3456::1" })]
    [InlineData("mixed.test", new[] { "93.184.216.34", "192.168.0.10" })]
    public async Task FetchAsync_refuses_a_name_that_resolves_to_a_forbidden_address_without_connecting(string host, string[] addresses)
    {
        var network = new TestNetwork().Map(host, addresses);
        using var fetcher = network.CreateFetcher();

        var act = () => fetcher.FetchAsync(new Uri($"http://{host}/logo.png"));

        await act.Should().ThrowAsync<UnsafeUrlException>();
        network.Resolutions.Should().Contain(host);
        network.ConnectAttempts.Should().BeEmpty();
    }

    [Fact]
    public async Task FetchAsync_connects_to_exactly_the_address_it_checked()
    {
        var network = new TestNetwork().Map("images.test", "93.184.216.34");
        using var fetcher = network.CreateFetcher();

        var act = () => fetcher.FetchAsync(new Uri("https://images.test:8443/logo.png"));

        // The test network refuses the (public) connection, so nothing leaves the machine.
        (await act.Should().ThrowAsync<FetchFailedException>()).Which.Code.Should().Be(FetchFailedException.Unreachable);
        network.ConnectAttempts.Should().Equal(new IPEndPoint(IPAddress.Parse("93.184.216.34"), 8443));
    }

    [Fact]
    public async Task FetchAsync_checks_every_resolution_so_a_rebinding_name_cannot_reach_an_internal_address()
    {
        var answers = new Queue<string>(["93.184.216.34", "127.0.0.1"]);
        var network = new TestNetwork().Map("rebind.test", () => [IPAddress.Parse(answers.Dequeue())]);
        using var fetcher = network.CreateFetcher();

        var first = () => fetcher.FetchAsync(new Uri("http://rebind.test/a.png"));
        var second = () => fetcher.FetchAsync(new Uri("http://rebind.test/b.png"));

        await first.Should().ThrowAsync<FetchFailedException>();
        await second.Should().ThrowAsync<UnsafeUrlException>();
        network.ConnectAttempts.Select(e => e.Address).Should().Equal(IPAddress.Parse("93.184.216.34"));
    }

    [Fact]
    public async Task FetchAsync_reports_an_unresolvable_name_as_unreachable()
    {
        var network = new TestNetwork();
        using var fetcher = network.CreateFetcher();

        var act = () => fetcher.FetchAsync(new Uri("http://nowhere.test/logo.png"));

        (await act.Should().ThrowAsync<FetchFailedException>()).Which.Code.Should().Be(FetchFailedException.Unreachable);
    }

    [Fact]
    public async Task FetchAsync_reports_a_name_without_addresses_as_unreachable()
    {
        var network = new TestNetwork().Map("empty.test");
        using var fetcher = network.CreateFetcher();

        var act = () => fetcher.FetchAsync(new Uri("http://empty.test/logo.png"));

        (await act.Should().ThrowAsync<FetchFailedException>()).Which.Code.Should().Be(FetchFailedException.Unreachable);
        network.ConnectAttempts.Should().BeEmpty();
    }

    [Theory]
    [InlineData("127.0.0.1", "127.0.0.1")]
    [InlineData("127.0.0.0/8", "127.0.0.1")]
    [InlineData("::ffff:127.0.0.1", "127.0.0.1")]
    [InlineData("localhost", "localhost")]
    [InlineData("LOCALHOST.", "localhost")]
    public async Task FetchAsync_fetches_the_local_server_when_the_allow_list_permits_it(string entry, string host)
    {
        await using var server = new LoopbackHttpServer(_ => Replies.Ok(Png, "image/png"));
        var options = new SafeFetchOptions();
        options.AllowList.Add(entry);
        using var fetcher = new SafeHttpFetcher(Options.Create(options));
        var url = new Uri($"http://{host}:{server.Port}/logo.png");

        var fetched = await fetcher.FetchAsync(url);

        fetched.Content.ToArray().Should().Equal(Png);
        fetched.MediaType.Should().Be("image/png");
        fetched.Url.Should().Be(url);
        fetched.Redirects.Should().Be(0);
        server.Paths.Should().Equal("/logo.png");
    }

    [Fact]
    public async Task FetchAsync_refuses_a_redirect_from_the_allowed_server_to_the_metadata_address()
    {
        await using var server = new LoopbackHttpServer(_ => Replies.Redirect("http://169.254.169.254/latest/meta-data/"));
        var network = new TestNetwork();
        using var fetcher = network.CreateFetcher(AllowLoopback());

        var act = () => fetcher.FetchAsync(server.Url("/logo.png"));

        (await act.Should().ThrowAsync<UnsafeUrlException>()).Which.Reason.Should().Contain("link-local");
        network.ConnectAttempts.Select(e => e.Address).Should().Equal(IPAddress.Loopback);
        server.ConnectionCount.Should().Be(1);
    }

    [Fact]
    public async Task FetchAsync_refuses_a_redirect_to_a_name_that_resolves_to_a_private_address()
    {
        await using var server = new LoopbackHttpServer(_ => Replies.Redirect("http://intranet.test/secret.png", 307));
        var network = new TestNetwork().Map("intranet.test", "10.20.30.40");
        using var fetcher = network.CreateFetcher(AllowLoopback());

        var act = () => fetcher.FetchAsync(server.Url("/logo.png"));

        await act.Should().ThrowAsync<UnsafeUrlException>();
        network.ConnectAttempts.Select(e => e.Address).Should().Equal(IPAddress.Loopback);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://127.0.0.1/logo.png")]
    [InlineData("gopher://127.0.0.1:6379/_INFO")]
    public async Task FetchAsync_refuses_a_redirect_to_another_scheme(string location)
    {
        await using var server = new LoopbackHttpServer(_ => Replies.Redirect(location, 301));
        using var fetcher = new TestNetwork().CreateFetcher(AllowLoopback());

        var act = () => fetcher.FetchAsync(server.Url("/logo.png"));

        await act.Should().ThrowAsync<UnsafeUrlException>();
        server.ConnectionCount.Should().Be(1);
    }

    [Fact]
    public async Task FetchAsync_follows_three_redirects_relative_and_absolute()
    {
        LoopbackHttpServer? server = null;
        server = new LoopbackHttpServer(path => path switch
        {
            "/r1" => Replies.Redirect("/r2", 301),
            "/r2" => Replies.Redirect(server!.Url("/r3").ToString(), 303),
            "/r3" => Replies.Redirect("final.png", 308),
            "/final.png" => Replies.Ok(Png),
            _ => Replies.Status(404),
        });
        await using var _ = server;
        using var fetcher = new TestNetwork().CreateFetcher(AllowLoopback());

        var fetched = await fetcher.FetchAsync(server.Url("/r1"));

        fetched.Redirects.Should().Be(3);
        fetched.Url.Should().Be(server.Url("/final.png"));
        fetched.Content.ToArray().Should().Equal(Png);
        server.Paths.Should().Equal("/r1", "/r2", "/r3", "/final.png");
    }

    [Fact]
    public async Task FetchAsync_refuses_the_fourth_redirect()
    {
        await using var server = new LoopbackHttpServer(path => path switch
        {
            "/r1" => Replies.Redirect("/r2"),
            "/r2" => Replies.Redirect("/r3"),
            "/r3" => Replies.Redirect("/r4"),
            "/r4" => Replies.Redirect("/final.png"),
            _ => Replies.Ok(Png),
        });
        using var fetcher = new TestNetwork().CreateFetcher(AllowLoopback());

        var act = () => fetcher.FetchAsync(server.Url("/r1"));

        (await act.Should().ThrowAsync<FetchFailedException>()).Which.Code.Should().Be("too-many-redirects");
        server.Paths.Should().Equal("/r1", "/r2", "/r3", "/r4");
    }

    [Fact]
    public async Task FetchAsync_refuses_any_redirect_when_none_are_allowed()
    {
        await using var server = new LoopbackHttpServer(path => path == "/r1" ? Replies.Redirect("/final.png") : Replies.Ok(Png));
        using var fetcher = new TestNetwork().CreateFetcher(AllowLoopback(o => o.MaxRedirects = 0));

        var act = () => fetcher.FetchAsync(server.Url("/r1"));

        (await act.Should().ThrowAsync<FetchFailedException>()).Which.Code.Should().Be(FetchFailedException.TooManyRedirects);
    }

    [Fact]
    public async Task FetchAsync_reports_a_redirect_without_location_as_an_http_status_failure()
    {
        await using var server = new LoopbackHttpServer(_ => Replies.Status(302));
        using var fetcher = new TestNetwork().CreateFetcher(AllowLoopback());

        var act = () => fetcher.FetchAsync(server.Url("/r1"));

        (await act.Should().ThrowAsync<FetchFailedException>()).Which.Code.Should().Be(FetchFailedException.HttpStatus);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(500)]
    [InlineData(304)]
    public async Task FetchAsync_reports_an_error_status(int status)
    {
        await using var server = new LoopbackHttpServer(_ => Replies.Status(status));
        using var fetcher = new TestNetwork().CreateFetcher(AllowLoopback());

        var act = () => fetcher.FetchAsync(server.Url("/missing.png"));

        (await act.Should().ThrowAsync<FetchFailedException>()).Which.Reason.Should().Contain(status.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task FetchAsync_cuts_an_oversized_body_with_too_large(bool sendLength)
    {
        await using var server = new LoopbackHttpServer(_ => Replies.Ok(new byte[300_000], sendLength: sendLength));
        using var fetcher = new TestNetwork().CreateFetcher(AllowLoopback(o => o.MaxBytes = 100_000));

        var act = () => fetcher.FetchAsync(server.Url("/huge.png"));

        (await act.Should().ThrowAsync<FetchFailedException>()).Which.Code.Should().Be("too-large");
    }

    [Fact]
    public async Task FetchAsync_accepts_a_body_of_exactly_the_limit_without_a_length()
    {
        await using var server = new LoopbackHttpServer(_ => Replies.Ok(new byte[100_000], sendLength: false));
        using var fetcher = new TestNetwork().CreateFetcher(AllowLoopback(o => o.MaxBytes = 100_000));

        var fetched = await fetcher.FetchAsync(server.Url("/exact.png"));

        fetched.Content.Length.Should().Be(100_000);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task FetchAsync_times_out_on_a_slow_server(bool stallInBody)
    {
        await using var server = new LoopbackHttpServer(_ => stallInBody ? Replies.StallInBody() : Replies.Stall());
        using var fetcher = new TestNetwork().CreateFetcher(AllowLoopback(o => o.Timeout = TimeSpan.FromMilliseconds(150)));

        var act = () => fetcher.FetchAsync(server.Url("/slow.png"));

        (await act.Should().ThrowAsync<FetchFailedException>()).Which.Code.Should().Be("fetch-timeout");
    }

    [Fact]
    public async Task FetchAsync_lets_the_callers_cancellation_through_as_cancellation()
    {
        await using var server = new LoopbackHttpServer(_ => Replies.Stall());
        using var fetcher = new TestNetwork().CreateFetcher(AllowLoopback());
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        var act = () => fetcher.FetchAsync(server.Url("/slow.png"), cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task FetchAsync_reports_a_closed_port_as_unreachable()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        using var fetcher = new TestNetwork().CreateFetcher(AllowLoopback());

        var act = () => fetcher.FetchAsync(new Uri($"http://127.0.0.1:{port}/logo.png"));

        (await act.Should().ThrowAsync<FetchFailedException>()).Which.Should().BeAssignableTo<BazaarVidException>();
    }

    [Fact]
    public void Constructor_refuses_an_invalid_allow_list()
    {
        var options = new SafeFetchOptions();
        options.AllowList.Add("10.0.0.1/8");

        var act = () => new SafeHttpFetcher(Options.Create(options));

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public async Task FetchAsync_checks_its_arguments()
    {
        using var fetcher = new TestNetwork().CreateFetcher();

        var act = () => fetcher.FetchAsync(null!);

        await act.Should().ThrowAsync<ArgumentNullException>();
    }
}
