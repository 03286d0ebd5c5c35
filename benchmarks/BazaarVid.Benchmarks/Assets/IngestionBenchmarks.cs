using System.Buffers.Binary;
using System.Security.Cryptography;
using BazaarVid.Assets;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;

namespace BazaarVid.Benchmarks.Assets;

/// <summary>
/// Ingesting a 5 MB JPEG (a real JPEG header: SOI, APP0, DQT, SOF0, SOS, then 5 MB of scan data, EOI) into a
/// temp-directory blob store, against SHA-256 of the same bytes (the floor: ingestion must hash every byte).
/// Every invocation rewrites 8 bytes of the scan data with a counter, so each ingestion is a new upload (new
/// hash, new id, a full 5 MB blob write) rather than a de-duplicated one; the blobs are deleted after each
/// iteration, outside the measurement. The baseline rewrites the same 8 bytes, so both pay the same.
/// <see cref="Ingest"/> writes to the page cache (FlushToDisk = false); <see cref="IngestInPlace"/> does the same from a
/// MemoryStream whose buffer is accessible (read in place, no copy); <see cref="IngestDurable"/> adds the fsync of the
/// default options; <see cref="IngestDuplicate"/> re-uploads bytes the project already has (a duplicate is only known
/// once hashed, so its speculative temporary file is written and deleted again: the price of overlapping the write).
/// </summary>
public class IngestionBenchmarks
{
    private const int ScanBytes = 5 * 1024 * 1024;

    private byte[] _jpeg = [];
    private byte[] _duplicate = [];
    private int _counterOffset;
    private long _counter;
    private string _root = string.Empty;
    private AssetIngestor _fast = null!;
    private AssetIngestor _durable = null!;

    [GlobalSetup]
    public void Setup()
    {
        _jpeg = BuildJpeg(1920, 1080, ScanBytes);
        _duplicate = (byte[])_jpeg.Clone();
        _counterOffset = _jpeg.Length - 2 - 16;
        _root = Directory.CreateTempSubdirectory("bazaarvid-ingestion-bench-").FullName;
        _fast = CreateIngestor(Path.Combine(_root, "fast"), flushToDisk: false);
        _durable = CreateIngestor(Path.Combine(_root, "durable"), flushToDisk: true);
        _fast.IngestAsync("bench", "c1", new MemoryStream(_duplicate), "dup.jpg").GetAwaiter().GetResult();
    }

    [IterationCleanup]
    public void DeleteBlobs()
    {
        foreach (var directory in new[] { "fast", "durable" })
        {
            var path = Path.Combine(_root, directory);
            if (!Directory.Exists(path))
            {
                continue;
            }

            // The duplicate's blob goes too: the de-duplicated path finds the asset in the context store and never reads blobs.
            foreach (var file in Directory.EnumerateFiles(path))
            {
                File.Delete(file);
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [Benchmark(Baseline = true)]
    public byte[] Sha256Only()
    {
        NextVariant();
        return SHA256.HashData(_jpeg);
    }

    [Benchmark]
    public Task<Asset> Ingest()
    {
        NextVariant();
        return _fast.IngestAsync("bench", "c1", new MemoryStream(_jpeg, writable: false), "photo.jpg");
    }

    [Benchmark]
    public Task<Asset> IngestInPlace()
    {
        NextVariant();
        return _fast.IngestAsync("bench", "c1", new MemoryStream(_jpeg, 0, _jpeg.Length, writable: false, publiclyVisible: true), "photo.jpg");
    }

    [Benchmark]
    public Task<Asset> IngestDurable()
    {
        NextVariant();
        return _durable.IngestAsync("bench", "c1", new MemoryStream(_jpeg, writable: false), "photo.jpg");
    }

    [Benchmark]
    public Task<Asset> IngestDuplicate()
    {
        NextVariant();
        return _fast.IngestAsync("bench", "c1", new MemoryStream(_duplicate, writable: false), "photo.jpg");
    }

    private void NextVariant()
    {
        // Scan data never contains 0xFF (it would need byte stuffing), so the counter is spread as 16 nibbles.
        var value = ++_counter;
        for (var i = 0; i < 16; i++)
        {
            _jpeg[_counterOffset + i] = (byte)((value >> (i * 4)) & 0xF);
        }
    }

    private static AssetIngestor CreateIngestor(string root, bool flushToDisk)
    {
        var blobs = new FileSystemAssetBlobStore(Options.Create(new FileSystemBlobStoreOptions
        {
            RootPath = root,
            PublicBaseUrl = "https://cdn.bazaarvid.test/assets/",
            FlushToDisk = flushToDisk,
        }));
        return new AssetIngestor(MediaProbe.Instance, blobs, new InMemoryAssetContextStore(), Options.Create(new AssetIngestionOptions()), TimeProvider.System);
    }

    private static byte[] BuildJpeg(int width, int height, int scanBytes)
    {
        byte[] head =
        [
            0xFF, 0xD8,
            0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
            0xFF, 0xDB, 0x00, 0x43, 0x00, .. Enumerable.Repeat((byte)1, 64),
            0xFF, 0xC0, 0x00, 0x11, 0x08, 0, 0, 0, 0, 0x03, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0,
            0xFF, 0xDA, 0x00, 0x0C, 0x03, 1, 0x00, 2, 0x11, 3, 0x11, 0x00, 0x3F, 0x00,
        ];
        var sof = 20 + 69;
        BinaryPrimitives.WriteUInt16BigEndian(head.AsSpan(sof + 5), (ushort)height);
        BinaryPrimitives.WriteUInt16BigEndian(head.AsSpan(sof + 7), (ushort)width);

        var jpeg = new byte[head.Length + scanBytes + 2];
        head.CopyTo(jpeg, 0);
        var random = new Random(42);
        var scan = jpeg.AsSpan(head.Length, scanBytes);
        random.NextBytes(scan);
        for (var i = 0; i < scan.Length; i++)
        {
            if (scan[i] == 0xFF)
            {
                scan[i] = 0xFE;
            }
        }

        jpeg[^2] = 0xFF;
        jpeg[^1] = 0xD9;
        return jpeg;
    }
}
