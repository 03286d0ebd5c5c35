using BazaarVid.Assets.Tests.Media;

namespace BazaarVid.Assets.Tests.Ingestion;

public sealed class TaggingTests : IDisposable
{
    private readonly IngestionFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    public static TheoryData<string, byte[], AssetType, string[]> Cases => new()
    {
        { "logo.png", TestMedia.PngHeaderOnly(800, 400), AssetType.Logo, ["landscape", "logo"] },
        { "AcmeBrand-final.png", TestMedia.PngHeaderOnly(800, 400), AssetType.Logo, ["landscape", "logo"] },
        { "spinlio_wordmark.webp", TestMedia.WebPExtended(900, 300, alpha: false), AssetType.Logo, ["landscape", "logo"] },
        { "landmark.png", TestMedia.PngHeaderOnly(500, 300), AssetType.Image, ["landscape"] },
        { "drawing.svg", TestMedia.Svg(), AssetType.Svg, ["landscape", "logo"] },
        { "badge.png", TestMedia.Png(200, 200, TestMedia.Rgba), AssetType.Logo, ["icon", "logo", "square", "transparent"] },
        { "emblem.png", TestMedia.PngHeaderOnly(512, 480, TestMedia.Rgba), AssetType.Logo, ["landscape", "logo", "transparent"] },
        { "cutout.png", TestMedia.PngHeaderOnly(1920, 1080, TestMedia.Rgba), AssetType.Image, ["landscape", "transparent"] },
        { "favicon.png", TestMedia.Png(64, 64), AssetType.Image, ["icon", "square"] },
        { "image.png", TestMedia.PngHeaderOnly(1920, 1080), AssetType.Image, ["landscape", "screenshot", "ui"] },
        { "image.png", TestMedia.PngHeaderOnly(1440, 900), AssetType.Image, ["landscape", "screenshot", "ui"] },
        { "image.png", TestMedia.PngHeaderOnly(1366, 768), AssetType.Image, ["landscape", "screenshot", "ui"] },
        { "image.png", TestMedia.PngHeaderOnly(1024, 768), AssetType.Image, ["landscape", "screenshot", "ui"] },
        { "image.png", TestMedia.PngHeaderOnly(1170, 2532), AssetType.Image, ["portrait", "screenshot", "ui"] },
        { "image.png", TestMedia.PngHeaderOnly(1080, 1920), AssetType.Image, ["portrait", "screenshot", "ui"] },
        { "image.png", TestMedia.PngHeaderOnly(590, 332), AssetType.Image, ["landscape"] },
        { "image.png", TestMedia.PngHeaderOnly(1500, 500), AssetType.Image, ["landscape"] },
        { "Screen Shot 2024-05-01 at 10.00.00.png", TestMedia.PngHeaderOnly(700, 500), AssetType.Image, ["landscape", "screenshot", "ui"] },
        { "myUIKit.png", TestMedia.PngHeaderOnly(300, 200), AssetType.Image, ["landscape", "screenshot", "ui"] },
        { "sales-dashboard.jpg", TestMedia.Jpeg(1920, 1080), AssetType.Image, ["landscape", "screenshot", "ui"] },
        { "IMG_0001.jpg", TestMedia.Jpeg(4032, 3024), AssetType.Image, ["landscape", "photo"] },
        { "IMG_0002.heic", TestMedia.Heif("heic", 3024, 4032, "mif1", "heic"), AssetType.Image, ["photo", "portrait"] },
        { "thumb.jpg", TestMedia.Jpeg(640, 480), AssetType.Image, ["landscape"] },
        { "team-logo.jpg", TestMedia.Jpeg(1200, 1200), AssetType.Logo, ["logo", "square"] },
        { "clip.mp4", TestMedia.Mp4(1920, 1080, TimeSpan.FromSeconds(3)), AssetType.Video, ["landscape"] },
        { "logo-sting.mp4", TestMedia.Mp4(1080, 1080, TimeSpan.FromSeconds(3)), AssetType.Video, ["square"] },
        { "voice.wav", TestMedia.Wav(), AssetType.Audio, [] },
        { "Inter.woff2", TestMedia.Font("woff2"), AssetType.Font, [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Ingest_tags_from_the_header_and_the_file_name(string fileName, byte[] content, AssetType type, string[] tags)
    {
        var asset = await _fixture.IngestAsync(content, fileName);

        asset.Tags.Should().Equal(tags);
        asset.Type.Should().Be(type);
    }

    [Fact]
    public async Task Tags_are_sorted_and_lower_case()
    {
        var asset = await _fixture.IngestAsync(TestMedia.Png(100, 100, TestMedia.Rgba), "LOGO.JPG");

        asset.Tags.Should().BeInAscendingOrder(StringComparer.Ordinal).And.OnlyContain(t => t.All(c => !char.IsUpper(c)));
        asset.Tags.Should().Equal("extension-mismatch", "icon", "logo", "square", "transparent");
    }
}
