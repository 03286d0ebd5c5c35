using System.Buffers.Binary;
using System.Text;

namespace BazaarVid.Assets;

/// <summary>
/// Decides the format from magic bytes (never from a file name). Forbidden content (executables, scripts,
/// archives, documents, HTML) and unknown binaries are rejected with <see cref="IngestionErrorCodes.UnsupportedContent"/>.
/// </summary>
internal static class MediaSniffer
{
    private const int TextSniffBytes = 4096;

    private static readonly (byte[] Magic, int Offset, string What)[] Forbidden =
    [
        ("MZ"u8.ToArray(), 0, "a Windows executable (MZ header)"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], 0, "an ELF executable"),
        ([0xFE, 0xED, 0xFA, 0xCE], 0, "a Mach-O executable"),
        ([0xFE, 0xED, 0xFA, 0xCF], 0, "a Mach-O executable"),
        ([0xCE, 0xFA, 0xED, 0xFE], 0, "a Mach-O executable"),
        ([0xCF, 0xFA, 0xED, 0xFE], 0, "a Mach-O executable"),
        ([0xCA, 0xFE, 0xBA, 0xBE], 0, "a Mach-O universal binary or Java class file"),
        ("#!"u8.ToArray(), 0, "a script (#! line)"),
        ("\0asm"u8.ToArray(), 0, "a WebAssembly module"),
        ([0x50, 0x4B, 0x03, 0x04], 0, "a ZIP archive (or a document or package built on ZIP)"),
        ([0x50, 0x4B, 0x05, 0x06], 0, "a ZIP archive"),
        ([0x50, 0x4B, 0x07, 0x08], 0, "a ZIP archive"),
        ([0x1F, 0x8B], 0, "a gzip archive"),
        ("Rar!\u001A\u0007"u8.ToArray(), 0, "a RAR archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], 0, "a 7-Zip archive"),
        ("BZh"u8.ToArray(), 0, "a bzip2 archive"),
        ([0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0x00], 0, "an xz archive"),
        ([0x28, 0xB5, 0x2F, 0xFD], 0, "a zstd archive"),
        ("MSCF"u8.ToArray(), 0, "a cabinet archive"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], 0, "an OLE compound file (installer or legacy Office document)"),
        ("%PDF"u8.ToArray(), 0, "a PDF document"),
        ("ustar"u8.ToArray(), 257, "a tar archive"),
    ];

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static readonly string[] HeicBrands = ["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"];

    private static readonly string[] Mp4Brands =
        ["isom", "iso2", "iso3", "iso4", "iso5", "iso6", "iso7", "iso8", "iso9", "mp41", "mp42", "mp71", "avc1", "dash", "M4V ", "M4VH", "M4VP", "mmp4", "f4v ", "MSNV", "NDAS", "XAVC"];

    private static readonly string[] HtmlStarts =
        ["<!doctype html", "<html", "<head", "<body", "<script", "<iframe", "<meta", "<title", "<div", "<link", "<style", "<a ", "<p>", "<table", "<form"];

    /// <summary>The accepted format of <paramref name="data"/>; throws <see cref="AssetRejectedException"/> otherwise.</summary>
    public static MediaFormat Detect(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            throw new AssetRejectedException(IngestionErrorCodes.EmptyFile, "The file is empty.");
        }

        foreach (var (magic, offset, what) in Forbidden)
        {
            if (data.Length >= offset + magic.Length && data.Slice(offset, magic.Length).SequenceEqual(magic))
            {
                throw IngestionErrorCodes.Unsupported($"The content is {what}, which is never accepted as an asset.");
            }
        }

        return DetectBinary(data)
            ?? DetectText(data)
            ?? throw IngestionErrorCodes.Unsupported("The content is not a supported image, video, audio, font, SVG or Lottie file (unknown binary format).");
    }

    private static MediaFormat? DetectBinary(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF)
        {
            return MediaFormat.Jpeg;
        }

        if (PngSignature.AsSpan().StartsWith(data.Length >= 8 ? data[..8] : data) && data.Length >= 4)
        {
            return MediaFormat.Png;
        }

        if (data.StartsWith("GIF87a"u8) || data.StartsWith("GIF89a"u8))
        {
            return MediaFormat.Gif;
        }

        if (data.StartsWith("RIFF"u8) && data.Length >= 12)
        {
            return DetectRiff(data[8..12]);
        }

        if (data.StartsWith("II*\0"u8) || data.StartsWith("MM\0*"u8))
        {
            return MediaFormat.Tiff;
        }

        if (data.Length >= 12 && data[4..8].SequenceEqual("ftyp"u8))
        {
            return DetectIsoMedia(data);
        }

        if (IsBmp(data))
        {
            return MediaFormat.Bmp;
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]))
        {
            return DetectEbml(data);
        }

        if (data.StartsWith("OggS"u8))
        {
            return MediaFormat.Ogg;
        }

        if (data.StartsWith("wOFF"u8))
        {
            return MediaFormat.Woff;
        }

        if (data.StartsWith("wOF2"u8))
        {
            return MediaFormat.Woff2;
        }

        if (data.StartsWith("OTTO"u8) && IsSfntDirectory(data))
        {
            return MediaFormat.Otf;
        }

        if ((data.StartsWith((ReadOnlySpan<byte>)[0x00, 0x01, 0x00, 0x00]) || data.StartsWith("true"u8)) && IsSfntDirectory(data))
        {
            return MediaFormat.Ttf;
        }

        if (IsLegacyQuickTime(data))
        {
            return MediaFormat.Mov;
        }

        if (IsMp3(data))
        {
            return MediaFormat.Mp3;
        }

        return null;
    }

    private static MediaFormat DetectRiff(ReadOnlySpan<byte> form)
    {
        if (form.SequenceEqual("WEBP"u8))
        {
            return MediaFormat.WebP;
        }

        if (form.SequenceEqual("WAVE"u8))
        {
            return MediaFormat.Wav;
        }

        var name = Encoding.ASCII.GetString(form).Trim();
        throw IngestionErrorCodes.Unsupported(form.SequenceEqual("AVI "u8)
            ? "The content is an AVI video; convert it to MP4 or WebM."
            : $"The content is a RIFF '{Printable(name)}' file, which is not a supported format.");
    }

    private static MediaFormat DetectIsoMedia(ReadOnlySpan<byte> data)
    {
        var major = Encoding.ASCII.GetString(data[8..12]);
        var boxSize = BinaryPrimitives.ReadUInt32BigEndian(data);
        var end = (int)Math.Min(Math.Min(boxSize, 1024u), (uint)data.Length);
        var brands = new List<string> { major };
        for (var i = 16; i + 4 <= end; i += 4)
        {
            brands.Add(Encoding.ASCII.GetString(data.Slice(i, 4)));
        }

        if (major is "avif" or "avis")
        {
            return MediaFormat.Avif;
        }

        if (HeicBrands.Contains(major))
        {
            return brands.Contains("avif") || brands.Contains("avis") ? MediaFormat.Avif : MediaFormat.Heic;
        }

        if (major == "qt  ")
        {
            return MediaFormat.Mov;
        }

        if (major is "M4A " or "M4B " or "M4P ")
        {
            return MediaFormat.M4a;
        }

        if (Mp4Brands.Contains(major) || major.StartsWith("3gp", StringComparison.Ordinal) || major.StartsWith("3g2", StringComparison.Ordinal)
            || brands.Exists(b => b is "isom" or "mp41" or "mp42"))
        {
            return MediaFormat.Mp4;
        }

        throw IngestionErrorCodes.Unsupported($"The content is an ISO media file of the unsupported brand '{Printable(major)}'.");
    }

    private static MediaFormat DetectEbml(ReadOnlySpan<byte> data)
    {
        var head = data[..Math.Min(data.Length, 64)];
        if (head.IndexOf("webm"u8) >= 0)
        {
            return MediaFormat.WebM;
        }

        throw IngestionErrorCodes.Unsupported(head.IndexOf("matroska"u8) >= 0
            ? "The content is a Matroska (MKV) video; only WebM is accepted."
            : "The content is an EBML file that is not WebM.");
    }

    private static bool IsBmp(ReadOnlySpan<byte> data)
    {
        if (!data.StartsWith("BM"u8) || data.Length < 18)
        {
            return false;
        }

        var dibSize = BinaryPrimitives.ReadUInt32LittleEndian(data[14..]);
        return dibSize is 12 or 16 or 40 or 52 or 56 or 64 or 108 or 124;
    }

    // An sfnt table directory is self-describing: searchRange = 16 * 2^floor(log2(numTables)).
    private static bool IsSfntDirectory(ReadOnlySpan<byte> data)
    {
        if (data.Length < 12)
        {
            return false;
        }

        var numTables = BinaryPrimitives.ReadUInt16BigEndian(data[4..]);
        var searchRange = BinaryPrimitives.ReadUInt16BigEndian(data[6..]);
        return numTables is > 0 and <= 200 && searchRange == 16 * (1 << (31 - int.LeadingZeroCount(numTables)));
    }

    // QuickTime files from before ftyp start with a bare atom; every top-level atom must chain and one must be moov.
    private static bool IsLegacyQuickTime(ReadOnlySpan<byte> data)
    {
        if (data.Length < 16 || !(data[4..8].SequenceEqual("moov"u8) || data[4..8].SequenceEqual("mdat"u8)
            || data[4..8].SequenceEqual("wide"u8) || data[4..8].SequenceEqual("free"u8) || data[4..8].SequenceEqual("skip"u8)))
        {
            return false;
        }

        var position = 0L;
        var sawMoov = false;
        while (position + 8 <= data.Length)
        {
            var atom = data[(int)position..];
            long size = BinaryPrimitives.ReadUInt32BigEndian(atom);
            var type = atom[4..8];
            foreach (var c in type)
            {
                if (c is < 0x20 or > 0x7E)
                {
                    return false;
                }
            }

            sawMoov |= type.SequenceEqual("moov"u8);
            if (size == 1 && atom.Length >= 16)
            {
                size = (long)BinaryPrimitives.ReadUInt64BigEndian(atom[8..]);
            }
            else if (size == 0)
            {
                size = data.Length - position;
            }

            if (size < 8 || position + size > data.Length)
            {
                return false;
            }

            position += size;
        }

        return sawMoov && position == data.Length;
    }

    private static bool IsMp3(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 10 && data.StartsWith("ID3"u8))
        {
            return data[3] < 0xFF && data[4] < 0xFF && (data[6] | data[7] | data[8] | data[9]) < 0x80;
        }

        // A bare MPEG audio stream: one valid frame header, and when the data goes on, a second one right after it.
        if (!AudioHeaders.TryReadMpegFrame(data, out var frame))
        {
            return false;
        }

        return data.Length < frame.Length + 4 || AudioHeaders.TryReadMpegFrame(data[frame.Length..], out _);
    }

    private static MediaFormat? DetectText(ReadOnlySpan<byte> data)
    {
        var head = data[..Math.Min(data.Length, TextSniffBytes)];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }

        if (head.IndexOf((byte)0) >= 0)
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(head).TrimStart();
        if (text.StartsWith('{'))
        {
            return MediaFormat.Lottie;
        }

        if (!text.StartsWith('<'))
        {
            return text.Length > 0 && IsMostlyPrintable(text)
                ? throw IngestionErrorCodes.Unsupported("The content is plain text, not a supported media file.")
                : null;
        }

        var markup = SkipProlog(text);
        if (StartsWithTag(markup, "<svg") || markup.StartsWith("<!doctype svg", StringComparison.OrdinalIgnoreCase))
        {
            return MediaFormat.Svg;
        }

        if (markup.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase) && !markup.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            && text.Contains("<svg", StringComparison.Ordinal))
        {
            // An SVG behind some other DOCTYPE: it is still an SVG, and the SVG check refuses the DTD.
            return MediaFormat.Svg;
        }

        foreach (var start in HtmlStarts)
        {
            if (markup.StartsWith(start, StringComparison.OrdinalIgnoreCase))
            {
                throw IngestionErrorCodes.Unsupported("The content is HTML, which is never accepted as an asset.");
            }
        }

        throw IngestionErrorCodes.Unsupported("The content is XML or markup that is not an SVG image.");
    }

    // Skips the XML declaration, comments, processing instructions and white space before the first element or DOCTYPE.
    private static string SkipProlog(string text)
    {
        var rest = text;
        while (true)
        {
            rest = rest.TrimStart();
            if (rest.StartsWith("<?", StringComparison.Ordinal))
            {
                var end = rest.IndexOf("?>", StringComparison.Ordinal);
                if (end < 0)
                {
                    return rest;
                }

                rest = rest[(end + 2)..];
            }
            else if (rest.StartsWith("<!--", StringComparison.Ordinal))
            {
                var end = rest.IndexOf("-->", StringComparison.Ordinal);
                if (end < 0)
                {
                    return rest;
                }

                rest = rest[(end + 3)..];
            }
            else
            {
                return rest;
            }
        }
    }

    private static bool StartsWithTag(string markup, string tag) =>
        markup.StartsWith(tag, StringComparison.Ordinal) && (markup.Length == tag.Length || markup[tag.Length] is ' ' or '>' or '/' or '\t' or '\r' or '\n');

    private static bool IsMostlyPrintable(string text)
    {
        var printable = 0;
        foreach (var c in text)
        {
            if ((!char.IsControl(c) && c != '\uFFFD') || c is '\r' or '\n' or '\t')
            {
                printable++;
            }
        }

        return printable * 10 >= text.Length * 9;
    }

    private static string Printable(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(c is >= ' ' and <= '~' ? c : '?');
        }

        return builder.ToString();
    }
}
