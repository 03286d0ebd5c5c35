using System.Net;
using BazaarVid.Assets;
using BenchmarkDotNet.Attributes;

namespace BazaarVid.Benchmarks.Analysis;

/// <summary>
/// The per-call costs on the turn's path: the SSRF address check (run for every connection) and the metadata analysis
/// of an uploaded image (run on a worker, but it should stay far below a millisecond).
/// </summary>
public class ImageAnalysisBenchmarks
{
    private static readonly IPAddress PublicV4 = IPAddress.Parse("93.184.216.34");
    private static readonly IPAddress MappedLoopback = IPAddress.Parse("::ffff:127.0.0.1");
    private static readonly IPAddress PublicV6 = IPAddress.Parse("2606:4700:4700::1111");

    private readonly MetadataImageAnalyzer _analyzer = new(new NoProbe(), new NoFetch());
    private readonly Asset _logo = new(
        "logo-1", "proj-1", "conv-1", "https://cdn.bazaarvid.test/proj-1/logo-1.png", AssetType.Logo, "image/png", 512, 512, null,
        new string('a', 64), 20_480, "logo.png", ["logo", "transparent"], true, 0, AssetSource.Upload, DateTimeOffset.UnixEpoch);

    [Benchmark(Baseline = true)]
    public bool Classify_public_ipv4() => IpAddressClassifier.IsPublic(PublicV4);

    [Benchmark]
    public bool Classify_mapped_loopback() => IpAddressClassifier.IsPublic(MappedLoopback);

    [Benchmark]
    public bool Classify_public_ipv6() => IpAddressClassifier.IsPublic(PublicV6);

    [Benchmark]
    public async Task<string> Analyze_uploaded_logo() => (await _analyzer.AnalyzeAsync(_logo)).Summary;

    private sealed class NoProbe : IMediaProbe
    {
        public MediaInfo Probe(ReadOnlySpan<byte> content, string? fileName = null) => throw new NotSupportedException();
    }

    private sealed class NoFetch : ISafeHttpFetcher
    {
        public Task<FetchedContent> FetchAsync(Uri url, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
