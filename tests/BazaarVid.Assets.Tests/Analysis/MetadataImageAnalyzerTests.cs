using BazaarVid.Context;

namespace BazaarVid.Assets.Tests.Analysis;

public sealed class MetadataImageAnalyzerTests
{
    private readonly FakeFetcher _noFetch = new(url => throw new InvalidOperationException($"unexpected fetch of {url}"));
    private readonly FakeMediaProbe _noProbe = new(_ => throw new InvalidOperationException("unexpected probe"));

    private MetadataImageAnalyzer Analyzer(FakeFetcher? fetcher = null, FakeMediaProbe? probe = null) => new(probe ?? _noProbe, fetcher ?? _noFetch);

    [Fact]
    public async Task AnalyzeAsync_describes_an_uploaded_transparent_logo_from_its_record()
    {
        var asset = TestAssets.Upload(type: AssetType.Logo, tags: ["logo", "transparent"]);

        var analysis = await Analyzer().AnalyzeAsync(asset);

        analysis.Kind.Should().Be("logo");
        analysis.Summary.Should().Be("Square PNG logo with transparency, 512×512");
        analysis.Tags.Should().Equal("logo", "square", "transparent");
        analysis.Properties.Should().Equal(new Dictionary<string, string>
        {
            ["alpha"] = "true",
            ["aspect_ratio"] = "1",
            ["bytes"] = "1234",
            ["format"] = "png",
            ["height"] = "512",
            ["kind"] = "logo",
            ["mime_type"] = "image/png",
            ["orientation"] = "square",
            ["probed"] = "false",
            ["source"] = "upload",
            ["width"] = "512",
        });
        analysis.Properties.Keys.Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Theory]
    // rule 1: type or tag logo
    [InlineData(AssetType.Logo, "image/svg+xml", 300, 100, "", "logo", "Landscape SVG logo, 300×100")]
    [InlineData(AssetType.Image, "image/jpeg", 1600, 900, "logo", "logo", "Landscape JPEG logo, 1600×900")]
    // rule 2: kind tags, in order
    [InlineData(AssetType.Image, "image/png", 1920, 1080, "icon,screenshot", "icon", "Landscape PNG icon, 1920×1080")]
    [InlineData(AssetType.Image, "image/png", 1000, 700, "screenshot", "screenshot", "Landscape PNG screenshot, 1000×700")]
    [InlineData(AssetType.Image, "image/png", 400, 90, "ui", "ui", "Landscape PNG UI image, 400×90")]
    [InlineData(AssetType.Image, "image/png", 800, 600, "photo", "photo", "Landscape PNG photo, 800×600")]
    [InlineData(AssetType.Image, "image/jpeg", 800, 600, "illustration", "illustration", "Landscape JPEG illustration, 800×600")]
    // rule 3: icons
    [InlineData(AssetType.Image, "image/x-icon", 48, 48, "", "icon", "Square ICO icon, 48×48")]
    [InlineData(AssetType.Image, "image/png", 256, 250, "", "icon", "Square PNG icon, 256×250")]
    [InlineData(AssetType.Image, "image/jpeg", 128, 128, "", "icon", "Square JPEG icon, 128×128")]
    // rule 4: transparent and compact
    [InlineData(AssetType.Image, "image/png", 512, 512, "transparent", "logo", "Square PNG logo with transparency, 512×512")]
    [InlineData(AssetType.Image, "image/webp", 800, 400, "transparent", "logo", "Landscape WebP logo with transparency, 800×400")]
    [InlineData(AssetType.Image, "image/png", null, null, "transparent", "logo", "PNG logo with transparency, size unknown")]
    // rule 5: SVG
    [InlineData(AssetType.Svg, "image/svg+xml", 1200, 800, "", "illustration", "Landscape SVG illustration, 1200×800")]
    [InlineData(AssetType.Svg, "image/svg+xml", null, null, "", "illustration", "SVG illustration, size unknown")]
    // rule 6: photographic formats
    [InlineData(AssetType.Image, "image/jpeg", 4032, 3024, "", "photo", "Landscape JPEG photo, 4032×3024")]
    [InlineData(AssetType.Image, "image/heic", 3024, 4032, "", "photo", "Portrait HEIC photo, 3024×4032")]
    [InlineData(AssetType.Image, "image/avif", 1000, 1000, "", "photo", "Square AVIF photo, 1000×1000")]
    [InlineData(AssetType.Image, "image/tiff", 2000, 1000, "", "photo", "Landscape TIFF photo, 2000×1000")]
    // rule 7: screen-shaped opaque lossless captures
    [InlineData(AssetType.Image, "image/png", 1920, 1080, "", "screenshot", "Landscape PNG screenshot, 1920×1080")]
    [InlineData(AssetType.Image, "image/png", 2880, 1800, "", "screenshot", "Landscape PNG screenshot, 2880×1800")]
    [InlineData(AssetType.Image, "image/webp", 1170, 2532, "", "screenshot", "Portrait WebP screenshot, 1170×2532")]
    [InlineData(AssetType.Image, "image/png", 1024, 768, "opaque", "screenshot", "Landscape PNG screenshot, 1024×768")]
    // rule 8: other opaque lossless captures
    [InlineData(AssetType.Image, "image/png", 1200, 300, "", "ui", "Landscape PNG UI image, 1200×300")]
    [InlineData(AssetType.Image, "image/bmp", 700, 420, "", "ui", "Landscape BMP UI image, 700×420")]
    [InlineData(AssetType.Image, "image/png", 600, 338, "", "ui", "Landscape PNG UI image, 600×338")]
    // rule 9: everything else
    [InlineData(AssetType.Image, "image/gif", 480, 270, "", "illustration", "Landscape GIF illustration, 480×270")]
    [InlineData(AssetType.Image, "image/png", 150, 40, "", "illustration", "Landscape PNG illustration, 150×40")]
    [InlineData(AssetType.Image, "image/png", 1500, 300, "transparent", "illustration", "Landscape PNG illustration with transparency, 1500×300")]
    [InlineData(AssetType.Image, "image/png", null, null, "", "illustration", "PNG illustration, size unknown")]
    [InlineData(AssetType.Image, "image/x-unknown", 900, 300, "", "illustration", "Landscape illustration, 900×300")]
    public async Task AnalyzeAsync_applies_the_documented_kind_rules(AssetType type, string mime, int? width, int? height, string tags, string kind, string summary)
    {
        var asset = TestAssets.Upload(type: type, mime: mime, width: width, height: height, tags: tags.Split(',', StringSplitOptions.RemoveEmptyEntries));

        var analysis = await Analyzer().AnalyzeAsync(asset);

        analysis.Kind.Should().Be(kind);
        analysis.Summary.Should().Be(summary);
        analysis.Tags.Should().Contain(kind).And.BeInAscendingOrder(StringComparer.Ordinal).And.OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData(1000, 1050, "square")]
    [InlineData(1050, 1000, "square")]
    [InlineData(1051, 1000, "landscape")]
    [InlineData(1000, 1051, "portrait")]
    [InlineData(0, 100, null)]
    [InlineData(null, 100, null)]
    public void Orientation_is_square_within_five_percent(int? width, int? height, string? expected)
    {
        ImageDescriber.Orientation(width, height).Should().Be(expected);
    }

    [Fact]
    public async Task AnalyzeAsync_fetches_and_probes_a_reference_without_dimensions()
    {
        var bytes = new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3 };
        var fetcher = FakeFetcher.Serving(bytes);
        var probe = new FakeMediaProbe(content =>
        {
            content.Should().Equal(bytes);
            return new MediaInfo(AssetType.Image, "image/jpeg", "jpeg", 1920, 1080, null, false);
        });
        var asset = TestAssets.Reference("https://images.example.com/hero");

        var analysis = await Analyzer(fetcher, probe).AnalyzeAsync(asset);

        fetcher.Requests.Should().Equal(new Uri("https://images.example.com/hero"));
        probe.Calls.Should().Be(1);
        analysis.Kind.Should().Be("photo");
        analysis.Summary.Should().Be("Landscape JPEG photo, 1920×1080");
        analysis.Properties["probed"].Should().Be("true");
        analysis.Properties["source"].Should().Be("reference");
        analysis.Properties["bytes"].Should().Be("7");
        analysis.Properties["alpha"].Should().Be("false");
    }

    [Fact]
    public async Task AnalyzeAsync_uses_the_probed_alpha_channel_of_a_reference()
    {
        var fetcher = FakeFetcher.Serving([1, 2, 3]);
        var probe = new FakeMediaProbe(_ => new MediaInfo(AssetType.Image, "image/png", "png", 400, 400, null, true));

        var analysis = await Analyzer(fetcher, probe).AnalyzeAsync(TestAssets.Reference(type: AssetType.Other));

        analysis.Summary.Should().Be("Square PNG logo with transparency, 400×400");
    }

    [Fact]
    public async Task AnalyzeAsync_does_not_fetch_a_reference_whose_size_is_known()
    {
        var asset = TestAssets.Reference(mime: "image/jpeg", width: 800, height: 600);

        var analysis = await Analyzer().AnalyzeAsync(asset);

        _noFetch.Requests.Should().BeEmpty();
        analysis.Summary.Should().Be("Landscape JPEG photo, 800×600");
    }

    [Fact]
    public async Task AnalyzeAsync_never_fetches_an_upload_even_without_dimensions()
    {
        var asset = TestAssets.Upload(type: AssetType.Svg, mime: "image/svg+xml", width: null, height: null);

        var analysis = await Analyzer().AnalyzeAsync(asset);

        analysis.Summary.Should().Be("SVG illustration, size unknown");
        _noFetch.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task AnalyzeAsync_lets_a_refused_fetch_through()
    {
        var fetcher = new FakeFetcher(_ => throw new UnsafeUrlException("the host is or resolves to a loopback address (127.0.0.1), which is not allowed"));

        var act = async () => await Analyzer(fetcher).AnalyzeAsync(TestAssets.Reference("http://127.0.0.1/admin.png"));

        (await act.Should().ThrowAsync<UnsafeUrlException>()).Which.Code.Should().Be("unsafe-url");
    }

    [Fact]
    public async Task AnalyzeAsync_refuses_a_reference_whose_bytes_are_not_an_image()
    {
        var fetcher = FakeFetcher.Serving([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70]);
        var probe = new FakeMediaProbe(_ => new MediaInfo(AssetType.Video, "video/mp4", "mp4", 1920, 1080, TimeSpan.FromSeconds(3), null));

        var act = async () => await Analyzer(fetcher, probe).AnalyzeAsync(TestAssets.Reference(type: AssetType.Other));

        (await act.Should().ThrowAsync<AssetRejectedException>()).Which.Code.Should().Be(MetadataImageAnalyzer.NotAnImageCode);
    }

    [Theory]
    [InlineData(AssetType.Video, AssetSource.Upload)]
    [InlineData(AssetType.Audio, AssetSource.Upload)]
    [InlineData(AssetType.Font, AssetSource.Upload)]
    [InlineData(AssetType.Other, AssetSource.Upload)]
    [InlineData(AssetType.Video, AssetSource.Reference)]
    public async Task AnalyzeAsync_refuses_an_asset_that_is_not_an_image_without_fetching(AssetType type, AssetSource source)
    {
        var asset = TestAssets.Upload(type: type, mime: "video/mp4", width: null, height: null) with { Source = source };

        var act = async () => await Analyzer().AnalyzeAsync(asset);

        (await act.Should().ThrowAsync<AssetRejectedException>()).Which.Code.Should().Be("not-an-image");
        _noFetch.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task AnalyzeAsync_refuses_a_reference_with_a_relative_url()
    {
        var asset = TestAssets.Reference() with { Url = "/relative/hero" };

        var act = async () => await Analyzer().AnalyzeAsync(asset);

        await act.Should().ThrowAsync<UnsafeUrlException>();
    }

    [Fact]
    public async Task AnalyzeAsync_gives_equal_results_for_equal_input()
    {
        var asset = TestAssets.Upload(tags: ["transparent", "brand"]);

        var first = await Analyzer().AnalyzeAsync(asset);
        var second = await Analyzer().AnalyzeAsync(asset with { });

        second.Should().Be(first);
        first.Tags.Should().Equal("brand", "logo", "square", "transparent");
    }

    [Fact]
    public async Task AnalyzeAsync_honours_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var act = async () => await Analyzer().AnalyzeAsync(TestAssets.Upload(), cancelled.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task AnalyzeAsync_and_the_constructor_check_their_arguments()
    {
        var act = async () => await Analyzer().AnalyzeAsync(null!);
        var noProbe = () => new MetadataImageAnalyzer(null!, _noFetch);
        var noFetcher = () => new MetadataImageAnalyzer(_noProbe, null!);

        await act.Should().ThrowAsync<ArgumentNullException>();
        noProbe.Should().Throw<ArgumentNullException>();
        noFetcher.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void ToFact_and_Failed_build_image_facts()
    {
        var at = TestAssets.Created;
        var analysis = GatedAnalyzer.Result();

        var fact = analysis.ToFact("https://cdn.test/a.png", at);
        var failed = ImageAnalysis.Failed("https://cdn.test/a.png", "timeout", at);

        fact.Should().BeEquivalentTo(new { AssetUrl = "https://cdn.test/a.png", Status = ImageFactStatus.Analyzed, Kind = "logo", FailureReason = (string?)null, ObservedAt = at });
        fact.Tags.Should().Equal("logo", "square");
        failed.Status.Should().Be(ImageFactStatus.Failed);
        failed.FailureReason.Should().Be("timeout");
        failed.Kind.Should().BeNull();
        failed.Tags.Should().BeEmpty();
        failed.Properties.Should().BeEmpty();
    }
}
