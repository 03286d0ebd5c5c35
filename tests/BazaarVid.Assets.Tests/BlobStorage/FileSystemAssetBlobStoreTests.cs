using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace BazaarVid.Assets.Tests.BlobStorage;

public sealed class FileSystemAssetBlobStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "bazaarvid-blob-tests-" + Guid.NewGuid().ToString("N"), "nested", "root");
    private readonly FileSystemAssetBlobStore _store;

    public FileSystemAssetBlobStoreTests()
    {
        _store = Create(_root, "https://cdn.bazaarvid.test/assets/");
    }

    public void Dispose()
    {
        var top = Path.GetFullPath(Path.Combine(_root, "..", ".."));
        if (Directory.Exists(top))
        {
            Directory.Delete(top, recursive: true);
        }
    }

    private string[] Files => Directory.Exists(_root) ? Directory.GetFiles(_root) : [];

    [Fact]
    public async Task Put_then_read_returns_the_same_bytes_and_creates_the_root_on_first_write()
    {
        var bytes = RandomBytes(100_000);
        var key = KeyOf(bytes);
        Directory.Exists(_root).Should().BeFalse();

        await _store.PutAsync(key, new MemoryStream(bytes), "image/png");

        (await _store.ExistsAsync(key)).Should().BeTrue();
        await using var read = await _store.OpenReadAsync(key);
        using var copy = new MemoryStream();
        await read!.CopyToAsync(copy);
        copy.ToArray().Should().Equal(bytes);
        Files.Should().Equal(Path.Combine(_root, key));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Put_writes_the_same_bytes_with_or_without_flushing_to_disk(bool flush)
    {
        var store = Create(_root, "https://cdn.bazaarvid.test/assets/", flush);
        var bytes = RandomBytes(5000);

        await store.PutAsync(KeyOf(bytes), new NonSeekable(bytes), "image/png");

        File.ReadAllBytes(Path.Combine(_root, KeyOf(bytes))).Should().Equal(bytes);
    }

    [Fact]
    public async Task Put_keeps_the_existing_blob_when_the_key_exists()
    {
        var bytes = RandomBytes(64);
        var key = KeyOf(bytes);
        await _store.PutAsync(key, new MemoryStream(bytes), "image/png");

        await _store.PutAsync(key, new MemoryStream(RandomBytes(64)), "image/png");

        File.ReadAllBytes(Path.Combine(_root, key)).Should().Equal(bytes);
        Files.Should().ContainSingle();
    }

    [Fact]
    public async Task Concurrent_puts_of_one_key_leave_one_complete_file_and_no_temporary_files()
    {
        var bytes = RandomBytes(256 * 1024);
        var key = KeyOf(bytes);

        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () => await _store.PutAsync(key, new MemoryStream(bytes), "image/png"))));

        Files.Should().Equal(Path.Combine(_root, key));
        File.ReadAllBytes(Path.Combine(_root, key)).Should().Equal(bytes);
    }

    [Fact]
    public async Task A_failed_write_leaves_nothing_under_the_key_and_no_temporary_file()
    {
        var key = KeyOf([1, 2, 3]);

        var act = async () => await _store.PutAsync(key, new FailingStream(failAfter: 70_000), "image/png");

        await act.Should().ThrowAsync<IOException>().WithMessage("disk unplugged");
        (await _store.ExistsAsync(key)).Should().BeFalse();
        Files.Should().BeEmpty();
    }

    [Fact]
    public async Task A_cancelled_write_leaves_nothing_behind()
    {
        var key = KeyOf([4, 5, 6]);
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        var before = async () => await _store.PutAsync(key, new MemoryStream(RandomBytes(10)), "image/png", cancel.Token);
        var during = async () => await _store.PutAsync(key, new FailingStream(failAfter: 50_000, cancel: true), "image/png", CancellationToken.None);

        await before.Should().ThrowAsync<OperationCanceledException>();
        await during.Should().ThrowAsync<OperationCanceledException>();
        Files.Should().BeEmpty();
    }

    [Fact]
    public async Task Delete_removes_the_blob_and_reports_whether_it_existed()
    {
        var bytes = RandomBytes(10);
        var key = KeyOf(bytes);
        await _store.PutAsync(key, new MemoryStream(bytes), "image/png");

        (await _store.DeleteAsync(key)).Should().BeTrue();
        (await _store.DeleteAsync(key)).Should().BeFalse();
        (await _store.ExistsAsync(key)).Should().BeFalse();
        (await _store.OpenReadAsync(key)).Should().BeNull();
    }

    [Fact]
    public async Task Missing_keys_read_as_absent_even_before_the_root_exists()
    {
        var key = KeyOf([9]);

        (await _store.ExistsAsync(key)).Should().BeFalse();
        (await _store.OpenReadAsync(key)).Should().BeNull();
        (await _store.DeleteAsync(key)).Should().BeFalse();
    }

    [Theory]
    [InlineData("https://cdn.bazaarvid.test/assets/")]
    [InlineData("https://cdn.bazaarvid.test/assets")]
    public void GetPublicUrl_is_the_base_url_plus_the_key(string baseUrl)
    {
        var key = KeyOf([1]);

        Create(_root, baseUrl).GetPublicUrl(key).Should().Be("https://cdn.bazaarvid.test/assets/" + key);
    }

    public static TheoryData<string> BadKeys => new()
    {
        "../../etc/passwd",
        "logo.png",
        new string('a', 64) + "/../x.png",
        new string('A', 64) + ".png",
        new string('a', 64) + ".PNG",
        new string('a', 64),
        new string('a', 63) + ".png",
        new string('a', 64) + ".png\0",
        new string('a', 64) + ".png\n",
        new string('a', 64) + ".toolongext",
        new string('a', 64) + "..png",
        "/" + new string('a', 64) + ".png",
        string.Empty,
    };

    [Theory]
    [MemberData(nameof(BadKeys))]
    public async Task Every_operation_rejects_a_key_outside_the_strict_pattern(string key)
    {
        var put = async () => await _store.PutAsync(key, new MemoryStream([1]), "image/png");
        var open = async () => await _store.OpenReadAsync(key);
        var exists = async () => await _store.ExistsAsync(key);
        var delete = async () => await _store.DeleteAsync(key);
        var url = () => _store.GetPublicUrl(key);

        await put.Should().ThrowAsync<ArgumentException>();
        await open.Should().ThrowAsync<ArgumentException>();
        await exists.Should().ThrowAsync<ArgumentException>();
        await delete.Should().ThrowAsync<ArgumentException>();
        url.Should().Throw<ArgumentException>();
        Files.Should().BeEmpty();
    }

    [Fact]
    public async Task Put_rejects_missing_arguments()
    {
        var key = KeyOf([1]);

        var noStream = async () => await _store.PutAsync(key, null!, "image/png");
        var noType = async () => await _store.PutAsync(key, new MemoryStream([1]), " ");
        var noKey = async () => await _store.PutAsync(null!, new MemoryStream([1]), "image/png");

        await noStream.Should().ThrowAsync<ArgumentNullException>();
        await noType.Should().ThrowAsync<ArgumentException>();
        await noKey.Should().ThrowAsync<ArgumentNullException>();
    }

    [Theory]
    [InlineData("ftp://cdn.example.com/assets/")]
    [InlineData("/assets/")]
    [InlineData("https://cdn.example.com/assets/?token=1")]
    [InlineData("https://cdn.example.com/assets/#x")]
    public void The_store_refuses_a_public_base_url_that_is_not_plain_http(string baseUrl)
    {
        var act = () => Create(_root, baseUrl);

        act.Should().Throw<ArgumentException>().WithMessage("*PublicBaseUrl*");
    }

    [Fact]
    public void BlobKey_is_the_hash_and_the_extension()
    {
        var sha = new string('0', 60) + "abcd";

        AssetBlobKey.For(sha, "png").Should().Be(sha + ".png");
        AssetBlobKey.IsValid(sha + ".woff2").Should().BeTrue();
        AssetBlobKey.IsValid(null).Should().BeFalse();
        ((Action)(() => AssetBlobKey.For("ABC", "png"))).Should().Throw<ArgumentException>();
        ((Action)(() => AssetBlobKey.For(sha, "p/ng"))).Should().Throw<ArgumentException>();
        ((Action)(() => AssetBlobKey.For(sha, ""))).Should().Throw<ArgumentException>();
    }

    private static FileSystemAssetBlobStore Create(string root, string baseUrl, bool flush = false) =>
        new(Options.Create(new FileSystemBlobStoreOptions { RootPath = root, PublicBaseUrl = baseUrl, FlushToDisk = flush }));

    private static string KeyOf(byte[] bytes) => AssetBlobKey.For(Convert.ToHexStringLower(SHA256.HashData(bytes)), "png");

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        Random.Shared.NextBytes(bytes);
        return bytes;
    }

    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    /// <summary>Hands out zeros, then fails (or cancels) after <paramref name="failAfter"/> bytes.</summary>
    private sealed class FailingStream(int failAfter, bool cancel = false) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_position >= failAfter)
            {
                throw cancel ? new OperationCanceledException() : new IOException("disk unplugged");
            }

            var count = Math.Min(buffer.Length, 8192);
            buffer[..count].Clear();
            _position += count;
            return count;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
