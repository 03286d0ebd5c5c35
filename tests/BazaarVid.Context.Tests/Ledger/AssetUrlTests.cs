namespace BazaarVid.Context.Tests.Ledger;

public sealed class AssetUrlTests
{
    [Theory]
    [InlineData("HTTPS://CDN.Example.TEST/a.png", "https://cdn.example.test/a.png")]
    [InlineData("https://cdn.example.test:443/a.png", "https://cdn.example.test/a.png")]
    [InlineData("http://cdn.example.test:80/a.png", "http://cdn.example.test/a.png")]
    [InlineData("http://cdn.example.test:8080/a.png", "http://cdn.example.test:8080/a.png")]
    [InlineData("https://cdn.example.test", "https://cdn.example.test/")]
    [InlineData("https://cdn.example.test/a%2fb%c3%a9.png", "https://cdn.example.test/a%2Fb%C3%A9.png")]
    [InlineData("https://cdn.example.test/a.png#frag", "https://cdn.example.test/a.png")]
    [InlineData("https://cdn.example.test/A.png?Sig=aB%2fc&x=1", "https://cdn.example.test/A.png?Sig=aB%2fc&x=1")]
    public void Normalize_makes_equivalent_urls_equal_and_keeps_the_query_verbatim(string url, string expected)
    {
        AssetUrl.Normalize(url).Should().Be(expected);
    }

    [Fact]
    public void Path_case_is_significant()
    {
        AssetUrl.AreEquivalent("https://cdn.example.test/Logo.png", "https://cdn.example.test/logo.png").Should().BeFalse();
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://cdn.example.test/a.png")]
    [InlineData("data:image/png;base64,AAAA")]
    [InlineData("/relative/logo.png")]
    [InlineData("https://cdn.example.test/a b.png")]
    [InlineData("")]
    public void Validate_refuses_anything_but_absolute_http_urls(string url)
    {
        var validate = () => AssetUrl.Validate(url, "url");

        validate.Should().Throw<InvalidAssetUrlException>().Which.Code.Should().Be("invalid-asset-url");
    }

    [Fact]
    public void Validate_refuses_urls_longer_than_the_maximum()
    {
        var validate = () => AssetUrl.Validate("https://cdn.example.test/" + new string('a', AssetUrl.MaxLength), "url");

        validate.Should().Throw<InvalidAssetUrlException>().Which.Url.Should().HaveLength(500);
    }
}
