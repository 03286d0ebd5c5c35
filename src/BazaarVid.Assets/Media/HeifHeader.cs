using System.Buffers.Binary;

namespace BazaarVid.Assets;

/// <summary>
/// Reads the size, rotation and alpha of a HEIF still image (HEIC, AVIF) from its meta box: the primary item
/// (pitm), its properties (ipma → ipco): ispe for the size, irot for a rotation, auxC naming an alpha plane.
/// MetadataExtractor 2.4.3's HEIF reader trusts declared counts (a 160-byte file can make it allocate gigabytes)
/// and throws NullReferenceException on damaged files, so HEIF is read here: every read is bounds-checked
/// against its box, and no allocation depends on a declared count.
/// </summary>
internal static class HeifHeader
{
    private const uint Meta = 0x6D657461, Pitm = 0x7069746D, Iprp = 0x69707270, Ipco = 0x6970636F, Ipma = 0x69706D61;
    private const uint Ispe = 0x69737065, Irot = 0x69726F74, AuxC = 0x61757843;
    private const int MaxAssociations = 64;

    /// <summary>The displayed size (after irot) and alpha of the primary image, or nulls when the header does not say.</summary>
    public static (int? Width, int? Height, bool? Alpha) Read(ReadOnlySpan<byte> data)
    {
        if (!TryFindChild(data, 0, data.Length, Meta, out var metaStart, out var metaEnd) || metaEnd - metaStart < 4)
        {
            return (null, null, null);
        }

        var children = metaStart + 4; // meta is a full box: version and flags first
        uint? primary = null;
        if (TryFindChild(data, children, metaEnd, Pitm, out var pitmStart, out var pitmEnd) && pitmEnd - pitmStart >= 6)
        {
            primary = data[pitmStart] == 0 ? BinaryPrimitives.ReadUInt16BigEndian(data[(pitmStart + 4)..]) : pitmEnd - pitmStart >= 8 ? BinaryPrimitives.ReadUInt32BigEndian(data[(pitmStart + 4)..]) : null;
        }

        if (!TryFindChild(data, children, metaEnd, Iprp, out var iprpStart, out var iprpEnd)
            || !TryFindChild(data, iprpStart, iprpEnd, Ipco, out var ipcoStart, out var ipcoEnd))
        {
            return (null, null, null);
        }

        Span<int> associated = stackalloc int[MaxAssociations];
        var count = primary is { } item && TryFindChild(data, iprpStart, iprpEnd, Ipma, out var ipmaStart, out var ipmaEnd)
            ? PrimaryProperties(data[ipmaStart..ipmaEnd], item, associated)
            : 0;

        (int Width, int Height)? size = null, largest = null;
        var rotated = false;
        var alpha = false;
        var index = 0;
        var position = ipcoStart;
        while (TryReadBox(data, position, ipcoEnd, out var type, out var start, out var end))
        {
            index++;
            var ofPrimary = associated[..count].Contains(index);
            if (type == Ispe && end - start >= 12)
            {
                var ispe = ((int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(data[(start + 4)..]), int.MaxValue), (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(data[(start + 8)..]), int.MaxValue));
                if (ofPrimary && size is null)
                {
                    size = ispe;
                }

                if (largest is null || (long)ispe.Item1 * ispe.Item2 > (long)largest.Value.Width * largest.Value.Height)
                {
                    largest = ispe;
                }
            }
            else if (type == Irot && ofPrimary && end - start >= 1)
            {
                rotated = (data[start] & 1) == 1; // angle × 90°: odd quarter turns swap width and height
            }
            else if (type == AuxC && IsAlphaAuxiliary(data[start..end]))
            {
                alpha = true;
            }

            position = end;
        }

        // Without a usable primary association the largest ispe is the main image (thumbnails are smaller).
        var (width, height) = size ?? largest ?? (0, 0);
        if (width <= 0 || height <= 0)
        {
            return (null, null, alpha);
        }

        return rotated ? (height, width, alpha) : (width, height, alpha);
    }

    // ipma: version/flags, entry_count, then per entry: item id (16 or 32 bits), association count, associations (8 or 16 bits).
    private static int PrimaryProperties(ReadOnlySpan<byte> ipma, uint primary, Span<int> found)
    {
        if (ipma.Length < 8)
        {
            return 0;
        }

        var version = ipma[0];
        var wideIndex = (ipma[3] & 1) == 1;
        var entries = BinaryPrimitives.ReadUInt32BigEndian(ipma[4..]);
        var position = 8;
        for (var e = 0u; e < entries && position < ipma.Length; e++)
        {
            var idBytes = version < 1 ? 2 : 4;
            if (position + idBytes + 1 > ipma.Length)
            {
                return 0;
            }

            var id = idBytes == 2 ? BinaryPrimitives.ReadUInt16BigEndian(ipma[position..]) : BinaryPrimitives.ReadUInt32BigEndian(ipma[position..]);
            position += idBytes;
            int associations = ipma[position++];
            var count = 0;
            for (var a = 0; a < associations; a++)
            {
                if (position + (wideIndex ? 2 : 1) > ipma.Length)
                {
                    return 0;
                }

                var value = wideIndex ? BinaryPrimitives.ReadUInt16BigEndian(ipma[position..]) & 0x7FFF : ipma[position] & 0x7F;
                position += wideIndex ? 2 : 1;
                if (id == primary && count < found.Length)
                {
                    found[count++] = value;
                }
            }

            if (id == primary)
            {
                return count;
            }
        }

        return 0;
    }

    private static bool IsAlphaAuxiliary(ReadOnlySpan<byte> auxC) =>
        auxC.IndexOf("urn:mpeg:hevc:2015:auxid:1"u8) >= 0 || auxC.IndexOf("urn:mpeg:mpegB:cicp:systems:auxiliary:alpha"u8) >= 0;

    private static bool TryFindChild(ReadOnlySpan<byte> data, int position, int end, uint wanted, out int start, out int boxEnd)
    {
        while (TryReadBox(data, position, end, out var type, out start, out boxEnd))
        {
            if (type == wanted)
            {
                return true;
            }

            position = boxEnd;
        }

        start = boxEnd = 0;
        return false;
    }

    // One box at position: its type, payload start and end, all within [position, end).
    private static bool TryReadBox(ReadOnlySpan<byte> data, int position, int end, out uint type, out int start, out int boxEnd)
    {
        type = 0;
        start = boxEnd = 0;
        if (position < 0 || position + 8 > end || end > data.Length)
        {
            return false;
        }

        long size = BinaryPrimitives.ReadUInt32BigEndian(data[position..]);
        type = BinaryPrimitives.ReadUInt32BigEndian(data[(position + 4)..]);
        var header = 8;
        if (size == 1)
        {
            if (position + 16 > end)
            {
                return false;
            }

            size = (long)Math.Min(BinaryPrimitives.ReadUInt64BigEndian(data[(position + 8)..]), long.MaxValue);
            header = 16;
        }
        else if (size == 0)
        {
            size = end - position;
        }

        if (size < header || position + size > end)
        {
            return false;
        }

        start = position + header;
        boxEnd = (int)(position + size);
        return true;
    }
}
