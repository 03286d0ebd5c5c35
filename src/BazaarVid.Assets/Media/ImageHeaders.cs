using System.Buffers.Binary;

namespace BazaarVid.Assets;

/// <summary>
/// Reads a PNG's size and transparency from its chunks (IHDR colour type, tRNS) and checks the chunk sequence:
/// a complete IHDR first, well-formed chunk headers, and, for a complete file, an IEND before the end. Only
/// lengths and types are read, so the cost is a few reads per chunk; nothing is allocated or decoded.
/// </summary>
internal static class PngHeader
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>
    /// The declared size and alpha. When <paramref name="complete"/>, <paramref name="data"/> is the whole file and
    /// must end with IEND; otherwise it may be a prefix. Throws <c>corrupt-content</c> for a truncated header or a
    /// malformed chunk sequence.
    /// </summary>
    public static (int Width, int Height, bool Alpha) Read(ReadOnlySpan<byte> data, bool complete)
    {
        if (data.Length < 8 + 8 + 13 + 4 || !data.StartsWith(Signature))
        {
            throw IngestionErrorCodes.Corrupt("The PNG is truncated: its header (signature and IHDR chunk) is incomplete.");
        }

        if (BinaryPrimitives.ReadUInt32BigEndian(data[8..]) != 13 || !data[12..16].SequenceEqual("IHDR"u8))
        {
            throw IngestionErrorCodes.Corrupt("The PNG is malformed: it does not start with a 13-byte IHDR chunk.");
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(data[16..]);
        var height = BinaryPrimitives.ReadUInt32BigEndian(data[20..]);
        var colorType = data[25];
        if (width is 0 or > int.MaxValue || height is 0 or > int.MaxValue)
        {
            throw IngestionErrorCodes.Corrupt($"The PNG header declares an impossible size ({width} × {height}).");
        }

        var transparency = false;
        long position = 8;
        while (position + 8 <= data.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(data[(int)position..]);
            var type = data.Slice((int)position + 4, 4);
            if (length > int.MaxValue || !IsChunkType(type))
            {
                throw IngestionErrorCodes.Corrupt($"The PNG is malformed: bad chunk at byte {position}.");
            }

            transparency |= type.SequenceEqual("tRNS"u8);
            var next = position + 12L + length;
            if (type.SequenceEqual("IEND"u8) && next <= data.Length)
            {
                return ((int)width, (int)height, colorType is 4 or 6 || transparency);
            }

            position = next;
        }

        if (complete)
        {
            throw IngestionErrorCodes.Corrupt("The PNG is truncated: it ends before its IEND chunk.");
        }

        return ((int)width, (int)height, colorType is 4 or 6 || transparency);
    }

    private static bool IsChunkType(ReadOnlySpan<byte> type)
    {
        foreach (var c in type)
        {
            if (!char.IsAsciiLetter((char)c))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// Checks that a JPEG has complete segments from SOI through a frame header (SOF) to the scan (SOS), reading
/// only markers and lengths; MetadataExtractor then reads the size (and the EXIF orientation) from them.
/// </summary>
internal static class JpegStructure
{
    /// <summary>Throws <c>corrupt-content</c> when the JPEG header ends before a frame header and the start of scan.</summary>
    public static void Validate(ReadOnlySpan<byte> data)
    {
        var position = 2;
        var sawFrame = false;
        while (position + 2 <= data.Length)
        {
            if (data[position] != 0xFF)
            {
                throw IngestionErrorCodes.Corrupt($"The JPEG header is malformed: expected a marker at byte {position}.");
            }

            var marker = data[position + 1];
            if (marker == 0xFF)
            {
                position++; // fill byte
                continue;
            }

            position += 2;
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                continue; // standalone markers carry no length
            }

            if (marker == 0xD9 || position + 2 > data.Length)
            {
                break;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data[position..]);
            if (length < 2 || position + length > data.Length)
            {
                break;
            }

            if (marker == 0xDA)
            {
                if (!sawFrame)
                {
                    throw IngestionErrorCodes.Corrupt("The JPEG header is malformed: the scan starts before any frame header (SOF).");
                }

                return;
            }

            sawFrame |= marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            position += length;
        }

        throw IngestionErrorCodes.Corrupt("The JPEG is truncated: its header ends before the image data (no complete SOF and SOS segments).");
    }
}

/// <summary>
/// Reads a WebP's size and alpha from its first chunk: VP8X (canvas size, alpha flag), VP8L (14-bit sizes,
/// alpha hint) or VP8 (key frame size, never alpha). For a complete file every RIFF chunk must end within it.
/// Read here rather than by MetadataExtractor, whose RIFF reader allocates each chunk's declared size up front
/// (a 30-byte file declaring a 1.5 GB chunk would exhaust memory).
/// </summary>
internal static class WebPHeader
{
    /// <summary>The declared size and alpha; throws <c>corrupt-content</c> when the header is missing or, for a complete file, a chunk runs past its end.</summary>
    public static (int Width, int Height, bool Alpha) Read(ReadOnlySpan<byte> data, bool complete)
    {
        if (complete)
        {
            ValidateChunks(data);
        }

        if (data.Length >= 30 && data[12..16].SequenceEqual("VP8X"u8))
        {
            return (1 + ReadUInt24(data[24..]), 1 + ReadUInt24(data[27..]), (data[20] & 0x10) != 0);
        }

        if (data.Length >= 25 && data[12..16].SequenceEqual("VP8L"u8) && data[20] == 0x2F)
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(data[21..]);
            return (1 + (int)(bits & 0x3FFF), 1 + (int)((bits >> 14) & 0x3FFF), ((bits >> 28) & 1) == 1);
        }

        if (data.Length >= 30 && data[12..16].SequenceEqual("VP8 "u8) && data[23..26].SequenceEqual((ReadOnlySpan<byte>)[0x9D, 0x01, 0x2A]))
        {
            return (BinaryPrimitives.ReadUInt16LittleEndian(data[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(data[28..]) & 0x3FFF, false);
        }

        throw IngestionErrorCodes.Corrupt("The WebP header is truncated or malformed: no VP8X, VP8L or VP8 image header.");
    }

    private static void ValidateChunks(ReadOnlySpan<byte> data)
    {
        long position = 12;
        while (position + 8 <= data.Length)
        {
            var size = BinaryPrimitives.ReadUInt32LittleEndian(data[((int)position + 4)..]);

            // A missing pad byte after an odd-sized last chunk is tolerated, as decoders do.
            position += 8L + size + (size & 1);
            if (position > data.Length + (size & 1))
            {
                throw IngestionErrorCodes.Corrupt("The WebP is truncated or malformed: a RIFF chunk runs past the end of the file.");
            }
        }
    }

    private static int ReadUInt24(ReadOnlySpan<byte> data) => data[0] | (data[1] << 8) | (data[2] << 16);
}
