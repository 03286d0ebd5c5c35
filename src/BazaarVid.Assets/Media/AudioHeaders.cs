using System.Buffers.Binary;

namespace BazaarVid.Assets;

/// <summary>One MPEG audio frame header: its length in bytes, bit rate, sample rate and samples per frame.</summary>
internal readonly record struct MpegFrame(int Length, int BitsPerSecond, int SampleRate, int SamplesPerFrame, bool Mpeg1, bool Mono);

/// <summary>
/// Durations MetadataExtractor does not give: MP3 (Xing/Info/VBRI frame count, else constant bit rate over the
/// audio bytes) and WAV (data chunk size over the byte rate of the fmt chunk), read from the headers only.
/// </summary>
internal static class AudioHeaders
{
    private const int MaxSyncSearch = 64 * 1024;

    private static readonly int[][] BitRatesKbps =
    [
        [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448], // MPEG-1 layer I
        [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],    // MPEG-1 layer II
        [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],     // MPEG-1 layer III
        [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],    // MPEG-2/2.5 layer I
        [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],         // MPEG-2/2.5 layers II and III
    ];

    private static readonly int[] SampleRatesMpeg1 = [44100, 48000, 32000];

    /// <summary>Reads the MPEG audio frame header at the start of <paramref name="data"/>.</summary>
    public static bool TryReadMpegFrame(ReadOnlySpan<byte> data, out MpegFrame frame)
    {
        frame = default;
        if (data.Length < 4 || data[0] != 0xFF || (data[1] & 0xE0) != 0xE0)
        {
            return false;
        }

        var version = (data[1] >> 3) & 3; // 0: MPEG-2.5, 1: reserved, 2: MPEG-2, 3: MPEG-1
        var layer = (data[1] >> 1) & 3;   // 0: reserved, 1: III, 2: II, 3: I
        var bitRateIndex = data[2] >> 4;
        var sampleRateIndex = (data[2] >> 2) & 3;
        if (version == 1 || layer == 0 || bitRateIndex is 0 or 15 || sampleRateIndex == 3)
        {
            return false;
        }

        var mpeg1 = version == 3;
        var table = mpeg1 ? 3 - layer : layer == 3 ? 3 : 4;
        var bitRate = BitRatesKbps[table][bitRateIndex] * 1000;
        var sampleRate = SampleRatesMpeg1[sampleRateIndex] >> (mpeg1 ? 0 : version == 2 ? 1 : 2);
        var padding = (data[2] >> 1) & 1;
        var samples = layer == 3 ? 384 : layer == 2 || mpeg1 ? 1152 : 576;
        var length = layer == 3
            ? ((12 * bitRate / sampleRate) + padding) * 4
            : (samples / 8 * bitRate / sampleRate) + padding;
        frame = new MpegFrame(length, bitRate, sampleRate, samples, mpeg1, (data[3] >> 6) == 3);
        return length >= 4;
    }

    /// <summary>The duration of an MP3 (optionally behind ID3v2 and before ID3v1 tags), or null when no frame is found.</summary>
    public static TimeSpan? Mp3Duration(ReadOnlySpan<byte> data)
    {
        var start = 0;
        if (data.Length >= 10 && data.StartsWith("ID3"u8))
        {
            var size = (data[6] << 21) | (data[7] << 14) | (data[8] << 7) | data[9];
            start = 10 + size + ((data[5] & 0x10) != 0 ? 10 : 0);
        }

        var end = data.Length >= 128 && data[^128..].StartsWith("TAG"u8) ? data.Length - 128 : data.Length;
        var limit = Math.Min(end - 4, start + MaxSyncSearch);
        for (var i = start; i < limit; i++)
        {
            if (!TryReadMpegFrame(data[i..end], out var frame))
            {
                continue;
            }

            var frames = CountedFrames(data[i..end], frame);
            var seconds = frames is { } count
                ? (double)count * frame.SamplesPerFrame / frame.SampleRate
                : (end - i) * 8.0 / frame.BitsPerSecond;
            return TimeSpan.FromSeconds(Math.Round(seconds, 3));
        }

        return null;
    }

    /// <summary>The duration of a WAV (RIFF WAVE) from its fmt byte rate and data chunk size, or null when either is missing.</summary>
    public static TimeSpan? WavDuration(ReadOnlySpan<byte> data)
    {
        uint byteRate = 0;
        long? dataBytes = null;
        long position = 12;
        while (position + 8 <= data.Length)
        {
            var id = data.Slice((int)position, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(data[((int)position + 4)..]);
            var body = (int)position + 8;
            if (id.SequenceEqual("fmt "u8) && size >= 16 && body + 16 <= data.Length)
            {
                byteRate = BinaryPrimitives.ReadUInt32LittleEndian(data[(body + 8)..]);
            }
            else if (id.SequenceEqual("data"u8))
            {
                // Streaming writers leave the size at 0 or 0xFFFFFFFF; the bytes present are what will play.
                dataBytes = Math.Min(size is 0 or uint.MaxValue ? long.MaxValue : size, data.Length - body);
                break;
            }

            position = body + (long)size + (size & 1);
        }

        return byteRate == 0 || dataBytes is not { } bytes ? null : TimeSpan.FromSeconds(Math.Round((double)bytes / byteRate, 3));
    }

    // The frame count of a Xing/Info (VBR or LAME CBR) or VBRI header in the first frame, when there is one.
    private static long? CountedFrames(ReadOnlySpan<byte> data, MpegFrame frame)
    {
        var sideInfo = frame.Mpeg1 ? (frame.Mono ? 17 : 32) : (frame.Mono ? 9 : 17);
        var xing = 4 + sideInfo;
        if (data.Length >= xing + 12 && (data[xing..].StartsWith("Xing"u8) || data[xing..].StartsWith("Info"u8))
            && (BinaryPrimitives.ReadUInt32BigEndian(data[(xing + 4)..]) & 1) != 0)
        {
            return BinaryPrimitives.ReadUInt32BigEndian(data[(xing + 8)..]);
        }

        const int vbri = 4 + 32;
        if (data.Length >= vbri + 18 && data[vbri..].StartsWith("VBRI"u8))
        {
            return BinaryPrimitives.ReadUInt32BigEndian(data[(vbri + 14)..]);
        }

        return null;
    }
}
