using BazaarVid.Context;

namespace BazaarVid.Assets.Tests.Ingestion;

public sealed class ReferenceTests : IDisposable
{
    private readonly IngestionFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Theory]
    [InlineData("https://cdn.example.com/brand/logo.svg", AssetType.Svg, "image/svg+xml", "logo.svg", new[] { "logo" })]
    [InlineData("https://cdn.example.com/img/hero.PNG?sig=abc&exp=1", AssetType.Image, "image/png", "hero.PNG", new string[0])]
    [InlineData("https://cdn.example.com/img/company-logo.webp", AssetType.Logo, "image/webp", "company-logo.webp", new[] { "logo" })]
    [InlineData("https://cdn.example.com/img/Screenshot%202024.png", AssetType.Image, "image/png", "Screenshot 2024.png", new[] { "screenshot", "ui" })]
    [InlineData("https://cdn.example.com/media/clip.mp4", AssetType.Video, "video/mp4", "clip.mp4", new string[0])]
    [InlineData("http://cdn.example.com/media/clip.webm", AssetType.Video, "video/webm", "clip.webm", new string[0])]
    [InlineData("https://cdn.example.com/media/song.mp3", AssetType.Audio, "audio/mpeg", "song.mp3", new string[0])]
    [InlineData("https://cdn.example.com/fonts/Inter.woff2", AssetType.Font, "font/woff2", "Inter.woff2", new string[0])]
    [InlineData("https://cdn.example.com/anim/intro.json", AssetType.Other, "application/json", "intro.json", new string[0])]
    [InlineData("https://cdn.example.com/download", AssetType.Other, "application/octet-stream", "download", new string[0])]
    [InlineData("https://cdn.example.com/", AssetType.Other, "application/octet-stream", "file", new string[0])]
    [InlineData("https://cdn.example.com/setup.exe", AssetType.Other, "application/octet-stream", "setup.exe", new string[0])]
    public async Task CreateReference_guesses_the_type_from_the_url_path(string url, AssetType type, string mime, string fileName, string[] tags)
    {
        var asset = await _fixture.Ingestor.CreateReferenceAsync("p1", "c1", url);

        asset.Url.Should().Be(url);
        asset.Type.Should().Be(type);
        asset.MimeType.Should().Be(mime);
        asset.FileName.Should().Be(fileName);
        asset.Tags.Should().Equal(tags);
        asset.Source.Should().Be(AssetSource.Reference);
        (asset.Sha256, asset.ByteSize, asset.Width, asset.Height, asset.Duration).Should().Be(((string?)null, (long?)null, (int?)null, (int?)null, (TimeSpan?)null));
        asset.CreatedAt.Should().Be(_fixture.Time.GetUtcNow());
    }

    [Fact]
    public async Task CreateReference_never_fetches_or_stores_bytes()
    {
        var asset = await _fixture.Ingestor.CreateReferenceAsync("p1", "c1", "https://cdn.example.com/logo.png");

        _fixture.Blobs.Puts.Should().Be(0);
        _fixture.StoredFiles.Should().BeEmpty();
        (await _fixture.Store.GetAsync("p1", "c1")).Assets.Should().Equal(asset);
    }

    [Fact]
    public async Task CreateReference_deduplicates_by_normalized_url_within_a_project()
    {
        var first = await _fixture.Ingestor.CreateReferenceAsync("p1", "c1", "https://cdn.example.com/a/logo.png");
        _fixture.Time.Advance(TimeSpan.FromMinutes(1));

        var same = await _fixture.Ingestor.CreateReferenceAsync("p1", "c1", "HTTPS://CDN.Example.com:443/a/logo.png#top");
        var otherQuery = await _fixture.Ingestor.CreateReferenceAsync("p1", "c1", "https://cdn.example.com/a/logo.png?v=2");
        var otherProject = await _fixture.Ingestor.CreateReferenceAsync("p2", "c1", "https://cdn.example.com/a/logo.png");

        same.Should().Be(first);
        otherQuery.Id.Should().NotBe(first.Id);
        otherProject.Id.Should().NotBe(first.Id);
        (await _fixture.Store.GetAsync("p1", "c1")).Assets.Should().HaveCount(2);
    }

    [Fact]
    public async Task CreateReference_lists_an_existing_reference_in_a_new_conversation()
    {
        var first = await _fixture.Ingestor.CreateReferenceAsync("p1", "c1", "https://cdn.example.com/logo.png");

        var again = await _fixture.Ingestor.CreateReferenceAsync("p1", "c2", "https://cdn.example.com/logo.png");

        again.Should().Be(first);
        (await _fixture.Store.GetAsync("p1", "c2")).Assets.Should().Equal(first);
    }

    [Fact]
    public async Task CreateReference_gives_the_same_id_for_the_same_project_and_url_everywhere()
    {
        using var other = new IngestionFixture();

        var a = await _fixture.Ingestor.CreateReferenceAsync("p1", "c1", "https://cdn.example.com/logo.png");
        var b = await other.Ingestor.CreateReferenceAsync("p1", "c9", "https://cdn.example.com/logo.png");

        b.Id.Should().Be(a.Id).And.MatchRegex("^[0-9a-f]{16}$");
    }

    [Theory]
    [InlineData("ftp://cdn.example.com/logo.png")]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/relative/logo.png")]
    [InlineData("")]
    [InlineData("https://cdn.example.com/with space.png")]
    public async Task CreateReference_rejects_a_url_that_is_not_absolute_http(string url)
    {
        var act = () => _fixture.Ingestor.CreateReferenceAsync("p1", "c1", url);

        await act.Should().ThrowAsync<InvalidAssetUrlException>();
        (await _fixture.Store.GetAsync("p1", "c1")).Assets.Should().BeEmpty();
    }

    [Fact]
    public async Task CreateReference_rejects_null_and_invalid_ids()
    {
        var noUrl = () => _fixture.Ingestor.CreateReferenceAsync("p1", "c1", null!);
        var noProject = () => _fixture.Ingestor.CreateReferenceAsync("", "c1", "https://cdn.example.com/a.png");
        var noConversation = () => _fixture.Ingestor.CreateReferenceAsync("p1", null!, "https://cdn.example.com/a.png");

        await noUrl.Should().ThrowAsync<ArgumentNullException>();
        await noProject.Should().ThrowAsync<InvalidIdentifierException>();
        await noConversation.Should().ThrowAsync<InvalidIdentifierException>();
    }

    [Fact]
    public async Task CreateReference_honours_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var act = () => _fixture.Ingestor.CreateReferenceAsync("p1", "c1", "https://cdn.example.com/a.png", cancelled.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        (await _fixture.Store.GetAsync("p1", "c1")).Assets.Should().BeEmpty();
    }
}
