using System.Buffers;
using System.Security.Cryptography;

namespace BazaarVid.Assets;

/// <summary>
/// Decides, from the first <see cref="UploadBuffer.StageAfterBytes"/> or more bytes of an upload, whether its bytes
/// are written to a temporary blob while the rest is read and hashed; null means buffer only.
/// </summary>
internal delegate StagedBlob? UploadStager(ReadOnlyMemory<byte> prefix, long? declaredLength);

/// <summary>
/// An upload read once, hashing (SHA-256) each chunk as it arrives, into a pooled buffer of at most the size limit
/// plus one byte; a <see cref="MemoryStream"/> whose buffer is accessible is used in place, without a copy. A
/// seekable stream that declares more than the limit is refused before any read; any other stream is read at most
/// limit + 1 bytes, never to its end when it is larger. Past <see cref="StageAfterBytes"/>, chunks are hashed on the
/// thread pool while the caller reads the next one and, when a <see cref="UploadStager"/> accepts the upload, writes
/// them to a <see cref="StagedBlob"/>; a refusal, an error or a cancellation deletes it again, and a failed write only
/// ends the staging (the upload goes on buffered, as without a stager).
/// </summary>
internal sealed class UploadBuffer : IDisposable
{
    /// <summary>The bytes read before the stager is asked: below this a temporary file costs more than the overlap saves.</summary>
    internal const int StageAfterBytes = 256 * 1024;

    private const int ChunkBytes = 1024 * 1024;
    private const int InitialBytes = 64 * 1024;

    private readonly int _offset;
    private readonly bool _rented;
    private byte[]? _buffer;
    private StagedBlob? _staged;

    private UploadBuffer(byte[] buffer, int offset, int length, bool rented, string sha256, StagedBlob? staged)
    {
        _buffer = buffer;
        _offset = offset;
        _rented = rented;
        _staged = staged;
        Length = length;
        Sha256 = sha256;
    }

    /// <summary>The number of bytes read.</summary>
    public int Length { get; }

    /// <summary>The lower-case hex SHA-256 of the bytes.</summary>
    public string Sha256 { get; }

    /// <summary>The bytes.</summary>
    public ReadOnlyMemory<byte> Memory => new(Buffer, _offset, Length);

    /// <summary>The bytes, already written to a temporary blob, when the stager accepted the upload; disposed with this buffer unless committed.</summary>
    public StagedBlob? Staged => _staged;

    private byte[] Buffer => _buffer ?? throw new ObjectDisposedException(nameof(UploadBuffer));

    /// <summary>A read-only stream over the bytes (no copy).</summary>
    public MemoryStream OpenRead() => new(Buffer, _offset, Length, writable: false);

    /// <summary>Reads <paramref name="content"/> from its position to its end.</summary>
    /// <exception cref="AssetRejectedException"><c>file-too-large</c> or <c>empty-file</c>.</exception>
    public static async ValueTask<UploadBuffer> ReadAsync(Stream content, long maxBytes, UploadStager? stager, CancellationToken cancellationToken)
    {
        var declared = DeclaredLength(content);
        if (declared > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        return content is MemoryStream memory && memory.TryGetBuffer(out var exposed)
            ? await InPlaceAsync(memory, exposed, maxBytes, stager, cancellationToken).ConfigureAwait(false)
            : await CopyAsync(content, declared, maxBytes, stager, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _staged?.Dispose();
        _staged = null;
        if (_buffer is { } buffer)
        {
            _buffer = null;
            if (_rented)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private static async ValueTask<UploadBuffer> InPlaceAsync(MemoryStream memory, ArraySegment<byte> exposed, long maxBytes, UploadStager? stager, CancellationToken cancellationToken)
    {
        var start = (int)Math.Min(memory.Position, exposed.Count);
        var bytes = exposed.AsMemory(start);
        if (bytes.Length > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        using var sink = new HashingSink(stager, bytes.Length);
        try
        {
            for (var length = 0; length < bytes.Length;)
            {
                cancellationToken.ThrowIfCancellationRequested();
                length += sink.Staging ? Math.Min(ChunkBytes, bytes.Length - length) : bytes.Length - length;
                sink.Append(bytes[..length]);
            }

            await sink.FlushAsync().ConfigureAwait(false);
            memory.Position = memory.Length;
            if (bytes.IsEmpty)
            {
                throw Empty();
            }

            return new UploadBuffer(exposed.Array!, exposed.Offset + start, bytes.Length, rented: false, sink.Sha256(), sink.Detach());
        }
        catch
        {
            await sink.AbandonAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async ValueTask<UploadBuffer> CopyAsync(Stream content, long? declared, long maxBytes, UploadStager? stager, CancellationToken cancellationToken)
    {
        // One byte beyond the limit is enough to know the upload is too large.
        var limit = (int)Math.Min(maxBytes + 1, Array.MaxLength);
        var buffer = ArrayPool<byte>.Shared.Rent(declared is { } known ? (int)Math.Min(known + 1, limit) : Math.Min(InitialBytes, limit));
        using var sink = new HashingSink(stager, declared);
        try
        {
            var length = 0;
            while (length < limit)
            {
                if (length == buffer.Length)
                {
                    // A pending hash may still read the old buffer.
                    await sink.FlushAsync().ConfigureAwait(false);
                    buffer = Grow(buffer, length, limit);
                }

                var read = await content.ReadAsync(buffer.AsMemory(length, Math.Min(ChunkBytes, Math.Min(buffer.Length, limit) - length)), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
                sink.Append(buffer.AsMemory(0, length));
            }

            await sink.FlushAsync().ConfigureAwait(false);
            if (length > maxBytes)
            {
                throw TooLarge(maxBytes);
            }

            if (length == 0)
            {
                throw Empty();
            }

            return new UploadBuffer(buffer, 0, length, rented: true, sink.Sha256(), sink.Detach());
        }
        catch
        {
            // The buffer goes back to the pool only once no hash reads it any more.
            await sink.AbandonAsync().ConfigureAwait(false);
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static long? DeclaredLength(Stream content)
    {
        if (!content.CanSeek)
        {
            return null;
        }

        try
        {
            return Math.Max(0, content.Length - content.Position);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private static byte[] Grow(byte[] buffer, int length, int limit)
    {
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, limit));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    private static AssetRejectedException TooLarge(long maxBytes) =>
        new(IngestionErrorCodes.FileTooLarge, $"The file is larger than the limit of {maxBytes:N0} bytes.");

    private static AssetRejectedException Empty() => new(IngestionErrorCodes.EmptyFile, "The file is empty (0 bytes).");

    /// <summary>
    /// Hashes the bytes appended and, when the stager accepted the upload, writes them to the staged blob, in batches of
    /// at least 64 KB. Past <see cref="StageAfterBytes"/> each batch is hashed on the thread pool (in order, one after
    /// the other) while the caller writes it and reads the next one, so hashing, the only work that cannot be split,
    /// runs alone on its core. The appended bytes must stay untouched until <see cref="FlushAsync"/> or
    /// <see cref="AbandonAsync"/> returns.
    /// </summary>
    private sealed class HashingSink(UploadStager? stager, long? declaredLength) : IDisposable
    {
        private const int BatchBytes = 64 * 1024;

        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private UploadStager? _stager = stager;
        private StagedBlob? _staged;
        private Task _hashing = Task.CompletedTask;
        private ReadOnlyMemory<byte> _bytes;
        private int _hashed;

        /// <summary>True while appending in small steps pays: a stager is still to be asked, or a blob is being staged.</summary>
        public bool Staging => _staged is not null || _stager is not null;

        /// <summary>Takes <paramref name="bytes"/>: everything appended so far (earlier bytes at the same offsets) and the new bytes at the end.</summary>
        public void Append(ReadOnlyMemory<byte> bytes)
        {
            _bytes = bytes;
            if (_stager is { } decide && bytes.Length >= StageAfterBytes)
            {
                _stager = null;
                _staged = decide(bytes, declaredLength);
            }

            if (bytes.Length - _hashed >= BatchBytes)
            {
                Flush();
            }
        }

        /// <summary>Hashes and writes everything appended, and waits for the hashing. A failed write only ends the staging.</summary>
        public async ValueTask FlushAsync()
        {
            Flush();
            await _hashing.ConfigureAwait(false);
        }

        public string Sha256() => Convert.ToHexStringLower(_hash.GetHashAndReset());

        /// <summary>Hands the staged blob over to the caller.</summary>
        public StagedBlob? Detach()
        {
            var staged = _staged;
            _staged = null;
            return staged;
        }

        /// <summary>Deletes the staged blob and waits until no hash reads the bytes any more.</summary>
        public async ValueTask AbandonAsync()
        {
            Detach()?.Dispose();
            await _hashing.ConfigureAwait(false);
        }

        public void Dispose() => _hash.Dispose();

        private void Flush()
        {
            var batch = _bytes[_hashed..];
            _hashed = _bytes.Length;
            if (batch.IsEmpty)
            {
                return;
            }

            if (_bytes.Length < StageAfterBytes)
            {
                _hash.AppendData(batch.Span);
                return;
            }

            _hashing = _hashing.IsCompletedSuccessfully ? Task.Run(() => _hash.AppendData(batch.Span), CancellationToken.None) : HashAfterAsync(_hashing, batch);
            if (_staged is { } staged)
            {
                Write(staged, _bytes[(int)staged.Length..]);
            }
        }

        private void Write(StagedBlob staged, ReadOnlyMemory<byte> bytes)
        {
            try
            {
                staged.Write(bytes.Span);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Staging only saves time: the bytes stay buffered, and storing them after the checks reports a real storage error.
                Detach()?.Dispose();
            }
        }

        private async Task HashAfterAsync(Task previous, ReadOnlyMemory<byte> batch)
        {
            await previous.ConfigureAwait(false);
            _hash.AppendData(batch.Span);
        }
    }
}
