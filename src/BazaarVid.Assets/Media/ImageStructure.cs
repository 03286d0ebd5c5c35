using System.Buffers.Binary;

namespace BazaarVid.Assets;

/// <summary>
/// Structure checks MetadataExtractor does not make: a PNG must be a complete chunk sequence from IHDR to
/// IEND, and a JPEG must have complete segments from SOI through a frame header (SOF) to the scan (SOS).
/// Only lengths and markers are read, so the cost is a few reads per chunk or segment.
/// </summary>
internal static class PngStructure
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Throws <c>corrupt-content</c> when the PNG is truncated or its chunk sequence is malformed.</summary>
    public static void Validate(ReadOnlySpan<byte> data)
    {
        if (data.Length < 8 + 8 + 13 + 4 || !data.StartsWith(Signature))
        {
            throw IngestionErrorCodes.Corrupt("The PNG is truncated: its header (signature and IHDR chunk) is incomplete.");
        }

        if (BinaryPrimitives.ReadUInt32BigEndian(data[8..]) != 13 || !data[12..16].SequenceEqual("IHDR"u8))
        {
            throw IngestionErrorCodes.Corrupt("The PNG is malformed: it does not start with a 13-byte IHDR chunk.");
        }

        long position = 8;
        while (position + 12 <= data.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(data[(int)position..]);
            var type = data.Slice((int)position + 4, 4);
            if (length > int.MaxValue || !IsChunkType(type))
            {
                throw IngestionErrorCodes.Corrupt($"The PNG is malformed: bad chunk at byte {position}.");
            }

            position += 12L + length;
            if (type.SequenceEqual("IEND"u8))
            {
                if (position > data.Length)
                {
                    break;
                }

                return;
            }
        }

        throw IngestionErrorCodes.Corrupt("The PNG is truncated: it ends before its IEND chunk.");
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

/// <inheritdoc cref="PngStructure"/>
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
