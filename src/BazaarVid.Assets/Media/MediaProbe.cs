using System.Buffers;
using System.Runtime.InteropServices;
using MetadataExtractor;
using MetadataExtractor.Formats.Bmp;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Gif;
using MetadataExtractor.Formats.Jpeg;
using MetadataExtractor.Formats.QuickTime;
using MetadataExtractor.Formats.Tiff;
using Directory = MetadataExtractor.Directory;

namespace BazaarVid.Assets;

/// <summary>
/// The default <see cref="IMediaProbe"/>. The type comes from magic bytes only: PNG, JPEG, GIF, WebP, BMP,
/// TIFF, HEIC/AVIF (ftyp brands), SVG (text sniff, then a safe XML read), MP4/MOV/M4A (ftyp), WebM, MP3 (ID3
/// or frame sync), WAV (RIFF WAVE), OGG, WOFF/WOFF2/TTF/OTF and Lottie JSON. Executables (MZ, ELF, Mach-O,
/// #! scripts), archives, documents, HTML and unknown binaries are refused with <c>unsupported-content</c>.
/// Metadata comes from MetadataExtractor for JPEG (with the EXIF orientation), GIF, BMP, TIFF and MP4/MOV/M4A
/// (size, duration); PNG, WebP, HEIC/AVIF, WAV and MP3 are read from their headers here, because their
/// MetadataExtractor readers either lack the field (durations, WebP lossless alpha) or trust declared sizes
/// enough to be driven out of memory by a tiny hostile file. Raster images must declare a size, or they are
/// refused with <c>corrupt-content</c>, as are truncated PNG, JPEG and WebP headers. Nothing is decoded, so a
/// header declaring a huge image costs nothing to read. <see cref="Probe"/> accepts a prefix of a file; the
/// ingestor, which has the whole upload, also refuses a PNG cut before its IEND chunk and a WebP whose last
/// chunk is cut. Stateless and thread-safe.
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
            return FromHeaders(format, content, complete: false);
        }

        // MetadataExtractor reads streams; a span cannot back one, so the bytes are copied once into a pooled array.
        var rented = ArrayPool<byte>.Shared.Rent(content.Length);
        try
        {
            content.CopyTo(rented);
            return FromMetadataExtractor(format, new ReadOnlyMemory<byte>(rented, 0, content.Length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Probes an upload the caller owns, without copying it (the ingestion path): the whole upload, or, when
    /// <paramref name="complete"/> is false, its first bytes (as <see cref="Probe"/> does).
    /// </summary>
    internal static MediaInfo ProbeUpload(ReadOnlyMemory<byte> content, bool complete = true)
    {
        var format = MediaSniffer.Detect(content.Span);
        if (!UsesMetadataExtractor(format))
        {
            return FromHeaders(format, content.Span, complete);
        }

        return MemoryMarshal.TryGetArray(content, out _)
            ? FromMetadataExtractor(format, content)
            : FromMetadataExtractor(format, content.ToArray());
    }

    private static bool UsesMetadataExtractor(MediaFormat format) =>
        format == MediaFormat.Jpeg || format == MediaFormat.Gif || format == MediaFormat.Bmp || format == MediaFormat.Tiff
        || format == MediaFormat.Mp4 || format == MediaFormat.Mov || format == MediaFormat.M4a;

    private static MediaInfo FromHeaders(MediaFormat format, ReadOnlySpan<byte> content, bool complete)
    {
        switch (format.Name)
        {
            case "png":
            {
                var (width, height, alpha) = PngHeader.Read(content, complete);
                return format.ToInfo(width, height, hasAlpha: alpha);
            }

            case "webp":
            {
                var (width, height, alpha) = WebPHeader.Read(content, complete);
                return RequireSize(format, width, height, alpha);
            }

            case "heic" or "avif":
            {
                var (width, height, alpha) = HeifHeader.Read(content);
                return RequireSize(format, width, height, alpha);
            }

            case "svg":
            {
                var (width, height) = SvgInspector.Inspect(content);
                return format.ToInfo(width, height);
            }

            case "lottie":
                return LottieInspector.Inspect(content);
            case "mp3":
                return format.ToInfo(duration: AudioHeaders.Mp3Duration(content));
            case "wav":
                return format.ToInfo(duration: AudioHeaders.WavDuration(content));
            default:
                // WebM, OGG and fonts: the magic bytes make the type certain; nothing here reads their metadata.
                return format.ToInfo();
        }
    }

    private static MediaInfo FromMetadataExtractor(MediaFormat format, ReadOnlyMemory<byte> content)
    {
        if (format == MediaFormat.Jpeg)
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
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // MetadataExtractor signals damaged input with many exception types (even System.Exception from its QuickTime reader).
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

        var (width, height, alpha) = ImageInfo(format, directories);
        return RequireSize(format, width, height, alpha);
    }

    private static MediaInfo RequireSize(MediaFormat format, int? width, int? height, bool? alpha) =>
        width is > 0 && height is > 0
            ? format.ToInfo(width, height, hasAlpha: alpha)
            : throw IngestionErrorCodes.Corrupt($"The {format.Name.ToUpperInvariant()} header is truncated or malformed: it declares no image size.");

    private static IReadOnlyList<Directory> Read(MediaFormat format, Stream stream) => format.Name switch
    {
        "jpeg" => JpegMetadataReader.ReadMetadata(stream, JpegReaders),
        "gif" => GifMetadataReader.ReadMetadata(stream),
        "bmp" => BmpMetadataReader.ReadMetadata(stream),
        "tiff" => TiffMetadataReader.ReadMetadata(stream),
        _ => QuickTimeMetadataReader.ReadMetadata(stream),
    };

    private static (int? Width, int? Height, bool? Alpha) ImageInfo(MediaFormat format, IReadOnlyList<Directory> directories)
    {
        switch (format.Name)
        {
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

            case "bmp":
            {
                var bmp = directories.OfType<BmpHeaderDirectory>().FirstOrDefault();
                var alpha = bmp is not null && bmp.TryGetInt32(BmpHeaderDirectory.TagBitsPerPixel, out var bits) && bits == 32
                    && bmp.TryGetInt64(BmpHeaderDirectory.TagAlphaMask, out var mask) && mask != 0;
                return (Int(bmp, BmpHeaderDirectory.TagImageWidth), Abs(Int(bmp, BmpHeaderDirectory.TagImageHeight)), alpha);
            }

            default:
            {
                var ifd0 = directories.OfType<ExifIfd0Directory>().FirstOrDefault();
                var alpha = ifd0?.ContainsTag(TiffTagExtraSamples) == true;
                return (Int(ifd0, ExifDirectoryBase.TagImageWidth), Int(ifd0, ExifDirectoryBase.TagImageHeight), alpha);
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
}
