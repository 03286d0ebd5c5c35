using System.Text;
using BazaarVid.Assets.Tests.Media;
using BazaarVid.Context;

namespace BazaarVid.Assets.Tests.Ingestion;

/// <summary>Every refused upload gets a typed error with a clear reason and leaves nothing stored.</summary>
public sealed class BadInputTests : IDisposable
{
    private const long FiftyMegabytes = 50L * 1024 * 1024;
    private readonly IngestionFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task A_zero_byte_file_is_rejected_as_empty()
    {
        var act = () => _fixture.IngestAsync([], "logo.png");

        (await act.Should().ThrowAsync<AssetRejectedException>()).Which.Code.Should().Be(IngestionErrorCodes.EmptyFile);
        await _fixture.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_zero_byte_non_seekable_stream_is_rejected_as_empty()
    {
        var act = () => _fixture.Ingestor.IngestAsync("p1", "c1", new NonSeekableStream([]), "logo.png");

        (await act.Should().ThrowAsync<AssetRejectedException>()).Which.Code.Should().Be(IngestionErrorCodes.EmptyFile);
        await _fixture.AssertNothingStoredAsync();
    }

    [Theory]
    [InlineData(20)]
    [InlineData(40)]
    public async Task A_truncated_png_is_rejected_as_corrupt(int keptBytes)
    {
        var act = () => _fixture.IngestAsync(TestMedia.Png(32, 32)[..keptBytes], "logo.png");

        (await act.Should().ThrowAsync<AssetRejectedException>()).Which.Code.Should().Be(IngestionErrorCodes.CorruptContent);
        await _fixture.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_png_cut_before_its_end_chunk_is_rejected_as_truncated()
    {
        var act = () => _fixture.IngestAsync(TestMedia.Png(64, 64)[..^20], "logo.png");

        var rejection = (await act.Should().ThrowAsync<AssetRejectedException>()).Which;
        rejection.Code.Should().Be(IngestionErrorCodes.CorruptContent);
        rejection.Reason.Should().Contain("IEND");
        await _fixture.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_webp_whose_chunk_runs_past_the_end_is_rejected_as_corrupt()
    {
        var webp = TestMedia.WebPExtended(10, 12, alpha: false);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(webp.AsSpan(16), 0x5A00000A);

        var act = () => _fixture.IngestAsync(webp, "logo.webp");

        (await act.Should().ThrowAsync<AssetRejectedException>()).Which.Reason.Should().Contain("RIFF chunk");
        await _fixture.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_png_header_declaring_100000_by_100000_pixels_is_rejected_without_decoding()
    {
        var act = () => _fixture.IngestAsync(TestMedia.PngHeaderOnly(100_000, 100_000), "huge.png");

        var rejection = (await act.Should().ThrowAsync<AssetRejectedException>()).Which;
        rejection.Code.Should().Be(IngestionErrorCodes.ImageTooLarge);
        rejection.Reason.Should().Contain("100,000 × 100,000").And.Contain("100,000,000");
        await _fixture.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task The_pixel_limit_is_inclusive()
    {
        using var fixture = new IngestionFixture(new AssetIngestionOptions { MaxPixels = 100 });

        await fixture.IngestAsync(TestMedia.Png(10, 10), "ok.png");
        var act = () => fixture.IngestAsync(TestMedia.Png(11, 10), "too-big.png");

        (await act.Should().ThrowAsync<AssetRejectedException>()).Which.Code.Should().Be(IngestionErrorCodes.ImageTooLarge);
        fixture.StoredFiles.Should().ContainSingle();
    }

    [Fact]
    public async Task An_exe_renamed_to_png_is_rejected_as_unsupported()
    {
        byte[] exe = [.. "MZ"u8, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, .. new byte[64], .. "This program cannot be run in DOS mode."u8];

        var act = () => _fixture.IngestAsync(exe, "logo.png");

        var rejection = (await act.Should().ThrowAsync<AssetRejectedException>()).Which;
        rejection.Code.Should().Be(IngestionErrorCodes.UnsupportedContent);
        rejection.Reason.Should().Contain("Windows executable");
        await _fixture.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task An_elf_binary_is_rejected_as_unsupported()
    {
        byte[] elf = [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, .. new byte[8], 2, 0, 0x3E, 0, .. new byte[100]];

        var act = () => _fixture.IngestAsync(elf, "screenshot.jpg");

        var rejection = (await act.Should().ThrowAsync<AssetRejectedException>()).Which;
        rejection.Code.Should().Be(IngestionErrorCodes.UnsupportedContent);
        rejection.Reason.Should().Contain("ELF");
        await _fixture.AssertNothingStoredAsync();
    }

    [Theory]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><script>fetch('/steal')</script></svg>""", "<script>")]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&xxe;</text></svg>""", "<!ENTITY")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"/>""", "onload")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="https://evil.test/track.png"/></svg>""", "external resource")]
    public async Task An_unsafe_svg_is_rejected_with_the_reason(string svg, string reason)
    {
        var act = () => _fixture.IngestAsync(Encoding.UTF8.GetBytes(svg), "logo.svg");

        var rejection = (await act.Should().ThrowAsync<AssetRejectedException>()).Which;
        rejection.Code.Should().Be(IngestionErrorCodes.UnsafeSvg);
        rejection.Reason.Should().Contain(reason);
        rejection.Message.Should().Be(rejection.Reason);
        await _fixture.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_60_MB_upload_is_rejected_after_reading_at_most_the_limit_plus_one_byte()
    {
        var upload = new LazyZeroStream(TestMedia.PngHeaderOnly(100, 100), 60L * 1024 * 1024);

        var act = () => _fixture.Ingestor.IngestAsync("p1", "c1", upload, "big.png");

        var rejection = (await act.Should().ThrowAsync<AssetRejectedException>()).Which;
        rejection.Code.Should().Be(IngestionErrorCodes.FileTooLarge);
        rejection.Reason.Should().Contain("52,428,800 bytes");
        upload.BytesRead.Should().BeLessThanOrEqualTo(FiftyMegabytes + 1);
        await _fixture.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_seekable_upload_declaring_more_than_the_limit_is_rejected_before_any_read()
    {
        var upload = new LazyZeroStream(TestMedia.PngHeaderOnly(100, 100), 60L * 1024 * 1024, seekable: true);

        var act = () => _fixture.Ingestor.IngestAsync("p1", "c1", upload, "big.png");

        (await act.Should().ThrowAsync<AssetRejectedException>()).Which.Code.Should().Be(IngestionErrorCodes.FileTooLarge);
        upload.BytesRead.Should().Be(0);
        await _fixture.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task The_size_limit_is_inclusive()
    {
        var png = TestMedia.Png(4, 4);
        using var fixture = new IngestionFixture(new AssetIngestionOptions { MaxFileBytes = png.Length });

        await fixture.Ingestor.IngestAsync("p1", "c1", new NonSeekableStream(png), "exact.png");
        var act = () => fixture.Ingestor.IngestAsync("p1", "c1", new NonSeekableStream([.. TestMedia.Png(4, 4), 0]), "one-more.png");

        (await act.Should().ThrowAsync<AssetRejectedException>()).Which.Code.Should().Be(IngestionErrorCodes.FileTooLarge);
        fixture.StoredFiles.Should().ContainSingle();
    }

    [Theory]
    [InlineData(null, "c1")]
    [InlineData("", "c1")]
    [InlineData("  ", "c1")]
    [InlineData("p1", null)]
    [InlineData("p1", "")]
    [InlineData("p\u00001", "c1")]
    public async Task Invalid_ids_are_rejected_before_reading(string? project, string? conversation)
    {
        var upload = new LazyZeroStream(TestMedia.Png(4, 4), 100);

        var act = () => _fixture.Ingestor.IngestAsync(project!, conversation!, upload, "logo.png");

        await act.Should().ThrowAsync<InvalidIdentifierException>();
        upload.BytesRead.Should().Be(0);
        _fixture.StoredFiles.Should().BeEmpty();
    }

    [Fact]
    public async Task A_null_stream_or_file_name_is_an_argument_error()
    {
        var noStream = () => _fixture.Ingestor.IngestAsync("p1", "c1", null!, "logo.png");
        var noName = () => _fixture.Ingestor.IngestAsync("p1", "c1", new MemoryStream(TestMedia.Png(2, 2)), null!);

        await noStream.Should().ThrowAsync<ArgumentNullException>();
        await noName.Should().ThrowAsync<ArgumentNullException>();
        await _fixture.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_cancelled_upload_stores_nothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var act = () => _fixture.IngestAsync(TestMedia.Png(8, 8), "logo.png", cancellationToken: cancelled.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        await _fixture.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task An_upload_cancelled_while_reading_stores_nothing()
    {
        using var source = new CancellationTokenSource();
        var upload = new CancellingStream(TestMedia.Png(64, 64), source);

        var act = () => _fixture.Ingestor.IngestAsync("p1", "c1", upload, "logo.png", source.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        await _fixture.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_rejection_in_one_project_leaves_the_others_untouched()
    {
        var accepted = await _fixture.IngestAsync(TestMedia.Png(8, 8), "logo.png", project: "p2");

        var act = () => _fixture.IngestAsync([0x7F, (byte)'E', (byte)'L', (byte)'F', 0, 0], "x.png", project: "p2");

        await act.Should().ThrowAsync<AssetRejectedException>();
        (await _fixture.Store.GetAsync("p2", "c1")).Assets.Should().Equal(accepted);
        _fixture.StoredFiles.Should().ContainSingle();
    }
}
