namespace BazaarVid.Assets.Tests.Ingestion;

/// <summary>
/// A stream of <paramref name="length"/> bytes: <paramref name="prefix"/>, then zeros produced on demand (nothing
/// of that size is ever allocated). Counts what was read. When <paramref name="seekable"/> it declares its length.
/// </summary>
internal sealed class LazyZeroStream(byte[] prefix, long length, bool seekable = false) : Stream
{
    private long _position;

    public long BytesRead => _position;

    public override bool CanRead => true;

    public override bool CanSeek => seekable;

    public override bool CanWrite => false;

    public override long Length => seekable ? length : throw new NotSupportedException();

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, length - _position);
        for (var i = 0; i < count; i++)
        {
            var at = _position + i;
            buffer[i] = at < prefix.Length ? prefix[at] : (byte)0;
        }

        _position += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Read(buffer.Span));
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>Wraps bytes in a stream that cannot seek, so the reader cannot know the length up front.</summary>
internal sealed class NonSeekableStream(byte[] bytes) : Stream
{
    private readonly MemoryStream _inner = new(bytes, writable: false);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, Math.Min(count, 1000));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        _inner.Dispose();
        base.Dispose(disposing);
    }
}

/// <summary>A stream that cancels a token after handing out its first bytes, to cancel an upload mid-read.</summary>
internal sealed class CancellingStream(byte[] bytes, CancellationTokenSource source) : Stream
{
    private readonly MemoryStream _inner = new(bytes, writable: false);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("async only");

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = _inner.Read(buffer.Span[..Math.Min(buffer.Length, 16)]);
        await source.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>
/// Hands out <paramref name="bytes"/> in reads of at most <paramref name="readBytes"/>, calling
/// <paramref name="beforeRead"/> with the count handed out so far before each read (to look at the blob directory
/// mid-upload, or to cancel). Declares its length when <paramref name="seekable"/>.
/// </summary>
internal sealed class ObservedStream(byte[] bytes, int readBytes, Action<long> beforeRead, bool seekable = false) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => seekable;

    public override bool CanWrite => false;

    public override long Length => seekable ? bytes.Length : throw new NotSupportedException();

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        beforeRead(_position);
        var count = (int)Math.Min(Math.Min(buffer.Length, readBytes), bytes.Length - _position);
        bytes.AsSpan((int)_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = Read(buffer.Span);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(read);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
