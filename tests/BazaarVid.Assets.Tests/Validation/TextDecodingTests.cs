using BazaarVid.Assets.Validation;

namespace BazaarVid.Assets.Tests.Validation;

public sealed class TextDecodingTests
{
    [Theory]
    [InlineData(@"https:\u002F\u002Fx", "https://x")]
    [InlineData(@"https:\x2F\x2Fx", "https://x")]
    [InlineData(@"https:\u{2F}\u{2F}x", "https://x")]
    [InlineData(@"https:\/\/x", "https://x")]
    [InlineData(@"https:\057\057x", "https://x")]
    [InlineData(@"a\nb\tc", "a\nb\tc")]
    [InlineData(@"\u{1F600}", "\U0001F600")]
    [InlineData(@"bad \u12 and \x4", "bad u12 and x4")]
    [InlineData(@"end\", @"end\")]
    public void CookJs_decodes_javascript_escapes(string raw, string expected)
    {
        TextDecoding.CookJs(raw).Should().Be(expected);
    }

    [Theory]
    [InlineData("https:&#x2F;&#x2F;x", "https://x")]
    [InlineData("https:&#47;&#47;x", "https://x")]
    [InlineData("a &amp; b &lt;c&gt; &quot;d&quot;", "a & b <c> \"d\"")]
    [InlineData("javascript&colon;x", "javascript:x")]
    [InlineData("&unknown; &#xZZ; &", "&unknown; &#xZZ; &")]
    public void DecodeJsx_decodes_character_references(string raw, string expected)
    {
        TextDecoding.DecodeJsx(raw).Should().Be(expected);
    }

    [Fact]
    public void Decoding_never_lets_the_hole_markers_through()
    {
        TextDecoding.CookJs("a\uE000b\uE001c\\uE000").Should().NotContain("\uE000").And.NotContain("\uE001");
        TextDecoding.DecodeJsx("a\uE000b&#xE001;").Should().NotContain("\uE000").And.NotContain("\uE001");
    }

    [Fact]
    public void LineMap_reports_one_based_lines_and_columns_for_every_line_ending()
    {
        var map = new LineMap("ab\ncd\r\nef\rgh\u2028ij");

        map.Locate(0).Should().Be((1, 1));
        map.Locate(4).Should().Be((2, 2));
        map.Locate(7).Should().Be((3, 1));
        map.Locate(10).Should().Be((4, 1));
        map.Locate(13).Should().Be((5, 1));
        map.Locate(15).Should().Be((5, 3));
        map.Locate(1).Should().Be((1, 2), "an earlier offset restarts from the top");
        new LineMap("a\nb").Locate(99).Should().Be((2, 2), "offsets past the end are clamped");
    }
}
