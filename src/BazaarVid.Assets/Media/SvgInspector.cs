using System.Globalization;
using System.Text;
using System.Xml;

namespace BazaarVid.Assets;

/// <summary>
/// Reads an SVG with a locked-down <see cref="XmlReader"/> (DTDs prohibited, no resolver, so no entity or
/// external fetch can happen) and refuses anything that could run code or load another resource: script,
/// foreignObject and other embedding elements, on* event attributes, javascript:/vbscript: and non-image data:
/// URLs anywhere, href/xlink:href/src that are not local fragments or inline raster images, url(...) and
/// @import pointing elsewhere, and xml-stylesheet instructions. Returns the width and height (from the width and
/// height attributes in px, else from the viewBox).
/// </summary>
internal static class SvgInspector
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";

    private static readonly string[] ForbiddenElements = ["script", "foreignobject", "iframe", "embed", "object", "handler", "listener", "applet", "frame", "frameset", "meta", "base"];

    private static readonly string[] ForbiddenSchemes = ["javascript:", "vbscript:", "livescript:", "data:text/html", "data:application", "data:image/svg"];

    private static readonly string[] InlineImagePrefixes = ["data:image/png", "data:image/jpeg", "data:image/jpg", "data:image/gif", "data:image/webp", "data:image/avif"];

    public static (int? Width, int? Height) Inspect(ReadOnlySpan<byte> content)
    {
        var text = Decode(content);

        // A DTD is refused before parsing so the reason is precise; the reader would refuse it anyway.
        if (text.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase))
        {
            throw IngestionErrorCodes.Unsafe("it declares an entity (<!ENTITY); DTDs and entities are not allowed");
        }

        if (text.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
        {
            throw IngestionErrorCodes.Unsafe("it has a <!DOCTYPE>; DTDs are not allowed");
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            CloseInput = true,
        };

        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            (int?, int?) size = (null, null);
            var root = true;
            var inStyle = false;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        var name = reader.LocalName.ToLowerInvariant();
                        if (root)
                        {
                            if (name != "svg" || (reader.NamespaceURI.Length > 0 && reader.NamespaceURI != SvgNamespace))
                            {
                                throw IngestionErrorCodes.Unsupported($"The content is XML whose root element is <{reader.Name}>, not <svg>.");
                            }

                            root = false;
                            size = ReadSize(reader);
                        }

                        if (ForbiddenElements.Contains(name))
                        {
                            throw IngestionErrorCodes.Unsafe($"it contains a <{reader.LocalName}> element");
                        }

                        CheckAttributes(reader);
                        inStyle = name == "style" && !reader.IsEmptyElement;
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA when inStyle:
                        CheckCss(reader.Value, "a <style> element");
                        break;
                    case XmlNodeType.EndElement:
                        inStyle = false;
                        break;
                    case XmlNodeType.ProcessingInstruction when reader.Name.Equals("xml-stylesheet", StringComparison.OrdinalIgnoreCase):
                        throw IngestionErrorCodes.Unsafe("it loads an external stylesheet (<?xml-stylesheet?>)");
                    default:
                        break;
                }
            }

            return root ? throw IngestionErrorCodes.Corrupt("The SVG has no root element.") : size;
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            throw IngestionErrorCodes.Unsafe("it has a DTD, which is not allowed", e);
        }
        catch (XmlException e)
        {
            throw IngestionErrorCodes.Corrupt($"The SVG is not well-formed XML: {e.Message}", e);
        }
    }

    private static string Decode(ReadOnlySpan<byte> content)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? content[3..] : content);
        }
        catch (DecoderFallbackException e)
        {
            throw IngestionErrorCodes.Corrupt("The SVG is not valid UTF-8.", e);
        }
    }

    private static void CheckAttributes(XmlReader reader)
    {
        if (!reader.MoveToFirstAttribute())
        {
            return;
        }

        do
        {
            var name = reader.LocalName.ToLowerInvariant();
            var value = reader.Value;
            var compact = Compact(value);
            if (name.StartsWith("on", StringComparison.Ordinal) && reader.Prefix != "xmlns")
            {
                throw IngestionErrorCodes.Unsafe($"it has an event handler attribute '{reader.Name}'");
            }

            foreach (var scheme in ForbiddenSchemes)
            {
                if (compact.Contains(scheme, StringComparison.Ordinal))
                {
                    throw IngestionErrorCodes.Unsafe($"the attribute '{reader.Name}' uses a '{scheme}' URL");
                }
            }

            if (name is "href" or "src" && reader.Prefix != "xmlns" && !IsLocalReference(compact))
            {
                throw IngestionErrorCodes.Unsafe($"the attribute '{reader.Name}' references an external resource");
            }

            if (name == "style" || compact.Contains("url(", StringComparison.Ordinal))
            {
                CheckCss(value, $"the attribute '{reader.Name}'");
            }
        }
        while (reader.MoveToNextAttribute());

        reader.MoveToElement();
    }

    private static void CheckCss(string css, string where)
    {
        var compact = Compact(css);
        if (compact.Contains("@import", StringComparison.Ordinal))
        {
            throw IngestionErrorCodes.Unsafe($"{where} imports a stylesheet (@import)");
        }

        foreach (var scheme in ForbiddenSchemes)
        {
            if (compact.Contains(scheme, StringComparison.Ordinal))
            {
                throw IngestionErrorCodes.Unsafe($"{where} uses a '{scheme}' URL");
            }
        }

        for (var at = compact.IndexOf("url(", StringComparison.Ordinal); at >= 0; at = compact.IndexOf("url(", at + 4, StringComparison.Ordinal))
        {
            var target = compact[(at + 4)..].TrimStart('\'', '"');
            if (!IsLocalReference(target))
            {
                throw IngestionErrorCodes.Unsafe($"{where} references an external resource with url(...)");
            }
        }
    }

    private static bool IsLocalReference(string compactValue) =>
        compactValue.Length == 0
        || compactValue.StartsWith('#')
        || InlineImagePrefixes.Any(p => compactValue.StartsWith(p, StringComparison.Ordinal));

    // Browsers ignore white space and control characters inside schemes ("java\tscript:"), and schemes are case-insensitive.
    private static string Compact(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (!char.IsWhiteSpace(c) && !char.IsControl(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static (int? Width, int? Height) ReadSize(XmlReader reader)
    {
        var width = ParseLength(reader.GetAttribute("width"));
        var height = ParseLength(reader.GetAttribute("height"));
        if (width is null || height is null)
        {
            var box = (reader.GetAttribute("viewBox") ?? string.Empty).Split([' ', ',', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
            if (box.Length == 4 && TryNumber(box[2], out var boxWidth) && TryNumber(box[3], out var boxHeight) && boxWidth > 0 && boxHeight > 0)
            {
                width ??= ToPixels(boxWidth);
                height ??= ToPixels(boxHeight);
            }
        }

        return (width, height);
    }

    private static int? ParseLength(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.EndsWith("px", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[..^2];
        }

        return TryNumber(trimmed, out var number) && number > 0 ? ToPixels(number) : null;
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static int ToPixels(double value) => (int)Math.Clamp(Math.Round(value), 1, int.MaxValue);
}
