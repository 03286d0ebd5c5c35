using Microsoft.Win32.SafeHandles;

namespace BazaarVid.Assets;

/// <summary>
/// A blob of a <see cref="FileSystemAssetBlobStore"/> being written to a temporary file before its key is known
/// (created by <see cref="FileSystemAssetBlobStore.Stage"/>). Bytes are appended, then <see cref="Commit"/> moves the
/// file under its key without overwriting; disposing a blob that was not committed deletes the temporary file. One
/// writer: a write must complete before the next write, the commit or the disposal starts.
/// </summary>
internal sealed class StagedBlob : IDisposable
{
    private readonly FileSystemAssetBlobStore _store;
    private SafeFileHandle? _handle;
    private long _length;

    internal StagedBlob(FileSystemAssetBlobStore store, string tempPath, SafeFileHandle handle)
    {
        _store = store;
        TempPath = tempPath;
        _handle = handle;
    }

    /// <summary>The temporary file (named so it can never match a key).</summary>
    public string TempPath { get; }

    /// <summary>The number of bytes appended so far.</summary>
    public long Length => _length;

    private SafeFileHandle Handle => _handle ?? throw new ObjectDisposedException(nameof(StagedBlob));

    /// <summary>Appends <paramref name="bytes"/>; the memory must stay untouched until the returned task completes.</summary>
    public ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        var offset = _length;
        _length += bytes.Length;
        return RandomAccess.WriteAsync(Handle, bytes, offset, cancellationToken);
    }

    /// <summary>Appends <paramref name="bytes"/> on the calling thread.</summary>
    public void Write(ReadOnlySpan<byte> bytes)
    {
        RandomAccess.Write(Handle, bytes, _length);
        _length += bytes.Length;
    }

    /// <summary>A write-only stream that appends to this blob (it does not own the blob), for <see cref="Stream.CopyToAsync(Stream, CancellationToken)"/>.</summary>
    public Stream AsStream() => new AppendingStream(this);

    /// <summary>
    /// Flushes the file to disk when the store is configured to, and moves it under <paramref name="key"/> without
    /// overwriting. Returns false when a blob was already stored under the key (the store keeps that one). The
    /// temporary file is gone afterwards, whatever the outcome.
    /// </summary>
    public bool Commit(string key, CancellationToken cancellationToken)
    {
        var path = _store.PathOf(key);
        var handle = Handle;
        try
        {
            if (File.Exists(path))
            {
                IngestionLog.BlobAlreadyStored(_store.Logger, key);
                return false;
            }

            if (_store.FlushToDisk)
            {
                RandomAccess.FlushToDisk(handle);
            }

            handle.Dispose();
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                // An atomic rename on Linux (.NET 10 checks the target first, then renames): the key shows nothing or the whole
                // blob. Two writers racing past the check both rename; keys are content addressed, so the bytes are the same.
                File.Move(TempPath, path, overwrite: false);
                _handle = null;
                IngestionLog.BlobStored(_store.Logger, key, _length);
                IngestionMetrics.BytesStored.Add(_length);
                return true;
            }
            catch (IOException) when (File.Exists(path))
            {
                // A concurrent writer stored the same key first; keys are content addressed, so its bytes are these bytes.
                IngestionLog.BlobAlreadyStored(_store.Logger, key);
                return false;
            }
        }
        finally
        {
            Dispose();
        }
    }

    /// <summary>Closes the file and deletes it, unless it was moved under its key.</summary>
    public void Dispose()
    {
        if (_handle is not { } handle)
        {
            return;
        }

        _handle = null;
        handle.Dispose();
        try
        {
            File.Delete(TempPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            IngestionLog.TempFileNotDeleted(_store.Logger, TempPath, e);
        }
    }

    private sealed class AppendingStream(StagedBlob blob) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => blob.Length;

        public override long Position { get => blob.Length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => blob.Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer) => blob.Write(buffer);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            blob.WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            blob.WriteAsync(buffer, cancellationToken);

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
