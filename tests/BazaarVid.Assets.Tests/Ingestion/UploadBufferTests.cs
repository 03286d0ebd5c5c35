using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace BazaarVid.Assets.Tests.Ingestion;

/// <summary>The upload buffer hashes and stages exactly the bytes read, however they arrive, and cleans up after itself.</summary>
public sealed class UploadBufferTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("bazaarvid-upload-buffer-tests-").FullName;
    private readonly FileSystemAssetBlobStore _store;

    public UploadBufferTests()
    {
        _store = new FileSystemAssetBlobStore(Options.Create(new FileSystemBlobStoreOptions { RootPath = _root, PublicBaseUrl = "https://cdn.bazaarvid.test/", FlushToDisk = false }));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    public static TheoryData<int, int, bool> Shapes()
    {
        var data = new TheoryData<int, int, bool>();
        foreach (var length in new[] { 1, 65_535, UploadBuffer.StageAfterBytes - 1, UploadBuffer.StageAfterBytes, UploadBuffer.StageAfterBytes + 1, (1024 * 1024) + 7, 2_500_001 })
        {
            foreach (var readBytes in new[] { 1000, 64 * 1024, 1024 * 1024 })
            {
                data.Add(length, readBytes, false);
                data.Add(length, readBytes, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task The_hash_and_the_staged_bytes_are_those_of_the_upload_however_it_is_read(int length, int readBytes, bool seekable)
    {
        var bytes = RandomBytes(length);
        var asked = 0;

        using var upload = await UploadBuffer.ReadAsync(new ObservedStream(bytes, readBytes, _ => { }, seekable), 10_000_000, Stager(() => asked++), CancellationToken.None);

        upload.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        upload.Memory.ToArray().Should().Equal(bytes);
        asked.Should().Be(length >= UploadBuffer.StageAfterBytes ? 1 : 0);
        if (length >= UploadBuffer.StageAfterBytes)
        {
            await AssertStagedAsync(upload, bytes);
        }
        else
        {
            upload.Staged.Should().BeNull();
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(UploadBuffer.StageAfterBytes)]
    [InlineData(3_000_000)]
    public async Task An_accessible_memory_stream_is_hashed_and_staged_in_place(int length)
    {
        var bytes = RandomBytes(length);

        using var upload = await UploadBuffer.ReadAsync(new MemoryStream(bytes, 0, length, writable: false, publiclyVisible: true), 10_000_000, Stager(() => { }), CancellationToken.None);

        upload.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        upload.Memory.ToArray().Should().Equal(bytes);
        if (length >= UploadBuffer.StageAfterBytes)
        {
            await AssertStagedAsync(upload, bytes);
        }
    }

    [Fact]
    public async Task A_stager_that_declines_leaves_the_upload_buffered_only()
    {
        var bytes = RandomBytes(2_000_000);

        using var upload = await UploadBuffer.ReadAsync(new MemoryStream(bytes, writable: false), 10_000_000, (_, _) => null, CancellationToken.None);

        upload.Staged.Should().BeNull();
        upload.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Directory.GetFiles(_root).Should().BeEmpty();
    }

    [Fact]
    public async Task The_stager_sees_the_declared_length_of_a_seekable_stream_and_none_of_another()
    {
        var bytes = RandomBytes(600_000);
        var declared = new List<long?>();

        using (await UploadBuffer.ReadAsync(new ObservedStream(bytes, 4096, _ => { }, seekable: true), 10_000_000, (_, length) => { declared.Add(length); return null; }, CancellationToken.None))
        using (await UploadBuffer.ReadAsync(new ObservedStream(bytes, 4096, _ => { }), 10_000_000, (_, length) => { declared.Add(length); return null; }, CancellationToken.None))
        {
            declared.Should().Equal(600_000, null);
        }
    }

    [Fact]
    public async Task A_failed_staged_write_ends_the_staging_and_the_upload_goes_on_buffered()
    {
        var bytes = RandomBytes(1_500_000);
        var temp = Path.Combine(_root, ".tmp-read-only");
        await File.WriteAllBytesAsync(temp, []);

        // A staged blob over a read-only handle: every write fails.
        using var upload = await UploadBuffer.ReadAsync(
            new MemoryStream(bytes, writable: false),
            10_000_000,
            (_, _) => new StagedBlob(_store, temp, File.OpenHandle(temp, FileMode.Open, FileAccess.Read)),
            CancellationToken.None);

        upload.Staged.Should().BeNull();
        upload.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        File.Exists(temp).Should().BeFalse("the abandoned temporary file is deleted");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_staged_upload_that_turns_out_too_large_deletes_its_temporary_file(bool seekable)
    {
        var bytes = RandomBytes(1_200_000);

        var act = async () => await UploadBuffer.ReadAsync(new GrowingStream(bytes, seekable ? 700_000 : null), 1_000_000, Stager(() => { }), CancellationToken.None);

        (await act.Should().ThrowAsync<AssetRejectedException>()).Which.Code.Should().Be(IngestionErrorCodes.FileTooLarge);
        Directory.GetFiles(_root).Should().BeEmpty();
    }

    [Fact]
    public async Task Disposing_an_uncommitted_upload_deletes_its_temporary_file()
    {
        var upload = await UploadBuffer.ReadAsync(new MemoryStream(RandomBytes(700_000), writable: false), 10_000_000, Stager(() => { }), CancellationToken.None);
        Directory.GetFiles(_root).Should().ContainSingle();

        upload.Dispose();

        Directory.GetFiles(_root).Should().BeEmpty();
    }

    private UploadStager Stager(Action asked) => (_, declared) =>
    {
        asked();
        return _store.Stage(declared ?? 0);
    };

    private async Task AssertStagedAsync(UploadBuffer upload, byte[] bytes)
    {
        var staged = upload.Staged;
        staged.Should().NotBeNull();
        staged!.Length.Should().Be(bytes.Length);
        var key = AssetBlobKey.For(upload.Sha256, "bin");
        staged.Commit(key, CancellationToken.None).Should().BeTrue();
        (await File.ReadAllBytesAsync(Path.Combine(_root, key))).Should().Equal(bytes);
        Directory.GetFiles(_root).Should().ContainSingle("the temporary file became the blob");
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(count).NextBytes(bytes);
        return bytes;
    }

    /// <summary>A stream that declares <paramref name="declared"/> bytes (when given) but hands out all of <paramref name="bytes"/>.</summary>
    private sealed class GrowingStream(byte[] bytes, long? declared) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => declared is not null;

        public override bool CanWrite => false;

        public override long Length => declared ?? throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = Math.Min(Math.Min(count, 100_000), bytes.Length - _position);
            bytes.AsSpan(_position, read).CopyTo(buffer.AsSpan(offset));
            _position += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
