using System.Security.Cryptography;
using BazaarVid.Assets.Tests.Media;

namespace BazaarVid.Assets.Tests.Ingestion;

public sealed class AssetIngestorTests : IDisposable
{
    private readonly IngestionFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task Ingest_stores_the_bytes_under_their_hash_and_returns_a_complete_asset()
    {
        var png = TestMedia.Png(48, 32, TestMedia.Rgb);
        var sha = Convert.ToHexStringLower(SHA256.HashData(png));

        var asset = await _fixture.IngestAsync(png, "hero.png", project: "proj", conversation: "conv");

        asset.Id.Should().MatchRegex("^[0-9a-f]{16}$");
        asset.ProjectId.Should().Be("proj");
        asset.ConversationId.Should().Be("conv");
        asset.Url.Should().Be($"https://cdn.bazaarvid.test/assets/{sha}.png");
        asset.Type.Should().Be(AssetType.Image);
        asset.MimeType.Should().Be("image/png");
        (asset.Width, asset.Height, asset.Duration).Should().Be((48, 32, (TimeSpan?)null));
        asset.Sha256.Should().Be(sha);
        asset.ByteSize.Should().Be(png.Length);
        asset.FileName.Should().Be("hero.png");
        asset.Tags.Should().Equal("landscape");
        asset.Required.Should().BeFalse();
        asset.UsageCount.Should().Be(0);
        asset.Source.Should().Be(AssetSource.Upload);
        asset.CreatedAt.Should().Be(_fixture.Time.GetUtcNow());

        File.ReadAllBytes(Path.Combine(_fixture.Root, $"{sha}.png")).Should().Equal(png);
        (await _fixture.Store.GetAsync("proj", "conv")).Assets.Should().Equal(asset);
        (await _fixture.Store.FindAsync("proj", asset.Id)).Should().Be(asset);
    }

    [Fact]
    public async Task Ingest_derives_the_id_from_the_project_and_the_bytes()
    {
        var png = TestMedia.Png(8, 8);
        using var other = new IngestionFixture();

        var first = await _fixture.IngestAsync(png, "a.png", project: "p1");
        var sameElsewhere = await other.IngestAsync(png, "b.png", project: "p1");
        var otherProject = await _fixture.IngestAsync(png, "a.png", project: "p2");
        var otherBytes = await _fixture.IngestAsync(TestMedia.Png(8, 9), "a.png", project: "p1");

        sameElsewhere.Id.Should().Be(first.Id);
        otherProject.Id.Should().NotBe(first.Id);
        otherBytes.Id.Should().NotBe(first.Id);
    }

    [Fact]
    public async Task Ingest_of_the_same_bytes_twice_returns_the_existing_asset_without_a_second_write()
    {
        var png = TestMedia.Png(16, 16);
        var first = await _fixture.IngestAsync(png, "logo.png");
        _fixture.Time.Advance(TimeSpan.FromMinutes(5));

        var second = await _fixture.IngestAsync(png, "logo-copy.png");

        second.Should().Be(first);
        second.CreatedAt.Should().Be(first.CreatedAt);
        _fixture.Blobs.Puts.Should().Be(1);
        _fixture.StoredFiles.Should().ContainSingle();
        (await _fixture.Store.GetAsync("p1", "c1")).Assets.Should().ContainSingle();
    }

    [Fact]
    public async Task Ingest_of_the_same_bytes_in_another_conversation_lists_the_existing_asset_there_too()
    {
        var png = TestMedia.Png(16, 16);
        var first = await _fixture.IngestAsync(png, "logo.png", conversation: "c1");

        var again = await _fixture.IngestAsync(png, "logo.png", conversation: "c2");

        again.Should().Be(first);
        (await _fixture.Store.GetAsync("p1", "c2")).Assets.Should().Equal(first);
        _fixture.Blobs.Puts.Should().Be(1);
    }

    [Fact]
    public async Task Ingest_of_the_same_bytes_in_another_project_creates_its_own_asset_sharing_the_blob()
    {
        var png = TestMedia.Png(16, 16);
        var first = await _fixture.IngestAsync(png, "logo.png", project: "p1");

        var second = await _fixture.IngestAsync(png, "logo.png", project: "p2");

        second.Id.Should().NotBe(first.Id);
        second.ProjectId.Should().Be("p2");
        second.Url.Should().Be(first.Url);
        _fixture.Blobs.Puts.Should().Be(1);
        (await _fixture.Store.FindAsync("p2", first.Id)).Should().BeNull();
    }

    [Fact]
    public async Task Concurrent_uploads_of_the_same_bytes_end_as_one_asset_and_one_blob()
    {
        var png = TestMedia.Png(20, 20);

        var assets = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => _fixture.IngestAsync(png, "logo.png"))));

        assets.Select(a => a.Id).Distinct().Should().ContainSingle();
        (await _fixture.Store.GetAsync("p1", "c1")).Assets.Should().ContainSingle();
        _fixture.StoredFiles.Should().ContainSingle();
    }

    [Fact]
    public async Task Concurrent_uploads_of_different_files_to_one_conversation_are_all_kept()
    {
        var assets = await Task.WhenAll(Enumerable.Range(1, 25).Select(i => Task.Run(() => _fixture.IngestAsync(TestMedia.Png(i, 7), $"shot-{i}.png"))));

        (await _fixture.Store.GetAsync("p1", "c1")).Assets.Select(a => a.Id).Should().BeEquivalentTo(assets.Select(a => a.Id));
        _fixture.StoredFiles.Should().HaveCount(25);
    }

    [Fact]
    public async Task Ingest_reads_a_non_seekable_stream_from_its_current_position()
    {
        var png = TestMedia.Png(30, 20);
        var withPrefix = new MemoryStream([.. new byte[7], .. png]) { Position = 7 };

        var fromPosition = await _fixture.Ingestor.IngestAsync("p1", "c1", withPrefix, "a.png");
        var nonSeekable = await _fixture.Ingestor.IngestAsync("p1", "c2", new NonSeekableStream(png), "a.png");

        fromPosition.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(png)));
        nonSeekable.Should().Be(fromPosition);
    }

    [Fact]
    public async Task Ingest_tags_but_accepts_a_file_whose_extension_does_not_match_its_content()
    {
        var asset = await _fixture.IngestAsync(TestMedia.Png(40, 20), "photo.jpg");

        asset.MimeType.Should().Be("image/png");
        asset.Url.Should().EndWith(".png");
        asset.Tags.Should().Contain(AssetTags.ExtensionMismatch);
    }

    [Theory]
    [InlineData("image.png")]
    [InlineData("IMAGE.APNG")]
    [InlineData("no-extension")]
    public async Task Ingest_does_not_flag_a_matching_or_missing_extension(string name)
    {
        var asset = await _fixture.IngestAsync(TestMedia.Png(40, 20), name);

        asset.Tags.Should().NotContain(AssetTags.ExtensionMismatch);
    }

    [Theory]
    [MemberData(nameof(MediaProbeTests.Formats), MemberType = typeof(MediaProbeTests))]
    public async Task Ingest_accepts_every_supported_format_and_stores_it_with_its_extension(string name, byte[] content, AssetType type, string format, string mime)
    {
        var asset = await _fixture.IngestAsync(content, name);

        asset.MimeType.Should().Be(mime, format);
        (asset.Type == type || (type == AssetType.Image && asset.Type == AssetType.Logo)).Should().BeTrue();
        AssetBlobKey.IsValid(Path.GetFileName(_fixture.StoredFiles.Should().ContainSingle().Which)).Should().BeTrue();
    }

    [Fact]
    public async Task Ingest_keeps_video_duration_and_size()
    {
        var asset = await _fixture.IngestAsync(TestMedia.Mp4(1080, 1920, TimeSpan.FromSeconds(12)), "reel.mp4");

        asset.Type.Should().Be(AssetType.Video);
        (asset.Width, asset.Height, asset.Duration).Should().Be((1080, 1920, TimeSpan.FromSeconds(12)));
        asset.Tags.Should().Equal("portrait");
    }

    [Fact]
    public async Task Ingest_uses_a_host_probe_when_one_is_given()
    {
        var probe = new FixedProbe(new MediaInfo(AssetType.Other, "application/x-custom", "Custom-3D!", 10, 10, null, null));
        using var fixture = new IngestionFixture(probe: probe);

        var asset = await fixture.IngestAsync([1, 2, 3], "model.glb");

        probe.Seen.Should().Equal(1, 2, 3);
        probe.SeenName.Should().Be("model.glb");
        asset.MimeType.Should().Be("application/x-custom");
        asset.Url.Should().EndWith(".custom3d");
    }

    private sealed class FixedProbe(MediaInfo info) : IMediaProbe
    {
        public byte[] Seen { get; private set; } = [];

        public string? SeenName { get; private set; }

        public MediaInfo Probe(ReadOnlySpan<byte> content, string? fileName = null)
        {
            Seen = content.ToArray();
            SeenName = fileName;
            return info;
        }
    }
}
