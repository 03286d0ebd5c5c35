using System.Buffers;
using System.Net;
using System.Net.Sockets;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BazaarVid.Assets;

/// <summary>
/// The default <see cref="ISafeHttpFetcher"/>. Its own <see cref="SocketsHttpHandler"/> (no proxy, no cookies, no
/// automatic redirects, no decompression) resolves every host itself in <see cref="SocketsHttpHandler.ConnectCallback"/>,
/// checks every resolved address and connects to exactly the checked address, so a name that resolves to a public
/// address for the check and to an internal one for the connection (DNS rebinding) cannot get through. Literal IP hosts
/// (including the decimal, octal and hex IPv4 forms that <see cref="Uri"/> normalizes) are checked before anything is sent.
/// Thread-safe; one instance is meant to be shared.
/// </summary>
public sealed class SafeHttpFetcher : ISafeHttpFetcher, IDisposable
{
    private const int ChunkSize = 81_920;

    private readonly SafeFetchOptions _options;
    private readonly FetchAllowList _allowList;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Func<string, CancellationToken, ValueTask<IPAddress[]>> _resolve;
    private readonly Func<IPEndPoint, CancellationToken, ValueTask<Stream>> _connect;
    private readonly HttpClient _client;

    /// <summary>Creates the fetcher (normally through dependency injection).</summary>
    public SafeHttpFetcher(IOptions<SafeFetchOptions> options, TimeProvider? timeProvider = null, ILogger<SafeHttpFetcher>? logger = null)
        : this(options?.Value!, timeProvider ?? TimeProvider.System, logger, ResolveWithDnsAsync, ConnectSocketAsync)
    {
    }

    /// <summary>The seam for tests: a fake resolver and a recording connector (so no test ever sends traffic off the machine).</summary>
    internal SafeHttpFetcher(
        SafeFetchOptions options,
        TimeProvider timeProvider,
        ILogger? logger,
        Func<string, CancellationToken, ValueTask<IPAddress[]>> resolve,
        Func<IPEndPoint, CancellationToken, ValueTask<Stream>> connect)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(resolve);
        ArgumentNullException.ThrowIfNull(connect);
        _options = options;
        _allowList = new FetchAllowList(options.AllowList);
        _time = timeProvider;
        _logger = logger ?? NullLogger.Instance;
        _resolve = resolve;
        _connect = connect;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false, // a proxy would make ConnectCallback see the proxy, not the target
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None, // the size cap must apply to what is read from the wire
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler, disposeHandler: true) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.TryParseAdd(options.UserAgent);
    }

    /// <inheritdoc />
    public async Task<FetchedContent> FetchAsync(Uri url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        using var timeout = new CancellationTokenSource(_options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await FetchCoreAsync(url, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            var failure = new FetchFailedException(FetchFailedException.Timeout, $"the fetch did not finish within {_options.Timeout.TotalSeconds:0.###} s", e);
            LogRejected(url, failure);
            throw failure;
        }
        catch (AssetRejectedException e)
        {
            LogRejected(url, e);
            throw;
        }
    }

    /// <summary>Releases the HTTP handler and its pooled connections.</summary>
    public void Dispose() => _client.Dispose();

    /// <summary>Refuses a URL whose scheme is not http(s) or whose literal IP host is not permitted.</summary>
    internal void CheckUrl(Uri url)
    {
        if (!url.IsAbsoluteUri)
        {
            throw new UnsafeUrlException("the URL is not absolute");
        }

        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            throw new UnsafeUrlException($"the scheme '{url.Scheme}' is not allowed; only http and https are");
        }

        if (string.IsNullOrEmpty(url.Host))
        {
            throw new UnsafeUrlException("the URL has no host");
        }

        if (TryParseLiteral(url.Host, out var literal))
        {
            CheckAddress(literal);
        }
    }

    /// <summary>
    /// Resolves <paramref name="host"/> (or parses it when it is a literal address) and returns the addresses to
    /// connect to, all of them checked: one forbidden address refuses the whole host, because which address a
    /// connection would use is not the caller's choice.
    /// </summary>
    internal async ValueTask<IPAddress[]> ResolveCheckedAsync(string host, CancellationToken cancellationToken)
    {
        if (TryParseLiteral(host, out var literal))
        {
            CheckAddress(literal);
            return [Plain(literal)];
        }

        IPAddress[] addresses;
        try
        {
            addresses = await _resolve(host, cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException e)
        {
            throw new FetchFailedException(FetchFailedException.Unreachable, "the host name could not be resolved", e);
        }

        if (addresses.Length == 0)
        {
            throw new FetchFailedException(FetchFailedException.Unreachable, "the host name has no addresses");
        }

        if (!_allowList.PermitsHost(host))
        {
            foreach (var address in addresses)
            {
                CheckAddress(address);
            }
        }

        return [.. addresses.Select(Plain)];
    }

    private async Task<FetchedContent> FetchCoreAsync(Uri url, CancellationToken cancellationToken)
    {
        var current = url;
        for (var redirects = 0; ; redirects++)
        {
            CheckUrl(current);
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (IsRedirect(response.StatusCode))
            {
                var location = response.Headers.Location
                    ?? throw new FetchFailedException(FetchFailedException.HttpStatus, $"the server answered {(int)response.StatusCode} without a Location header");
                if (redirects >= _options.MaxRedirects)
                {
                    throw new FetchFailedException(FetchFailedException.TooManyRedirects, $"the server redirected more than {_options.MaxRedirects} times");
                }

                current = location.IsAbsoluteUri ? location : new Uri(current, location);
                FetchLog.RedirectFollowed(_logger, redirects + 1, _options.MaxRedirects);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new FetchFailedException(FetchFailedException.HttpStatus, $"the server answered {(int)response.StatusCode}");
            }

            var body = await ReadCappedAsync(response.Content, cancellationToken).ConfigureAwait(false);
            FetchLog.Fetched(_logger, body.Length, redirects);
            return new FetchedContent(current, response.Content.Headers.ContentType?.MediaType, body, redirects);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            // The handler wraps what ConnectCallback throws; surface our own refusal as it was thrown.
            for (Exception? inner = e.InnerException; inner is not null; inner = inner.InnerException)
            {
                if (inner is AssetRejectedException rejected)
                {
                    ExceptionDispatchInfo.Capture(rejected).Throw();
                }
            }

            throw new FetchFailedException(FetchFailedException.Unreachable, "the server could not be reached or the connection broke", e);
        }
    }

    private async Task<byte[]> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var max = _options.MaxBytes;
        var declared = content.Headers.ContentLength;
        if (declared > max)
        {
            throw new FetchFailedException(FetchFailedException.TooLarge, $"the body is {declared} bytes; the limit is {max}");
        }

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream((int)Math.Min(declared ?? ChunkSize, max));
            var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
            try
            {
                int read;
                while ((read = await stream.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    if (buffer.Length + read > max)
                    {
                        throw new FetchFailedException(FetchFailedException.TooLarge, $"the body is larger than the limit of {max} bytes; reading stopped there");
                    }

                    buffer.Write(chunk, 0, read);
                }
            }
            catch (IOException e)
            {
                throw new FetchFailedException(FetchFailedException.Unreachable, "the connection broke while reading the body", e);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }

            return buffer.ToArray();
        }
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var endPoint = context.DnsEndPoint;
        var addresses = await ResolveCheckedAsync(endPoint.Host, cancellationToken).ConfigureAwait(false);
        Exception? last = null;
        foreach (var address in addresses)
        {
            try
            {
                FetchLog.Connecting(_logger, address, endPoint.Host);
                return await _connect(new IPEndPoint(address, endPoint.Port), cancellationToken).ConfigureAwait(false);
            }
            catch (SocketException e)
            {
                last = e;
            }
        }

        ExceptionDispatchInfo.Throw(last!);
        return null!;
    }

    private void CheckAddress(IPAddress address)
    {
        if (_allowList.PermitsAddress(address))
        {
            return;
        }

        var range = IpAddressClassifier.Classify(address);
        if (range != AddressRange.Public)
        {
            throw new UnsafeUrlException($"the host is or resolves to {IpAddressClassifier.Describe(range)} ({Plain(address)}), which is not allowed");
        }
    }

    private void LogRejected(Uri url, AssetRejectedException e)
    {
        FetchLog.FetchRejected(_logger, e.Code);
        FetchLog.FetchRejectedDetail(_logger, url, e.Code, e.Reason);
    }

    private static bool TryParseLiteral(string host, out IPAddress address)
    {
        var bare = host.Length > 1 && host[0] == '[' && host[^1] == ']' ? host[1..^1] : host;
        return IPAddress.TryParse(bare, out address!);
    }

    private static IPAddress Plain(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static async ValueTask<IPAddress[]> ResolveWithDnsAsync(string host, CancellationToken cancellationToken) =>
        await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);

    private static async ValueTask<Stream> ConnectSocketAsync(IPEndPoint endPoint, CancellationToken cancellationToken)
    {
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(endPoint, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
