using System.Buffers;
using System.Security.Cryptography;

namespace BazaarVid.Assets;

/// <summary>
/// An upload read once into a pooled buffer of at most the size limit plus one byte, hashing (SHA-256) each
/// chunk as it arrives. A seekable stream that declares more than the limit is refused before any read;
/// any other stream is read at most limit + 1 bytes, never to its end when it is larger.
/// </summary>
internal sealed class UploadBuffer : IDisposable
{
    private const int ChunkBytes = 1024 * 1024;
    private const int InitialBytes = 64 * 1024;

    private byte[]? _buffer;

    private UploadBuffer(byte[] buffer, int length, string sha256)
    {
        _buffer = buffer;
        Length = length;
        Sha256 = sha256;
    }

    /// <summary>The number of bytes read.</summary>
    public int Length { get; }

    /// <summary>The lower-case hex SHA-256 of the bytes.</summary>
    public string Sha256 { get; }

    /// <summary>The bytes.</summary>
    public ReadOnlyMemory<byte> Memory => new(Buffer, 0, Length);

    private byte[] Buffer => _buffer ?? throw new ObjectDisposedException(nameof(UploadBuffer));

    /// <summary>A read-only stream over the bytes (no copy).</summary>
    public MemoryStream OpenRead() => new(Buffer, 0, Length, writable: false);

    /// <summary>Reads <paramref name="content"/> from its position to its end.</summary>
    /// <exception cref="AssetRejectedException"><c>file-too-large</c> or <c>empty-file</c>.</exception>
    public static async ValueTask<UploadBuffer> ReadAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var declared = DeclaredLength(content);
        if (declared > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        // One byte beyond the limit is enough to know the upload is too large.
        var limit = (int)Math.Min(maxBytes + 1, Array.MaxLength);
        var buffer = ArrayPool<byte>.Shared.Rent(declared is { } known ? (int)Math.Min(known + 1, limit) : Math.Min(InitialBytes, limit));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var length = 0;
        try
        {
            while (length < limit)
            {
                if (length == buffer.Length)
                {
                    buffer = Grow(buffer, length, limit);
                }

                var read = await content.ReadAsync(buffer.AsMemory(length, Math.Min(ChunkBytes, Math.Min(buffer.Length, limit) - length)), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                hash.AppendData(buffer, length, read);
                length += read;
            }

            if (length > maxBytes)
            {
                throw TooLarge(maxBytes);
            }

            if (length == 0)
            {
                throw new AssetRejectedException(IngestionErrorCodes.EmptyFile, "The file is empty (0 bytes).");
            }

            return new UploadBuffer(buffer, length, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
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
}
