using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BazaarVid.Assets.Tests.Fetching;

/// <summary>Writes one HTTP response (or misbehaves) on an accepted connection.</summary>
internal delegate Task Reply(Stream stream, CancellationToken cancellationToken);

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 (the only network the tests use). One request per connection, answered by
/// the route for its path; it counts connections so tests can prove a refusal happened before connecting.
/// </summary>
internal sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<string> _paths = new();
    private readonly ConcurrentBag<Task> _connections = [];
    private readonly Func<string, Reply> _route;
    private readonly Task _acceptLoop;
    private int _connectionCount;

    public LoopbackHttpServer(Func<string, Reply> route)
    {
        _route = route;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _acceptLoop = AcceptLoopAsync();
    }

    public int Port { get; }

    public int ConnectionCount => Volatile.Read(ref _connectionCount);

    public IReadOnlyList<string> Paths => [.. _paths];

    public Uri Url(string path) => new($"http://127.0.0.1:{Port}{path}");

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            await _acceptLoop;
        }
        catch (Exception)
        {
            // the loop ends with an exception when the listener stops
        }

        try
        {
            await Task.WhenAll(_connections);
        }
        catch (Exception)
        {
            // a client that hung up mid-response
        }

        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            Interlocked.Increment(ref _connectionCount);
            _connections.Add(ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var path = await ReadRequestPathAsync(stream, _stop.Token);
            _paths.Enqueue(path);
            try
            {
                await _route(path)(stream, _stop.Token);
                await stream.FlushAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
            }
            catch (IOException)
            {
                // the client gave up (size cap, timeout)
            }
        }
    }

    private static async Task<string> ReadRequestPathAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[8192];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                break;
            }

            length += read;
            if (Encoding.ASCII.GetString(buffer, 0, length).Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                break;
            }
        }

        var requestLine = Encoding.ASCII.GetString(buffer, 0, length).Split("\r\n")[0];
        var parts = requestLine.Split(' ');
        return parts.Length > 1 ? parts[1] : string.Empty;
    }
}

/// <summary>Ready-made replies.</summary>
internal static class Replies
{
    public static Reply Ok(byte[] body, string contentType = "image/png", bool sendLength = true) => async (stream, ct) =>
    {
        var head = $"HTTP/1.1 200 OK\r\nContent-Type: {contentType}\r\n{(sendLength ? $"Content-Length: {body.Length}\r\n" : string.Empty)}Connection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), ct);
        await stream.WriteAsync(body, ct);
    };

    public static Reply Redirect(string location, int status = 302) => Head($"HTTP/1.1 {status} Redirect\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

    public static Reply Status(int status) => Head($"HTTP/1.1 {status} Status\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

    /// <summary>Never answers (until the server stops).</summary>
    public static Reply Stall() => async (_, ct) => await Task.Delay(Timeout.Infinite, ct);

    /// <summary>Sends headers and a first part of the body, then stops talking.</summary>
    public static Reply StallInBody() => async (stream, ct) =>
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n"), ct);
        await stream.WriteAsync(new byte[10], ct);
        await stream.FlushAsync(ct);
        await Task.Delay(Timeout.Infinite, ct);
    };

    private static Reply Head(string text) => async (stream, ct) => await stream.WriteAsync(Encoding.ASCII.GetBytes(text), ct);
}
