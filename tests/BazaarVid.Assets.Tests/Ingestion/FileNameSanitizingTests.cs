using BazaarVid.Assets.Tests.Media;

namespace BazaarVid.Assets.Tests.Ingestion;

public sealed class FileNameSanitizingTests : IDisposable
{
    private readonly IngestionFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Theory]
    [InlineData("logo.png", "logo.png")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\Windows\\System32\\evil.png", "evil.png")]
    [InlineData("/var/www/../uploads/./logo.png", "logo.png")]
    [InlineData("..", "file")]
    [InlineData("", "file")]
    [InlineData("   ", "file")]
    [InlineData("...", "file")]
    [InlineData("in\u0000voice\u0007.png", "invoice.png")]
    [InlineData("line\r\nbreak.png", "linebreak.png")]
    [InlineData("invoice\u202Egnp.exe", "invoicegnp.exe")]
    [InlineData("\u200Fright\u200E-to\u202A-left\u202B\u202C\u202D\u2066\u2067\u2068\u2069.png", "right-to-left.png")]
    [InlineData("zero\u200Bwidth\uFEFF.png", "zerowidth.png")]
    [InlineData("what<is>:this\"|?*.png", "what_is__this____.png")]
    [InlineData("  spaced    out   name .png", "spaced out name.png")]
    [InlineData("double..dots...png", "double.dots.png")]
    [InlineData(".hidden", "hidden")]
    [InlineData("CON.png", "_CON.png")]
    [InlineData("nul", "_nul")]
    [InlineData("Cafe\u0301 logo.png", "Café logo.png")]
    [InlineData("emoji 🚀 launch.png", "emoji 🚀 launch.png")]
    public void Sanitize_keeps_only_a_safe_display_name(string input, string expected)
    {
        AssetFileName.Sanitize(input).Should().Be(expected);
    }

    [Fact]
    public void Sanitize_drops_an_unpaired_surrogate()
    {
        // Built in code: test-case serialization would turn a lone surrogate into replacement characters.
        var name = "broken" + (char)0xD800 + "surrogate.png";

        AssetFileName.Sanitize(name).Should().Be("brokensurrogate.png");
    }

    [Fact]
    public void Sanitize_caps_a_300_character_name_at_120_characters_keeping_the_extension()
    {
        var name = new string('a', 296) + ".png";

        var sanitized = AssetFileName.Sanitize(name);

        sanitized.Should().HaveLength(120).And.EndWith(".png").And.StartWith("aaaa");
    }

    [Fact]
    public void Sanitize_never_cuts_a_surrogate_pair_in_half()
    {
        var name = "a" + string.Concat(Enumerable.Repeat("🚀", 100)) + ".png";

        var sanitized = AssetFileName.Sanitize(name, maxLength: 20);

        sanitized.Should().HaveLength(19).And.EndWith(".png");
        char.IsHighSurrogate(sanitized[^5]).Should().BeFalse();
    }

    [Fact]
    public void Sanitize_treats_an_overlong_extension_as_part_of_the_name()
    {
        AssetFileName.Sanitize("a.abcdefghijklmno", maxLength: 10).Should().Be("a.abcdefgh");
    }

    [Fact]
    public void Sanitize_rejects_a_cap_too_small_to_hold_a_name()
    {
        var act = () => AssetFileName.Sanitize("logo.png", maxLength: 2);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("logo.PNG", "png")]
    [InlineData("archive.tar.gz", "gz")]
    [InlineData("noextension", "")]
    [InlineData(".hidden", "")]
    [InlineData("trailing.", "")]
    [InlineData(null, "")]
    public void ExtensionOf_returns_the_lower_case_extension(string? name, string extension)
    {
        AssetFileName.ExtensionOf(name).Should().Be(extension);
    }

    [Fact]
    public async Task Ingest_stores_the_sanitized_name_and_never_uses_it_for_the_blob()
    {
        var asset = await _fixture.IngestAsync(TestMedia.Png(8, 8), "../../etc/passwd");

        asset.FileName.Should().Be("passwd");
        _fixture.StoredFiles.Should().ContainSingle().Which.Should().Be(Path.Combine(_fixture.Root, $"{asset.Sha256}.png"));
        asset.Url.Should().Be($"{IngestionFixture.BaseUrl}{asset.Sha256}.png");
    }

    [Fact]
    public async Task Ingest_caps_a_long_name_with_the_configured_length()
    {
        using var fixture = new IngestionFixture(new AssetIngestionOptions { MaxFileNameLength = 40 });

        var asset = await fixture.IngestAsync(TestMedia.Png(8, 8), new string('x', 300) + ".png");

        asset.FileName.Should().HaveLength(40).And.EndWith(".png");
    }

    [Fact]
    public async Task Ingest_sanitizes_an_rtl_disguised_name_and_flags_the_real_extension()
    {
        // Displayed as "invoiceexe.png", really "invoice" + RLO + "gnp.exe"; the content is a PNG.
        var asset = await _fixture.IngestAsync(TestMedia.Png(8, 8), "invoice\u202Egnp.exe");

        asset.FileName.Should().Be("invoicegnp.exe");
        asset.Tags.Should().Contain(AssetTags.ExtensionMismatch);
        asset.MimeType.Should().Be("image/png");
    }
}
