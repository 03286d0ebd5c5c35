using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using MetadataExtractor;
using MetadataExtractor.Formats.Bmp;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Gif;
using MetadataExtractor.Formats.Heif;
using MetadataExtractor.Formats.Jpeg;
using MetadataExtractor.Formats.Png;
using MetadataExtractor.Formats.QuickTime;
using MetadataExtractor.Formats.Tiff;
using MetadataExtractor.Formats.WebP;
using Directory = MetadataExtractor.Directory;

namespace BazaarVid.Assets;

/// <summary>
/// The default <see cref="IMediaProbe"/>. The type comes from magic bytes only: PNG, JPEG, GIF, WebP, BMP,
/// TIFF, HEIC/AVIF (ftyp brands), SVG (text sniff, then a safe XML read), MP4/MOV/M4A (ftyp), WebM, MP3 (ID3
/// or frame sync), WAV (RIFF WAVE), OGG, WOFF/WOFF2/TTF/OTF and Lottie JSON. Executables (MZ, ELF, Mach-O,
/// #! scripts), archives, documents, HTML and unknown binaries are refused with <c>unsupported-content</c>.
/// Metadata comes from MetadataExtractor (image sizes, MP4/MOV size and duration), and from the headers for
/// WAV/MP3 durations and the WebP lossless alpha bit. Raster images must declare a size, or they are refused
/// with <c>corrupt-content</c> (as are truncated PNG and JPEG headers). Nothing is decoded, so a header that
/// declares a huge image costs nothing to read. Stateless and thread-safe.
/// </summary>
public sealed class MediaProbe : IMediaProbe
{
    // TIFF ExtraSamples: present when the pixels carry an alpha (or other extra) channel.
    private const int TiffTagExtraSamples = 338;

    private static readonly IJpegSegmentMetadataReader[] JpegReaders = [new JpegReader(), new ExifReader()];

    /// <summary>A shared instance (the probe holds no state).</summary>
    public static MediaProbe Instance { get; } = new();

    /// <inheritdoc />
    public MediaInfo Probe(ReadOnlySpan<byte> content, string? fileName = null)
    {
        var format = MediaSniffer.Detect(content);
        if (!UsesMetadataExtractor(format))
        {
            return ProbeWithoutStream(format, content);
        }

        // MetadataExtractor reads streams; a span cannot back one, so the bytes are copied once into a pooled array.
        var rented = ArrayPool<byte>.Shared.Rent(content.Length);
        try
        {
            content.CopyTo(rented);
            return ProbeWithStream(format, new ReadOnlyMemory<byte>(rented, 0, content.Length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Probes bytes the caller owns without copying them (the ingestion path).</summary>
    internal static MediaInfo ProbeOwned(ReadOnlyMemory<byte> content)
    {
        var format = MediaSniffer.Detect(content.Span);
        if (!UsesMetadataExtractor(format))
        {
            return ProbeWithoutStream(format, content.Span);
        }

        return MemoryMarshal.TryGetArray(content, out _)
            ? ProbeWithStream(format, content)
            : ProbeWithStream(format, content.ToArray());
    }

    private static bool UsesMetadataExtractor(MediaFormat format) =>
        format.Type is AssetType.Image || format == MediaFormat.Mp4 || format == MediaFormat.Mov || format == MediaFormat.M4a;

    private static MediaInfo ProbeWithoutStream(MediaFormat format, ReadOnlySpan<byte> content)
    {
        if (format == MediaFormat.Svg)
        {
            var (width, height) = SvgInspector.Inspect(content);
            return format.ToInfo(width, height);
        }

        if (format == MediaFormat.Lottie)
        {
            return LottieInspector.Inspect(content);
        }

        if (format == MediaFormat.Mp3)
        {
            return format.ToInfo(duration: AudioHeaders.Mp3Duration(content));
        }

        if (format == MediaFormat.Wav)
        {
            return format.ToInfo(duration: AudioHeaders.WavDuration(content));
        }

        // WebM, OGG and fonts: the type is certain from the magic bytes; MetadataExtractor has no reader for them.
        return format.ToInfo();
    }

    private static MediaInfo ProbeWithStream(MediaFormat format, ReadOnlyMemory<byte> content)
    {
        if (format == MediaFormat.Png)
        {
            PngStructure.Validate(content.Span);
        }
        else if (format == MediaFormat.Jpeg)
        {
            JpegStructure.Validate(content.Span);
        }

        IReadOnlyList<Directory> directories;
        try
        {
            MemoryMarshal.TryGetArray(content, out var segment);
            using var stream = new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false);
            directories = Read(format, stream);
        }
        catch (Exception e) when (e is ImageProcessingException or IOException or ArgumentException or IndexOutOfRangeException or OverflowException or InvalidOperationException)
        {
            if (format.Type != AssetType.Image)
            {
                // A video or audio container whose metadata cannot be read is still that container; its size stays unknown.
                return format.ToInfo();
            }

            throw IngestionErrorCodes.Corrupt($"The {format.Name.ToUpperInvariant()} header could not be read: {e.Message}", e);
        }

        if (format.Type != AssetType.Image)
        {
            return QuickTimeInfo(format, directories);
        }

        var (width, height, alpha) = ImageInfo(format, directories, content.Span);
        if (width is not > 0 || height is not > 0)
        {
            throw IngestionErrorCodes.Corrupt($"The {format.Name.ToUpperInvariant()} header is truncated or malformed: it declares no image size.");
        }

        return format.ToInfo(width, height, hasAlpha: alpha);
    }

    private static IReadOnlyList<Directory> Read(MediaFormat format, Stream stream) => format.Name switch
    {
        "png" => PngMetadataReader.ReadMetadata(stream),
        "jpeg" => JpegMetadataReader.ReadMetadata(stream, JpegReaders),
        "gif" => GifMetadataReader.ReadMetadata(stream),
        "webp" => WebPMetadataReader.ReadMetadata(stream),
        "bmp" => BmpMetadataReader.ReadMetadata(stream),
        "tiff" => TiffMetadataReader.ReadMetadata(stream),
        "heic" or "avif" => HeifMetadataReader.ReadMetadata(stream),
        _ => QuickTimeMetadataReader.ReadMetadata(stream),
    };

    private static (int? Width, int? Height, bool? Alpha) ImageInfo(MediaFormat format, IReadOnlyList<Directory> directories, ReadOnlySpan<byte> content)
    {
        switch (format.Name)
        {
            case "png":
            {
                var header = directories.OfType<PngDirectory>().FirstOrDefault(d => d.ContainsTag(PngDirectory.TagImageWidth));
                var colorType = header is not null && header.TryGetInt32(PngDirectory.TagColorType, out var type) ? type : -1;
                var transparency = directories.OfType<PngDirectory>().Any(d => d.ContainsTag(PngDirectory.TagPaletteHasTransparency));
                return (Int(header, PngDirectory.TagImageWidth), Int(header, PngDirectory.TagImageHeight), colorType is 4 or 6 || transparency);
            }

            case "jpeg":
            {
                var jpeg = directories.OfType<JpegDirectory>().FirstOrDefault();
                var exif = directories.OfType<ExifIfd0Directory>().FirstOrDefault();
                var rotated = exif is not null && exif.TryGetInt32(ExifDirectoryBase.TagOrientation, out var orientation) && orientation is >= 5 and <= 8;
                return Oriented(Int(jpeg, JpegDirectory.TagImageWidth), Int(jpeg, JpegDirectory.TagImageHeight), false, rotated);
            }

            case "gif":
            {
                var header = directories.OfType<GifHeaderDirectory>().FirstOrDefault();
                var transparent = directories.OfType<GifControlDirectory>()
                    .Any(d => d.TryGetBoolean(GifControlDirectory.TagTransparentColorFlag, out var flag) && flag);
                return (Int(header, GifHeaderDirectory.TagImageWidth), Int(header, GifHeaderDirectory.TagImageHeight), transparent);
            }

            case "webp":
            {
                var webp = directories.OfType<WebPDirectory>().FirstOrDefault();
                var alpha = webp is not null && webp.TryGetBoolean(WebPDirectory.TagHasAlpha, out var flag) ? flag : WebPLosslessAlpha(content);
                return (Int(webp, WebPDirectory.TagImageWidth), Int(webp, WebPDirectory.TagImageHeight), alpha);
            }

            case "bmp":
            {
                var bmp = directories.OfType<BmpHeaderDirectory>().FirstOrDefault();
                var alpha = bmp is not null && bmp.TryGetInt32(BmpHeaderDirectory.TagBitsPerPixel, out var bits) && bits == 32
                    && bmp.TryGetInt64(BmpHeaderDirectory.TagAlphaMask, out var mask) && mask != 0;
                return (Int(bmp, BmpHeaderDirectory.TagImageWidth), Abs(Int(bmp, BmpHeaderDirectory.TagImageHeight)), alpha);
            }

            case "tiff":
            {
                var ifd0 = directories.OfType<ExifIfd0Directory>().FirstOrDefault();
                var alpha = ifd0?.ContainsTag(TiffTagExtraSamples) == true;
                return (Int(ifd0, ExifDirectoryBase.TagImageWidth), Int(ifd0, ExifDirectoryBase.TagImageHeight), alpha);
            }

            default:
            {
                var heif = directories.OfType<HeicImagePropertiesDirectory>().FirstOrDefault(d => d.ContainsTag(HeicImagePropertiesDirectory.TagImageWidth));
                var rotated = heif is not null && heif.TryGetInt32(HeicImagePropertiesDirectory.TagRotation, out var rotation) && rotation % 180 == 90;
                return Oriented(Int(heif, HeicImagePropertiesDirectory.TagImageWidth), Int(heif, HeicImagePropertiesDirectory.TagImageHeight), null, rotated);
            }
        }
    }

    private static MediaInfo QuickTimeInfo(MediaFormat format, IReadOnlyList<Directory> directories)
    {
        var movie = directories.OfType<QuickTimeMovieHeaderDirectory>().FirstOrDefault();
        TimeSpan? duration = movie?.GetObject(QuickTimeMovieHeaderDirectory.TagDuration) is TimeSpan span && span >= TimeSpan.Zero ? span : null;

        // The video track is the one with a size; audio tracks declare 0 × 0. A ±90° track matrix swaps the displayed size.
        var track = directories.OfType<QuickTimeTrackHeaderDirectory>()
            .Select(d => (Width: Decimal(d, QuickTimeTrackHeaderDirectory.TagWidth), Height: Decimal(d, QuickTimeTrackHeaderDirectory.TagHeight),
                Rotated: d.TryGetDouble(QuickTimeTrackHeaderDirectory.TagRotation, out var r) && Math.Abs(Math.Abs(r % 180) - 90) < 1))
            .Where(t => t.Width > 0 && t.Height > 0)
            .OrderByDescending(t => (long)t.Width!.Value * t.Height!.Value)
            .FirstOrDefault();
        var (width, height, _) = Oriented(track.Width, track.Height, null, track.Rotated);
        return format.ToInfo(width, height, duration);
    }

    private static (int? Width, int? Height, bool? Alpha) Oriented(int? width, int? height, bool? alpha, bool rotated) =>
        rotated ? (height, width, alpha) : (width, height, alpha);

    private static int? Int(Directory? directory, int tag) =>
        directory is not null && directory.TryGetInt64(tag, out var value) && value is >= int.MinValue and <= int.MaxValue ? (int)value : null;

    private static int? Decimal(Directory directory, int tag) =>
        directory.GetObject(tag) switch
        {
            decimal d when d is >= 0 and <= int.MaxValue => (int)Math.Round(d),
            _ => null,
        };

    private static int? Abs(int? value) => value is { } v && v != int.MinValue ? Math.Abs(v) : null;

    // VP8L header: signature 0x2F, then 14 bits width-1, 14 bits height-1, 1 bit alpha hint.
    private static bool? WebPLosslessAlpha(ReadOnlySpan<byte> content)
    {
        if (content.Length >= 25 && content[12..16].SequenceEqual("VP8L"u8) && content[20] == 0x2F)
        {
            return ((BinaryPrimitives.ReadUInt32LittleEndian(content[21..]) >> 28) & 1) == 1;
        }

        return content.Length >= 16 && content[12..16].SequenceEqual("VP8 "u8) ? false : null;
    }
}
