using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace BazaarVid.Assets.Tests.Media;

/// <summary>Tiny valid media files built in code, byte by byte (no binary fixtures).</summary>
internal static class TestMedia
{
    /// <summary>PNG colour types.</summary>
    public const byte Grey = 0, Rgb = 2, Palette = 3, GreyAlpha = 4, Rgba = 6;

    /// <summary>A real, decodable PNG (zlib-compressed scanlines, CRC32 per chunk).</summary>
    public static byte[] Png(int width, int height, byte colorType = Rgb, bool withTrns = false)
    {
        var channels = colorType switch { Grey => 1, Rgb => 3, Palette => 1, GreyAlpha => 2, _ => 4 };
        using var raw = new MemoryStream();
        using (var z = new ZLibStream(raw, CompressionLevel.Fastest, leaveOpen: true))
        {
            var row = new byte[1 + (width * channels)];
            for (var y = 0; y < height; y++)
            {
                z.Write(row);
            }
        }

        var chunks = new List<(string, byte[])> { ("IHDR", Ihdr(width, height, colorType)) };
        if (colorType == Palette)
        {
            chunks.Add(("PLTE", [0, 0, 0, 255, 255, 255]));
        }

        if (withTrns)
        {
            chunks.Add(("tRNS", colorType == Palette ? [0] : colorType == Grey ? [0, 0] : [0, 0, 0, 0, 0, 0]));
        }

        chunks.Add(("IDAT", raw.ToArray()));
        chunks.Add(("IEND", []));
        return PngFromChunks(chunks);
    }

    /// <summary>A structurally valid PNG whose header declares any size (the IDAT is not a real image).</summary>
    public static byte[] PngHeaderOnly(int width, int height, byte colorType = Rgb) =>
        PngFromChunks([("IHDR", Ihdr(width, height, colorType)), ("IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]), ("IEND", [])]);

    public static byte[] PngFromChunks(IEnumerable<(string Type, byte[] Data)> chunks)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        foreach (var (type, data) in chunks)
        {
            var typeBytes = Encoding.ASCII.GetBytes(type);
            WriteBe32(png, (uint)data.Length);
            png.Write(typeBytes);
            png.Write(data);
            WriteBe32(png, Crc32.Compute([.. typeBytes, .. data]));
        }

        return png.ToArray();
    }

    /// <summary>A baseline JPEG structure: SOI, APP0, DQT, SOF0, SOS, <paramref name="scanBytes"/> of scan data, EOI.</summary>
    public static byte[] Jpeg(int width, int height, int scanBytes = 64, bool exifRotated = false)
    {
        using var jpg = new MemoryStream();
        jpg.Write([0xFF, 0xD8]);
        jpg.Write([0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        if (exifRotated)
        {
            // APP1 Exif, little-endian TIFF with one IFD0 entry: Orientation (274) = 6 (rotate 90°).
            byte[] tiff = [(byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0];
            var length = 2 + 6 + tiff.Length;
            jpg.Write([0xFF, 0xE1, (byte)(length >> 8), (byte)length, (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0]);
            jpg.Write(tiff);
        }

        jpg.Write([0xFF, 0xDB, 0x00, 0x43, 0x00]);
        jpg.Write(Enumerable.Repeat((byte)1, 64).ToArray());
        jpg.Write([0xFF, 0xC0, 0x00, 0x11, 0x08, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 0x03, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0]);
        jpg.Write([0xFF, 0xDA, 0x00, 0x0C, 0x03, 1, 0x00, 2, 0x11, 3, 0x11, 0x00, 0x3F, 0x00]);
        var scan = new byte[scanBytes];
        for (var i = 0; i < scan.Length; i++)
        {
            scan[i] = (byte)((i * 31) % 0xFF);
        }

        jpg.Write(scan);
        jpg.Write([0xFF, 0xD9]);
        return jpg.ToArray();
    }

    /// <summary>A decodable 1-colour GIF89a, optionally with a transparent colour (graphic control extension).</summary>
    public static byte[] Gif(int width, int height, bool transparent = false)
    {
        using var gif = new MemoryStream();
        gif.Write("GIF89a"u8);
        WriteLe16(gif, width);
        WriteLe16(gif, height);
        gif.Write([0x80, 0, 0, 0, 0, 0, 255, 255, 255]);
        if (transparent)
        {
            gif.Write([0x21, 0xF9, 0x04, 0x01, 0, 0, 0, 0]);
        }

        gif.Write([0x2C, 0, 0, 0, 0]);
        WriteLe16(gif, width);
        WriteLe16(gif, height);
        gif.Write([0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B]);
        return gif.ToArray();
    }

    /// <summary>A lossless WebP (VP8L) header with the alpha hint bit.</summary>
    public static byte[] WebPLossless(int width, int height, bool alpha)
    {
        var bits = (uint)(width - 1) | ((uint)(height - 1) << 14) | ((alpha ? 1u : 0u) << 28);
        byte[] vp8l = [0x2F, (byte)bits, (byte)(bits >> 8), (byte)(bits >> 16), (byte)(bits >> 24), 0, 0, 0];
        return Riff("WEBP", [("VP8L", vp8l)]);
    }

    /// <summary>An extended WebP (VP8X) header with the alpha flag.</summary>
    public static byte[] WebPExtended(int width, int height, bool alpha)
    {
        byte[] vp8x = [(byte)(alpha ? 0x10 : 0), 0, 0, 0, (byte)(width - 1), (byte)((width - 1) >> 8), (byte)((width - 1) >> 16), (byte)(height - 1), (byte)((height - 1) >> 8), (byte)((height - 1) >> 16)];
        return Riff("WEBP", [("VP8X", vp8x)]);
    }

    /// <summary>A 24-bit (or 32-bit with an alpha mask) uncompressed BMP.</summary>
    public static byte[] Bmp(int width, int height, bool alpha = false)
    {
        var bpp = alpha ? 32 : 24;
        var rowBytes = ((width * bpp / 8) + 3) & ~3;
        var headerSize = alpha ? 108 : 40;
        var offset = 14 + headerSize;
        using var bmp = new MemoryStream();
        bmp.Write("BM"u8);
        WriteLe32(bmp, offset + (rowBytes * height));
        WriteLe32(bmp, 0);
        WriteLe32(bmp, offset);
        WriteLe32(bmp, headerSize);
        WriteLe32(bmp, width);
        WriteLe32(bmp, height);
        WriteLe16(bmp, 1);
        WriteLe16(bmp, bpp);
        WriteLe32(bmp, alpha ? 3 : 0);
        WriteLe32(bmp, rowBytes * height);
        WriteLe32(bmp, 2835);
        WriteLe32(bmp, 2835);
        WriteLe32(bmp, 0);
        WriteLe32(bmp, 0);
        if (alpha)
        {
            WriteLe32(bmp, 0x00FF0000);
            WriteLe32(bmp, 0x0000FF00);
            WriteLe32(bmp, 0x000000FF);
            WriteLe32(bmp, unchecked((int)0xFF000000));
            bmp.Write(new byte[108 - 56]);
        }

        bmp.Write(new byte[rowBytes * height]);
        return bmp.ToArray();
    }

    /// <summary>A little-endian, uncompressed RGB TIFF.</summary>
    public static byte[] Tiff(int width, int height)
    {
        var pixels = width * height * 3;
        (ushort Tag, ushort Type, int Value)[] entries =
        [
            (256, 3, width), (257, 3, height), (258, 3, 8), (259, 3, 1), (262, 3, 2),
            (273, 4, 8 + 2 + (10 * 12) + 4), (277, 3, 3), (278, 3, height), (279, 4, pixels),
        ];
        using var tif = new MemoryStream();
        tif.Write("II*\0"u8);
        WriteLe32(tif, 8);
        WriteLe16(tif, entries.Length);
        foreach (var (tag, type, value) in entries)
        {
            WriteLe16(tif, tag);
            WriteLe16(tif, type);
            WriteLe32(tif, 1);
            if (type == 3)
            {
                WriteLe16(tif, value);
                WriteLe16(tif, 0);
            }
            else
            {
                WriteLe32(tif, value);
            }
        }

        WriteLe32(tif, 0);
        tif.Write(new byte[(8 + 2 + (10 * 12) + 4) - (int)tif.Length]);
        tif.Write(new byte[pixels]);
        return tif.ToArray();
    }

    /// <summary>A HEIF still image: ftyp with the given brands and a meta box whose ipco has an ispe property.</summary>
    public static byte[] Heif(string majorBrand, int width, int height, params string[] compatibleBrands) =>
        HeifWith(majorBrand, width, height, compatibleBrands);

    /// <summary>
    /// A HEIF still image whose primary item (id 1) has an ispe, optionally an irot of 90° and an alpha auxC;
    /// with <paramref name="thumbnail"/>, a smaller ispe of item 2 comes first in ipco.
    /// </summary>
    public static byte[] HeifWith(string majorBrand, int width, int height, string[] compatibleBrands, bool rotate90 = false, bool alpha = false, bool thumbnail = false, uint? ipmaEntries = null)
    {
        var ftyp = Box("ftyp", [.. Encoding.ASCII.GetBytes(majorBrand), 0, 0, 0, 0, .. compatibleBrands.SelectMany(Encoding.ASCII.GetBytes)]);
        var hdlr = FullBox("hdlr", [0, 0, 0, 0, .. "pict"u8, .. new byte[12], 0]);
        var pitm = FullBox("pitm", [0, 1]);
        var properties = new List<byte[]>();
        if (thumbnail)
        {
            properties.Add(FullBox("ispe", [.. Be32(64), .. Be32(48)]));
        }

        properties.Add(FullBox("ispe", [.. Be32(width), .. Be32(height)]));
        var primary = new List<byte> { (byte)(0x80 | properties.Count) };
        if (rotate90)
        {
            properties.Add(Box("irot", [1]));
            primary.Add((byte)properties.Count);
        }

        if (alpha)
        {
            properties.Add(FullBox("auxC", [.. "urn:mpeg:mpegB:cicp:systems:auxiliary:alpha"u8, 0]));
        }

        var ipco = Box("ipco", [.. properties.SelectMany(p => p)]);
        byte[] entries = thumbnail ? [0, 2, 1, 0x81, 0, 1, (byte)primary.Count, .. primary] : [0, 1, (byte)primary.Count, .. primary];
        var ipma = FullBox("ipma", [.. Be32((int)(ipmaEntries ?? (thumbnail ? 2u : 1u))), .. entries]);
        var iprp = Box("iprp", [.. ipco, .. ipma]);
        var meta = FullBox("meta", [.. hdlr, .. pitm, .. iprp]);
        return [.. ftyp, .. meta, .. Box("mdat", new byte[16])];
    }

    /// <summary>An MP4 (or MOV with brand "qt  ") with one video track: ftyp, moov (mvhd, trak/tkhd), mdat.</summary>
    public static byte[] Mp4(int width, int height, TimeSpan duration, string majorBrand = "isom")
    {
        const int timescale = 1000;
        var units = (int)duration.TotalMilliseconds;
        var ftyp = Box("ftyp", [.. Encoding.ASCII.GetBytes(majorBrand), 0, 0, 2, 0, .. Encoding.ASCII.GetBytes(majorBrand), .. "mp41"u8]);
        byte[] matrix = [.. Be32(0x00010000), .. Be32(0), .. Be32(0), .. Be32(0), .. Be32(0x00010000), .. Be32(0), .. Be32(0), .. Be32(0), .. Be32(0x40000000)];
        var mvhd = FullBox("mvhd", [.. Be32(0), .. Be32(0), .. Be32(timescale), .. Be32(units), .. Be32(0x00010000), 1, 0, .. new byte[10], .. matrix, .. new byte[24], .. Be32(2)]);
        var tkhd = FullBox("tkhd", [.. Be32(0), .. Be32(0), .. Be32(1), .. Be32(0), .. Be32(units), .. new byte[8], 0, 0, 0, 0, 0, 0, 0, 0, .. matrix, .. Be32(width << 16), .. Be32(height << 16)], flags: 3);
        var trak = Box("trak", tkhd);
        var moov = Box("moov", [.. mvhd, .. trak]);
        return [.. ftyp, .. moov, .. Box("mdat", new byte[32])];
    }

    /// <summary>A PCM WAV with <paramref name="dataBytes"/> of silence.</summary>
    public static byte[] Wav(int sampleRate = 8000, short channels = 1, short bitsPerSample = 16, int dataBytes = 16000)
    {
        var blockAlign = (short)(channels * bitsPerSample / 8);
        using var fmt = new MemoryStream();
        WriteLe16(fmt, 1);
        WriteLe16(fmt, channels);
        WriteLe32(fmt, sampleRate);
        WriteLe32(fmt, sampleRate * blockAlign);
        WriteLe16(fmt, blockAlign);
        WriteLe16(fmt, bitsPerSample);
        return Riff("WAVE", [("fmt ", fmt.ToArray()), ("data", new byte[dataBytes])]);
    }

    /// <summary>An MP3 of <paramref name="frames"/> silent MPEG-1 Layer III frames (128 kbit/s, 44.1 kHz), optionally after an ID3v2 tag.</summary>
    public static byte[] Mp3(int frames, bool id3 = true, int? xingFrames = null)
    {
        using var mp3 = new MemoryStream();
        if (id3)
        {
            mp3.Write([(byte)'I', (byte)'D', (byte)'3', 3, 0, 0, 0, 0, 0, 10]);
            mp3.Write(new byte[10]);
        }

        for (var i = 0; i < frames; i++)
        {
            var frame = new byte[417];
            frame[0] = 0xFF;
            frame[1] = 0xFB;
            frame[2] = 0x90;
            frame[3] = 0x64;
            if (i == 0 && xingFrames is { } counted)
            {
                // Xing header after the 32-byte side information of a stereo MPEG-1 frame: flags (frames present), frame count.
                "Xing"u8.CopyTo(frame.AsSpan(36));
                frame[43] = 1;
                BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(44), counted);
            }

            mp3.Write(frame);
        }

        return mp3.ToArray();
    }

    /// <summary>The first page of an Ogg Vorbis stream.</summary>
    public static byte[] Ogg() =>
        [.. "OggS"u8, 0, 2, .. new byte[8], 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 30, 1, .. "vorbis"u8, 0, 0, 0, 0, 1, 0x44, 0xAC, 0, 0, .. new byte[17]];

    /// <summary>The EBML header of a WebM file.</summary>
    public static byte[] WebM(string docType = "webm") =>
        [0x1A, 0x45, 0xDF, 0xA3, (byte)(0x80 | (docType.Length + 3)), 0x42, 0x82, (byte)(0x80 | docType.Length), .. Encoding.ASCII.GetBytes(docType), 0x18, 0x53, 0x80, 0x67, 0x80];

    /// <summary>A font file header: "wOFF", "wOF2", "OTTO" or TrueType (00 01 00 00) with a plausible table directory.</summary>
    public static byte[] Font(string kind)
    {
        byte[] sfnt = [0, 4, 0, 64, 0, 2, 0, 0, .. new byte[4 * 16], .. new byte[64]];
        return kind switch
        {
            "woff" => [.. "wOFF"u8, 0, 1, 0, 0, .. Be32(200), 0, 4, 0, 0, .. new byte[180]],
            "woff2" => [.. "wOF2"u8, 0, 1, 0, 0, .. Be32(200), 0, 4, 0, 0, .. new byte[180]],
            "otf" => [.. "OTTO"u8, .. sfnt],
            _ => [0, 1, 0, 0, .. sfnt],
        };
    }

    /// <summary>A minimal Lottie animation.</summary>
    public static byte[] Lottie(int width = 512, int height = 512, int frames = 90, int fps = 30) =>
        Encoding.UTF8.GetBytes($$"""{"v":"5.7.4","fr":{{fps}},"ip":0,"op":{{frames}},"w":{{width}},"h":{{height}},"nm":"intro","layers":[]}""");

    /// <summary>An SVG document (UTF-8) with the given root attributes and body.</summary>
    public static byte[] Svg(string rootAttributes = """width="120" height="40" viewBox="0 0 120 40" """, string body = """<rect width="120" height="40" fill="#0af"/>""") =>
        Encoding.UTF8.GetBytes($"""<?xml version="1.0" encoding="UTF-8"?>{'\n'}<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" {rootAttributes}>{body}</svg>""");

    public static byte[] Riff(string form, IEnumerable<(string Id, byte[] Data)> chunks)
    {
        using var body = new MemoryStream();
        body.Write(Encoding.ASCII.GetBytes(form));
        foreach (var (id, data) in chunks)
        {
            body.Write(Encoding.ASCII.GetBytes(id));
            WriteLe32(body, data.Length);
            body.Write(data);
            if (data.Length % 2 == 1)
            {
                body.WriteByte(0);
            }
        }

        using var riff = new MemoryStream();
        riff.Write("RIFF"u8);
        WriteLe32(riff, (int)body.Length);
        body.Position = 0;
        body.CopyTo(riff);
        return riff.ToArray();
    }

    public static byte[] Box(string type, byte[] payload) => [.. Be32(8 + payload.Length), .. Encoding.ASCII.GetBytes(type), .. payload];

    private static byte[] FullBox(string type, byte[] payload, int flags = 0) => Box(type, [0, (byte)(flags >> 16), (byte)(flags >> 8), (byte)flags, .. payload]);

    private static byte[] Ihdr(int width, int height, byte colorType) => [.. Be32(width), .. Be32(height), 8, colorType, 0, 0, 0];

    private static byte[] Be32(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        return bytes;
    }

    private static void WriteBe32(Stream stream, uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        stream.Write(bytes);
    }

    private static void WriteLe32(Stream stream, int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        stream.Write(bytes);
    }

    private static void WriteLe16(Stream stream, int value)
    {
        Span<byte> bytes = stackalloc byte[2];
        BinaryPrimitives.WriteInt16LittleEndian(bytes, (short)value);
        stream.Write(bytes);
    }

    /// <summary>CRC-32 (ISO-HDLC, as PNG uses it).</summary>
    private static class Crc32
    {
        private static readonly uint[] Table = Enumerable.Range(0, 256).Select(n =>
        {
            var c = (uint)n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            return c;
        }).ToArray();

        public static uint Compute(ReadOnlySpan<byte> data)
        {
            var crc = 0xFFFFFFFFu;
            foreach (var b in data)
            {
                crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
            }

            return crc ^ 0xFFFFFFFFu;
        }
    }
}
