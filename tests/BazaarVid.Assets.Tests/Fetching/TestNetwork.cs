using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace BazaarVid.Assets.Tests.Fetching;

/// <summary>
/// A fake resolver and a recording connector for <see cref="SafeHttpFetcher"/>'s test seam. It never sends traffic
/// off the machine: a connection attempt to anything but 127.0.0.1 is recorded and refused.
/// </summary>
internal sealed class TestNetwork
{
    private readonly ConcurrentDictionary<string, Func<IPAddress[]>> _names = new(StringComparer.OrdinalIgnoreCase);

    public ConcurrentQueue<IPEndPoint> ConnectAttempts { get; } = new();

    public ConcurrentQueue<string> Resolutions { get; } = new();

    public TestNetwork Map(string host, params string[] addresses)
    {
        _names[host] = () => [.. addresses.Select(IPAddress.Parse)];
        return this;
    }

    public TestNetwork Map(string host, Func<IPAddress[]> answer)
    {
        _names[host] = answer;
        return this;
    }

    public SafeHttpFetcher CreateFetcher(SafeFetchOptions? options = null) =>
        new(options ?? new SafeFetchOptions(), TimeProvider.System, null, ResolveAsync, ConnectAsync);

    private ValueTask<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        Resolutions.Enqueue(host);
        return _names.TryGetValue(host, out var answer)
            ? ValueTask.FromResult(answer())
            : ValueTask.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound));
    }

    private async ValueTask<Stream> ConnectAsync(IPEndPoint endPoint, CancellationToken cancellationToken)
    {
        ConnectAttempts.Enqueue(endPoint);
        if (!endPoint.Address.Equals(IPAddress.Loopback))
        {
            throw new InvalidOperationException($"The test network refuses to connect to {endPoint}.");
        }

        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(endPoint, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
