using System.Security.Cryptography;
using BazaarVid.Assets.Tests.Media;

namespace BazaarVid.Assets.Tests.Ingestion;

/// <summary>
/// Large uploads into the file store are written to a temporary file while they are read and hashed, and moved under
/// their key only after every check: the stored blob is the same, and a refusal, a duplicate or a cancellation after
/// the temporary write started leaves nothing behind.
/// </summary>
public sealed class StagedIngestionTests : IDisposable
{
    private const int ReadBytes = 64 * 1024;
    private static readonly byte[] LargeJpeg = TestMedia.Jpeg(640, 480, scanBytes: 2_000_000);

    private readonly IngestionFixture _fixture = new(unwrapped: true);

    public void Dispose() => _fixture.Dispose();

    public static TheoryData<string> StreamKinds => ["non-seekable", "seekable", "memory", "exposed-memory", "exposed-memory-at-offset"];

    [Theory]
    [MemberData(nameof(StreamKinds))]
    public async Task A_large_upload_is_stored_byte_for_byte_under_its_key_with_no_temporary_file_left(string kind)
    {
        var asset = await _fixture.Ingestor.IngestAsync("p1", "c1", Open(kind, LargeJpeg), "photo.jpg");

        asset.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(LargeJpeg)));
        asset.ByteSize.Should().Be(LargeJpeg.Length);
        (asset.Width, asset.Height).Should().Be((640, 480));
        var stored = _fixture.StoredFiles.Should().ContainSingle().Which;
        Path.GetFileName(stored).Should().Be($"{asset.Sha256}.jpg");
        (await File.ReadAllBytesAsync(stored)).Should().Equal(LargeJpeg);
    }

    [Fact]
    public async Task An_exposed_memory_stream_is_left_at_its_end_as_if_read()
    {
        var stream = Open("exposed-memory", LargeJpeg);

        await _fixture.Ingestor.IngestAsync("p1", "c1", stream, "photo.jpg");

        stream.Position.Should().Be(stream.Length);
    }

    [Fact]
    public async Task The_temporary_file_is_written_while_the_upload_is_still_being_read()
    {
        var seen = 0;
        var upload = new ObservedStream(LargeJpeg, ReadBytes, read => seen = Math.Max(seen, read > 1_000_000 ? _fixture.TempFiles.Length : 0));

        await _fixture.Ingestor.IngestAsync("p1", "c1", upload, "photo.jpg");

        seen.Should().Be(1);
        _fixture.TempFiles.Should().BeEmpty();
        _fixture.StoredFiles.Should().ContainSingle();
    }

    [Fact]
    public async Task An_upload_refused_as_too_large_after_the_temporary_write_started_leaves_no_temporary_file()
    {
        using var fixture = new IngestionFixture(new AssetIngestionOptions { MaxFileBytes = 1_000_000 }, unwrapped: true);
        var sawTemp = false;
        var upload = new ObservedStream(LargeJpeg, ReadBytes, _ => sawTemp |= fixture.TempFiles.Length > 0);

        var act = () => fixture.Ingestor.IngestAsync("p1", "c1", upload, "photo.jpg");

        (await act.Should().ThrowAsync<AssetRejectedException>()).Which.Code.Should().Be(IngestionErrorCodes.FileTooLarge);
        sawTemp.Should().BeTrue();
        await fixture.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task An_upload_whose_defect_only_the_full_probe_finds_is_refused_and_its_temporary_file_deleted()
    {
        // The header passes (so the upload is staged), but the PNG ends without its IEND chunk.
        var ihdr = TestMedia.Png(8, 8)[16..29];
        var cut = TestMedia.PngFromChunks([("IHDR", ihdr), ("tEXt", new byte[600_000])]);
        var sawTemp = false;
        var upload = new ObservedStream(cut, ReadBytes, _ => sawTemp |= _fixture.TempFiles.Length > 0);

        var act = () => _fixture.Ingestor.IngestAsync("p1", "c1", upload, "logo.png");

        var rejection = (await act.Should().ThrowAsync<AssetRejectedException>()).Which;
        rejection.Code.Should().Be(IngestionErrorCodes.CorruptContent);
        rejection.Reason.Should().Contain("IEND");
        sawTemp.Should().BeTrue();
        await _fixture.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task An_upload_whose_header_is_refused_is_never_written_even_to_a_temporary_file()
    {
        var huge = TestMedia.Jpeg(20_000, 20_000, scanBytes: 1_000_000);
        var sawTemp = false;
        var upload = new ObservedStream(huge, ReadBytes, _ => sawTemp |= _fixture.TempFiles.Length > 0);

        var act = () => _fixture.Ingestor.IngestAsync("p1", "c1", upload, "huge.jpg");

        (await act.Should().ThrowAsync<AssetRejectedException>()).Which.Code.Should().Be(IngestionErrorCodes.ImageTooLarge);
        sawTemp.Should().BeFalse();
        await _fixture.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task An_upload_cancelled_after_the_temporary_write_started_leaves_nothing_behind()
    {
        using var source = new CancellationTokenSource();
        var sawTemp = false;
        var upload = new ObservedStream(LargeJpeg, ReadBytes, read =>
        {
            sawTemp |= _fixture.TempFiles.Length > 0;
            if (read >= 1_000_000)
            {
                source.Cancel();
            }
        });

        var act = () => _fixture.Ingestor.IngestAsync("p1", "c1", upload, "photo.jpg", source.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        sawTemp.Should().BeTrue();
        await _fixture.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_large_duplicate_returns_the_existing_asset_and_deletes_its_temporary_file()
    {
        var first = await _fixture.Ingestor.IngestAsync("p1", "c1", Open("memory", LargeJpeg), "photo.jpg");
        var blob = _fixture.StoredFiles.Should().ContainSingle().Which;
        var written = File.GetLastWriteTimeUtc(blob);

        var again = await _fixture.Ingestor.IngestAsync("p1", "c2", Open("non-seekable", LargeJpeg), "copy.jpg");
        var otherProject = await _fixture.Ingestor.IngestAsync("p2", "c1", Open("seekable", LargeJpeg), "copy.jpg");

        again.Id.Should().Be(first.Id);
        (await _fixture.Store.GetAsync("p1", "c2")).Assets.Select(a => a.Id).Should().Equal(first.Id);
        otherProject.Url.Should().Be(first.Url);
        _fixture.StoredFiles.Should().Equal(blob);
        File.GetLastWriteTimeUtc(blob).Should().Be(written);
    }

    [Fact]
    public async Task Concurrent_large_uploads_of_the_same_bytes_end_as_one_asset_and_one_blob()
    {
        var assets = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => _fixture.Ingestor.IngestAsync("p1", "c1", Open(i % 2 == 0 ? "memory" : "non-seekable", LargeJpeg), "photo.jpg"))));

        assets.Select(a => a.Id).Distinct().Should().ContainSingle();
        (await _fixture.Store.GetAsync("p1", "c1")).Assets.Should().ContainSingle();
        (await File.ReadAllBytesAsync(_fixture.StoredFiles.Should().ContainSingle().Which)).Should().Equal(LargeJpeg);
    }

    [Fact]
    public async Task A_wrapped_store_gets_large_uploads_through_put()
    {
        using var fixture = new IngestionFixture();

        await fixture.Ingestor.IngestAsync("p1", "c1", Open("memory", LargeJpeg), "photo.jpg");

        fixture.Blobs.Puts.Should().Be(1);
        (await File.ReadAllBytesAsync(fixture.StoredFiles.Should().ContainSingle().Which)).Should().Equal(LargeJpeg);
    }

    private static Stream Open(string kind, byte[] bytes) => kind switch
    {
        "non-seekable" => new ObservedStream(bytes, ReadBytes, _ => { }),
        "seekable" => new ObservedStream(bytes, ReadBytes, _ => { }, seekable: true),
        "memory" => new MemoryStream(bytes, writable: false),
        "exposed-memory" => new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true),
        _ => ExposedAtOffset(bytes),
    };

    private static MemoryStream ExposedAtOffset(byte[] bytes)
    {
        var padded = new byte[bytes.Length + 100];
        bytes.CopyTo(padded, 60);
        return new MemoryStream(padded, 20, bytes.Length + 40, writable: false, publiclyVisible: true) { Position = 40 };
    }
}
