namespace BazaarVid.Context.Tests.Ledger;

public sealed class MessageUrlExtractorTests
{
    [Theory]
    [InlineData("see https://cdn.example.test/a.png.", "https://cdn.example.test/a.png")]
    [InlineData("(https://cdn.example.test/a.png)", "https://cdn.example.test/a.png")]
    [InlineData("wiki https://en.example.test/wiki/Foo_(bar) ok", "https://en.example.test/wiki/Foo_(bar)")]
    [InlineData("\"https://cdn.example.test/a.png\"", "https://cdn.example.test/a.png")]
    [InlineData("signed https://s3.example.test/b/k.png?X-Amz-Signature=ab%2Fcd&X-Amz-Date=20260101T000000Z!", "https://s3.example.test/b/k.png?X-Amz-Signature=ab%2Fcd&X-Amz-Date=20260101T000000Z")]
    [InlineData("<https://cdn.example.test/a.png>", "https://cdn.example.test/a.png")]
    public void Extract_finds_urls_without_trailing_punctuation(string text, string expected)
    {
        MessageUrlExtractor.Extract(text).Should().Equal(expected);
    }

    [Fact]
    public void Extract_returns_each_url_once_in_order()
    {
        var text = "a https://x.example.test/1.png b http://y.example.test/2.jpg c https://x.example.test/1.png";

        MessageUrlExtractor.Extract(text).Should().Equal("https://x.example.test/1.png", "http://y.example.test/2.jpg");
    }

    [Theory]
    [InlineData("no urls here")]
    [InlineData("javascript:alert(1) file:///etc/passwd ftp://x/y")]
    [InlineData("https:// nothing")]
    public void Extract_ignores_text_without_http_urls(string text)
    {
        MessageUrlExtractor.Extract(text).Should().BeEmpty();
    }
}
