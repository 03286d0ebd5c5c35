using System.Buffers.Binary;
using System.Text;

namespace BazaarVid.Assets.Tests.Media;

public class MediaProbeTests
{
    private static readonly MediaProbe Probe = MediaProbe.Instance;

    public static TheoryData<string, byte[], AssetType, string, string> Formats => new()
    {
        { "png", TestMedia.Png(4, 3), AssetType.Image, "png", "image/png" },
        { "jpeg", TestMedia.Jpeg(640, 480), AssetType.Image, "jpeg", "image/jpeg" },
        { "gif", TestMedia.Gif(10, 12), AssetType.Image, "gif", "image/gif" },
        { "webp", TestMedia.WebPLossless(10, 12, alpha: false), AssetType.Image, "webp", "image/webp" },
        { "bmp", TestMedia.Bmp(10, 12), AssetType.Image, "bmp", "image/bmp" },
        { "tiff", TestMedia.Tiff(10, 12), AssetType.Image, "tiff", "image/tiff" },
        { "heic", TestMedia.Heif("heic", 300, 200, "mif1", "heic"), AssetType.Image, "heic", "image/heic" },
        { "heif mif1 with avif brand", TestMedia.Heif("mif1", 300, 200, "mif1", "avif"), AssetType.Image, "avif", "image/avif" },
        { "avif", TestMedia.Heif("avif", 300, 200, "mif1", "avif"), AssetType.Image, "avif", "image/avif" },
        { "svg", TestMedia.Svg(), AssetType.Svg, "svg", "image/svg+xml" },
        { "mp4", TestMedia.Mp4(1920, 1080, TimeSpan.FromSeconds(2.5)), AssetType.Video, "mp4", "video/mp4" },
        { "mov", TestMedia.Mp4(1920, 1080, TimeSpan.FromSeconds(2.5), "qt  "), AssetType.Video, "mov", "video/quicktime" },
        { "m4a", TestMedia.Mp4(0, 0, TimeSpan.FromSeconds(2.5), "M4A "), AssetType.Audio, "m4a", "audio/mp4" },
        { "webm", TestMedia.WebM(), AssetType.Video, "webm", "video/webm" },
        { "mp3 with id3", TestMedia.Mp3(10), AssetType.Audio, "mp3", "audio/mpeg" },
        { "mp3 frame sync", TestMedia.Mp3(10, id3: false), AssetType.Audio, "mp3", "audio/mpeg" },
        { "wav", TestMedia.Wav(), AssetType.Audio, "wav", "audio/wav" },
        { "ogg", TestMedia.Ogg(), AssetType.Audio, "ogg", "audio/ogg" },
        { "woff", TestMedia.Font("woff"), AssetType.Font, "woff", "font/woff" },
        { "woff2", TestMedia.Font("woff2"), AssetType.Font, "woff2", "font/woff2" },
        { "ttf", TestMedia.Font("ttf"), AssetType.Font, "ttf", "font/ttf" },
        { "otf", TestMedia.Font("otf"), AssetType.Font, "otf", "font/otf" },
        { "lottie", TestMedia.Lottie(), AssetType.Other, "lottie", "application/json" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Probe_identifies_the_format_from_the_magic_bytes(string name, byte[] content, AssetType type, string format, string mime)
    {
        var info = Probe.Probe(content, "misleading-name.exe");

        info.Type.Should().Be(type, name);
        info.Format.Should().Be(format);
        info.MimeType.Should().Be(mime);
    }

    [Fact]
    public void Probe_ignores_the_file_name_and_reads_the_content()
    {
        Probe.Probe(TestMedia.Png(2, 2), "photo.jpg").Format.Should().Be("png");
        Probe.Probe(TestMedia.Png(2, 2)).Format.Should().Be("png");
    }

    [Theory]
    [InlineData("png", 640, 480)]
    [InlineData("jpeg", 640, 480)]
    [InlineData("gif", 33, 17)]
    [InlineData("webp", 33, 17)]
    [InlineData("webpx", 1000, 700)]
    [InlineData("bmp", 33, 17)]
    [InlineData("tiff", 33, 17)]
    [InlineData("heic", 4032, 3024)]
    [InlineData("avif", 800, 600)]
    public void Probe_reads_image_dimensions_from_the_header(string kind, int width, int height)
    {
        var content = kind switch
        {
            "png" => TestMedia.PngHeaderOnly(width, height),
            "jpeg" => TestMedia.Jpeg(width, height),
            "gif" => TestMedia.Gif(width, height),
            "webp" => TestMedia.WebPLossless(width, height, alpha: false),
            "webpx" => TestMedia.WebPExtended(width, height, alpha: false),
            "bmp" => TestMedia.Bmp(width, height),
            "tiff" => TestMedia.Tiff(width, height),
            "heic" => TestMedia.Heif("heic", width, height, "mif1", "heic"),
            _ => TestMedia.Heif("avif", width, height, "mif1", "avif"),
        };

        var info = Probe.Probe(content);

        info.Width.Should().Be(width);
        info.Height.Should().Be(height);
        info.Duration.Should().BeNull();
    }

    [Fact]
    public void Probe_swaps_the_size_of_a_jpeg_rotated_by_its_exif_orientation()
    {
        var info = Probe.Probe(TestMedia.Jpeg(640, 480, exifRotated: true));

        (info.Width, info.Height).Should().Be((480, 640));
    }

    public static TheoryData<string, byte[], bool> AlphaCases => new()
    {
        { "png rgb", TestMedia.Png(4, 4, TestMedia.Rgb), false },
        { "png rgba", TestMedia.Png(4, 4, TestMedia.Rgba), true },
        { "png grey+alpha", TestMedia.Png(4, 4, TestMedia.GreyAlpha), true },
        { "png rgb with tRNS", TestMedia.Png(4, 4, TestMedia.Rgb, withTrns: true), true },
        { "png palette", TestMedia.Png(4, 4, TestMedia.Palette), false },
        { "png palette with tRNS", TestMedia.Png(4, 4, TestMedia.Palette, withTrns: true), true },
        { "jpeg", TestMedia.Jpeg(8, 8), false },
        { "gif", TestMedia.Gif(8, 8), false },
        { "gif transparent", TestMedia.Gif(8, 8, transparent: true), true },
        { "webp lossless", TestMedia.WebPLossless(8, 8, alpha: false), false },
        { "webp lossless alpha", TestMedia.WebPLossless(8, 8, alpha: true), true },
        { "webp extended", TestMedia.WebPExtended(8, 8, alpha: false), false },
        { "webp extended alpha", TestMedia.WebPExtended(8, 8, alpha: true), true },
        { "bmp 24-bit", TestMedia.Bmp(8, 8), false },
        { "bmp 32-bit alpha mask", TestMedia.Bmp(8, 8, alpha: true), true },
    };

    [Theory]
    [MemberData(nameof(AlphaCases))]
    public void Probe_reports_alpha_from_the_header(string name, byte[] content, bool alpha)
    {
        Probe.Probe(content).HasAlpha.Should().Be(alpha, name);
    }

    [Theory]
    [InlineData("isom")]
    [InlineData("qt  ")]
    public void Probe_reads_video_size_and_duration(string brand)
    {
        var info = Probe.Probe(TestMedia.Mp4(1280, 720, TimeSpan.FromSeconds(4.2), brand));

        (info.Width, info.Height).Should().Be((1280, 720));
        info.Duration.Should().Be(TimeSpan.FromSeconds(4.2));
    }

    [Fact]
    public void Probe_computes_the_wav_duration_from_the_data_chunk_and_byte_rate()
    {
        Probe.Probe(TestMedia.Wav(sampleRate: 8000, channels: 1, bitsPerSample: 16, dataBytes: 24000)).Duration.Should().Be(TimeSpan.FromSeconds(1.5));
        Probe.Probe(TestMedia.Wav(sampleRate: 44100, channels: 2, bitsPerSample: 16, dataBytes: 44100 * 4 * 2)).Duration.Should().Be(TimeSpan.FromSeconds(2));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Probe_computes_the_mp3_duration_from_the_frames(bool id3)
    {
        // Constant bit rate: audio bytes × 8 / 128 kbit/s (these frames carry no padding, so 100 × 417 bytes).
        Probe.Probe(TestMedia.Mp3(100, id3)).Duration.Should().Be(TimeSpan.FromSeconds(Math.Round(100 * 417 * 8 / 128_000.0, 3)));
    }

    [Fact]
    public void Probe_takes_the_mp3_duration_from_a_xing_frame_count()
    {
        // 1,000 frames × 1,152 samples / 44,100 Hz, whatever the bytes present.
        Probe.Probe(TestMedia.Mp3(10, xingFrames: 1000)).Duration.Should().Be(TimeSpan.FromSeconds(Math.Round(1000 * 1152 / 44100.0, 3)));
    }

    [Fact]
    public void Probe_reads_lottie_size_and_duration()
    {
        var info = Probe.Probe(TestMedia.Lottie(width: 800, height: 600, frames: 90, fps: 30));

        (info.Width, info.Height, info.Duration).Should().Be((800, 600, TimeSpan.FromSeconds(3)));
    }

    [Theory]
    [InlineData("""width="120" height="40" """, 120, 40)]
    [InlineData("""width="120px" height="40.4px" """, 120, 40)]
    [InlineData("""viewBox="0 0 512 256" """, 512, 256)]
    [InlineData("""width="100%" height="100%" viewBox="0,0,64,32" """, 64, 32)]
    public void Probe_reads_svg_size_from_width_height_or_viewbox(string attributes, int width, int height)
    {
        var info = Probe.Probe(TestMedia.Svg(attributes));

        (info.Width, info.Height).Should().Be((width, height));
    }

    [Fact]
    public void Probe_leaves_svg_size_unknown_when_nothing_declares_it()
    {
        var info = Probe.Probe(TestMedia.Svg(string.Empty));

        (info.Width, info.Height).Should().Be(((int?)null, (int?)null));
    }

    public static TheoryData<string, byte[], string> Forbidden => new()
    {
        { "windows executable", [.. "MZ"u8, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0], "Windows executable" },
        { "elf", [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0], "ELF" },
        { "mach-o", [0xCF, 0xFA, 0xED, 0xFE, 7, 0, 0, 1], "Mach-O" },
        { "shell script", Encoding.ASCII.GetBytes("#!/bin/sh\nrm -rf /\n"), "script" },
        { "zip", [0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0], "ZIP" },
        { "gzip", [0x1F, 0x8B, 8, 0, 0, 0, 0, 0], "gzip" },
        { "7z", [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0, 4], "7-Zip" },
        { "rar", [.. "Rar!"u8, 0x1A, 0x07, 0x01, 0x00], "RAR" },
        { "tar", [.. new byte[257], .. "ustar"u8, 0, .. new byte[250]], "tar" },
        { "pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n"), "PDF" },
        { "html", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"), "HTML" },
        { "html without doctype", Encoding.UTF8.GetBytes("  <html><head><title>x</title></head></html>"), "HTML" },
        { "plain text", Encoding.UTF8.GetBytes("just some notes about the video"), "plain text" },
        { "xml that is not svg", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><note><to>Tove</to></note>"), "not an SVG" },
        { "json that is not lottie", Encoding.UTF8.GetBytes("""{"name":"package","version":"1.0.0"}"""), "not a Lottie" },
        { "invalid json", Encoding.UTF8.GetBytes("{ not json"), "not valid JSON" },
        { "avi", TestMedia.Riff("AVI ", [("LIST", new byte[12])]), "AVI" },
        { "riff of another kind", TestMedia.Riff("CDXA", [("fmt ", new byte[16])]), "RIFF" },
        { "matroska", TestMedia.WebM("matroska"), "Matroska" },
        { "iso media of an unknown brand", TestMedia.Box("ftyp", [.. "crx "u8, 0, 0, 0, 1, .. "crx "u8]), "brand" },
        { "unknown binary", Enumerable.Range(0, 512).Select(i => (byte)((i * 7919) % 251)).ToArray(), "unknown binary" },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void Probe_rejects_content_that_is_not_accepted_media_as_unsupported(string name, byte[] content, string reason)
    {
        var act = () => Probe.Probe(content, "innocent.png");

        act.Should().Throw<AssetRejectedException>(name)
            .Where(e => e.Code == IngestionErrorCodes.UnsupportedContent)
            .Which.Reason.Should().Contain(reason);
    }

    public static TheoryData<string, byte[]> Corrupt => new()
    {
        { "png cut inside IHDR", TestMedia.Png(4, 3)[..20] },
        { "png signature only", TestMedia.Png(4, 3)[..6] },
        { "png whose first chunk is not IHDR", TestMedia.PngFromChunks([("IDAT", new byte[13]), ("IEND", [])]) },
        { "jpeg cut inside its header", TestMedia.Jpeg(640, 480)[..30] },
        { "jpeg with only its magic", [0xFF, 0xD8, 0xFF] },
        { "jpeg scan before frame header", [0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x08, 1, 1, 0, 0, 0x3F, 0, 0, 0] },
        { "gif without image size", [.. "GIF89a"u8] },
        { "heic without image properties", TestMedia.Box("ftyp", [.. "heic"u8, 0, 0, 0, 0, .. "mif1"u8]) },
    };

    [Theory]
    [MemberData(nameof(Corrupt))]
    public void Probe_rejects_a_truncated_or_malformed_image_header_as_corrupt(string name, byte[] content)
    {
        var act = () => Probe.Probe(content);

        act.Should().Throw<AssetRejectedException>(name).Where(e => e.Code == IngestionErrorCodes.CorruptContent && e.Reason.Length > 20);
    }

    [Fact]
    public void Probe_rejects_empty_content()
    {
        var act = () => Probe.Probe([]);

        act.Should().Throw<AssetRejectedException>().Where(e => e.Code == IngestionErrorCodes.EmptyFile);
    }

    [Fact]
    public void Probe_reads_a_huge_declared_size_without_decoding()
    {
        var info = Probe.Probe(TestMedia.PngHeaderOnly(100_000, 100_000));

        (info.Width, info.Height).Should().Be((100_000, 100_000));
    }

    [Fact]
    public void Probe_reads_the_primary_heif_image_not_its_thumbnail_and_applies_rotation_and_alpha()
    {
        var plain = Probe.Probe(TestMedia.HeifWith("heic", 4032, 3024, ["mif1", "heic"], thumbnail: true));
        var rotated = Probe.Probe(TestMedia.HeifWith("heic", 4032, 3024, ["mif1", "heic"], rotate90: true, thumbnail: true));
        var withAlpha = Probe.Probe(TestMedia.HeifWith("avif", 800, 600, ["mif1", "avif"], alpha: true));

        (plain.Width, plain.Height, plain.HasAlpha).Should().Be((4032, 3024, false));
        (rotated.Width, rotated.Height).Should().Be((3024, 4032));
        (withAlpha.Format, withAlpha.HasAlpha).Should().Be(("avif", true));
    }

    // Found by fuzzing: MetadataExtractor's HEIF reader allocated gigabytes for this declared count.
    [Fact]
    public void Probe_survives_a_heif_declaring_two_billion_property_associations()
    {
        var info = Probe.Probe(TestMedia.HeifWith("heic", 300, 200, ["mif1", "heic"], ipmaEntries: 0x7F7F7F7F));

        (info.Width, info.Height).Should().Be((300, 200));
    }

    // Found by fuzzing: MetadataExtractor's RIFF reader allocated each chunk's declared size up front.
    [Fact]
    public void Probe_reads_a_webp_whose_chunk_declares_more_bytes_than_the_file_has_without_allocating_them()
    {
        var webp = TestMedia.WebPExtended(10, 12, alpha: false);
        BinaryPrimitives.WriteInt32LittleEndian(webp.AsSpan(16), 0x5A00000A);

        var info = Probe.Probe(webp);

        (info.Width, info.Height).Should().Be((10, 12));
    }

    [Fact]
    public void Probe_accepts_the_first_bytes_of_a_png_as_the_interface_allows()
    {
        var prefix = TestMedia.Png(64, 48, TestMedia.Rgba)[..60];

        var info = Probe.Probe(prefix);

        (info.Width, info.Height, info.HasAlpha).Should().Be((64, 48, true));
    }

    [Fact]
    public void Probe_reads_a_lossy_webp_key_frame_header()
    {
        byte[] vp8 = [0x30, 0x01, 0x00, 0x9D, 0x01, 0x2A, 0x40, 0x01, 0xF0, 0x00, 0, 0];
        var info = Probe.Probe(TestMedia.Riff("WEBP", [("VP8 ", vp8)]));

        (info.Width, info.Height, info.HasAlpha).Should().Be((320, 240, false));
    }

    [Fact]
    public void Probe_rejects_a_truncated_webp()
    {
        var act = () => Probe.Probe(TestMedia.WebPExtended(10, 12, alpha: false).AsSpan(0, 25));

        act.Should().Throw<AssetRejectedException>().Where(e => e.Code == IngestionErrorCodes.CorruptContent);
    }

    // Found by fuzzing: a chunk size near 4 GB before the data chunk overflowed the chunk walk.
    [Fact]
    public void Probe_survives_a_wav_chunk_declaring_four_gigabytes()
    {
        var wav = TestMedia.Riff("WAVE", [("junk", new byte[4]), ("fmt ", new byte[16])]);
        BinaryPrimitives.WriteUInt32LittleEndian(wav.AsSpan(16), 0xFFFFFFF0);

        var info = Probe.Probe(wav);

        (info.Format, info.Duration).Should().Be(("wav", (TimeSpan?)null));
    }

    [Fact]
    public void Probe_accepts_a_video_whose_metadata_cannot_be_read_and_leaves_it_unknown()
    {
        // An mvhd box far too short for its fields makes MetadataExtractor throw; the ftyp still proves an MP4.
        byte[] mp4 = [.. TestMedia.Box("ftyp", [.. "isom"u8, 0, 0, 2, 0, .. "isom"u8]), .. TestMedia.Box("moov", TestMedia.Box("mvhd", new byte[6]))];

        var info = Probe.Probe(mp4);

        (info.Type, info.Format, info.Width, info.Duration).Should().Be((AssetType.Video, "mp4", (int?)null, (TimeSpan?)null));
    }
}
