using System.Text;

namespace BazaarVid.Assets.Tests.Media;

public class SvgSafetyTests
{
    public static TheoryData<string, string> UnsafeDocuments => new()
    {
        { """<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>""", "<script>" },
        { """<svg xmlns="http://www.w3.org/2000/svg"><SCRIPT>alert(1)</SCRIPT></svg>""", "<SCRIPT>" },
        { """<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>""", "onload" },
        { """<svg xmlns="http://www.w3.org/2000/svg"><rect onClick="alert(1)"/></svg>""", "onClick" },
        { """<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject></svg>""", "<foreignObject>" },
        { """<svg xmlns="http://www.w3.org/2000/svg"><iframe src="https://evil.test"/></svg>""", "<iframe>" },
        { """<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><text>x</text></a></svg>""", "javascript:" },
        { """<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="JaVa&#9;ScRiPt:alert(1)"><text>x</text></a></svg>""", "javascript:" },
        { """<svg xmlns="http://www.w3.org/2000/svg"><animate attributeName="href" to="javascript:alert(1)"/></svg>""", "javascript:" },
        { """<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="https://tracker.test/pixel.png"/></svg>""", "external" },
        { """<svg xmlns="http://www.w3.org/2000/svg"><image href="http://tracker.test/pixel.png"/></svg>""", "external" },
        { """<svg xmlns="http://www.w3.org/2000/svg"><use href="other.svg#icon"/></svg>""", "external" },
        { """<svg xmlns="http://www.w3.org/2000/svg"><use href="//cdn.test/sprite.svg#icon"/></svg>""", "external" },
        { """<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="/></svg>""", "data:image/svg" },
        { """<svg xmlns="http://www.w3.org/2000/svg"><a href="data:text/html,&lt;script&gt;"><text>x</text></a></svg>""", "data:text/html" },
        { """<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill: url(https://evil.test/p.svg#g)"/></svg>""", "url(" },
        { """<svg xmlns="http://www.w3.org/2000/svg"><rect fill="url('file:///etc/passwd#x')"/></svg>""", "url(" },
        { """<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://evil.test/a.css);</style></svg>""", "@import" },
        { """<svg xmlns="http://www.w3.org/2000/svg"><style><![CDATA[rect { fill: url(https://evil.test/x) }]]></style></svg>""", "url(" },
        { """<?xml-stylesheet href="https://evil.test/a.css"?><svg xmlns="http://www.w3.org/2000/svg"/>""", "stylesheet" },
        { """<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&xxe;</text></svg>""", "ENTITY" },
        { """<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>""", "ENTITY" },
        { """<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg xmlns="http://www.w3.org/2000/svg"/>""", "DOCTYPE" },
    };

    [Theory]
    [MemberData(nameof(UnsafeDocuments))]
    public void Probe_rejects_an_unsafe_svg_with_a_clear_reason(string svg, string reason)
    {
        var act = () => MediaProbe.Instance.Probe(Encoding.UTF8.GetBytes(svg));

        act.Should().Throw<AssetRejectedException>()
            .Where(e => e.Code == IngestionErrorCodes.UnsafeSvg)
            .Which.Reason.Should().StartWith("The SVG is unsafe:").And.Contain(reason);
    }

    [Theory]
    [InlineData("""<defs><linearGradient id="g"><stop offset="0" stop-color="#000"/></linearGradient></defs><rect fill="url(#g)" style="stroke: url('#g')"/>""")]
    [InlineData("""<defs><path id="p" d="M0 0h10v10z"/></defs><use href="#p"/><use xlink:href="#p"/>""")]
    [InlineData("""<image href="data:image/png;base64,iVBORw0KGgo=" width="10" height="10"/>""")]
    [InlineData("""<style>.a { fill: #fff; opacity: .5 }</style><text class="a" font-family="Inter">Only text</text>""")]
    [InlineData("""<!-- a comment mentioning <script> is harmless --><g opacity="0.5"/>""")]
    public void Probe_accepts_a_safe_svg_with_local_references_and_inline_raster_images(string body)
    {
        var info = MediaProbe.Instance.Probe(TestMedia.Svg(body: body));

        info.Type.Should().Be(AssetType.Svg);
    }

    [Fact]
    public void Probe_rejects_malformed_svg_xml_as_corrupt()
    {
        var act = () => MediaProbe.Instance.Probe(Encoding.UTF8.GetBytes("""<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>"""));

        act.Should().Throw<AssetRejectedException>().Where(e => e.Code == IngestionErrorCodes.CorruptContent && e.Reason.Contains("well-formed"));
    }

    [Fact]
    public void Probe_rejects_an_svg_that_is_not_utf8_as_corrupt()
    {
        byte[] content = [.. """<svg xmlns="http://www.w3.org/2000/svg"><text>"""u8, 0xC3, 0x28, .. "</text></svg>"u8];

        var act = () => MediaProbe.Instance.Probe(content);

        act.Should().Throw<AssetRejectedException>().Where(e => e.Code == IngestionErrorCodes.CorruptContent);
    }

    [Fact]
    public void Probe_accepts_an_svg_with_a_byte_order_mark_and_leading_comment()
    {
        byte[] content = [0xEF, 0xBB, 0xBF, .. """<!-- made with a tool --> <svg xmlns="http://www.w3.org/2000/svg" width="10" height="20"/>"""u8];

        var info = MediaProbe.Instance.Probe(content);

        (info.Type, info.Width, info.Height).Should().Be((AssetType.Svg, 10, 20));
    }
}
