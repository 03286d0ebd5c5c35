namespace BazaarVid.Assets.Validation;

/// <summary>How the value at a media position is read.</summary>
internal enum ValueShape : byte
{
    /// <summary>The whole value is one URL.</summary>
    Url,

    /// <summary>A <c>srcset</c>: comma-separated URLs with descriptors.</summary>
    SrcSet,

    /// <summary>CSS text (<c>new FontFace(name, "url(…)")</c>).</summary>
    Css,

    /// <summary>The path argument of <c>staticFile()</c>.</summary>
    StaticFile,
}

/// <summary>A media function: which argument (and which property of it, when it is an object) is the URL.</summary>
internal readonly record struct CallSink(int Argument, string? Property, ValueShape Shape, string Label, bool ObjectOnly = false);

/// <summary>
/// Every media position of REMOTION_MEDIA.md: Remotion, @remotion/* and plain HTML/SVG elements and attributes,
/// media functions and constructors, DOM properties.
/// </summary>
internal static class MediaSurface
{
    /// <summary>True when attribute <paramref name="attribute"/> of element <paramref name="tag"/> loads media.</summary>
    public static bool IsMediaAttribute(ReadOnlySpan<char> tag, ReadOnlySpan<char> attribute, out ValueShape shape)
    {
        shape = ValueShape.Url;
        switch (attribute)
        {
            // Every Remotion media component (Img, Video, Html5Video, OffthreadVideo, Audio, Html5Audio, IFrame,
            // AnimatedImage, CanvasImage, Gif, RemotionRiveCanvas, …) and every HTML element (img, video, source,
            // audio, track, iframe, embed, script) takes the URL in src; custom components passing src on are covered too.
            case "src":
            case "poster":
                return true;
            case "srcSet":
            case "srcset":
                shape = ValueShape.SrcSet;
                return true;
            case "href":
            case "xlinkHref":
            case "xlink:href":
                // SVG <image>, <use>, <feImage>, and <link>; <a href> is navigation, not media.
                return tag is "image" or "use" or "feImage" or "link" or "script";
            case "data":
                return tag is "object";
            default:
                return false;
        }
    }

    /// <summary>Media functions, by the name they are called with.</summary>
    public static bool TryGetCall(ReadOnlySpan<char> name, out CallSink sink)
    {
        sink = name switch
        {
            "staticFile" => new CallSink(0, null, ValueShape.StaticFile, "staticFile()"),
            "prefetch" => new CallSink(0, null, ValueShape.Url, "prefetch()"),
            "fetch" => new CallSink(0, null, ValueShape.Url, "fetch()"),
            "preloadImage" => new CallSink(0, null, ValueShape.Url, "preloadImage()"),
            "preloadVideo" => new CallSink(0, null, ValueShape.Url, "preloadVideo()"),
            "preloadAudio" => new CallSink(0, null, ValueShape.Url, "preloadAudio()"),
            "preloadFont" => new CallSink(0, null, ValueShape.Url, "preloadFont()"),
            "resolveRedirect" => new CallSink(0, null, ValueShape.Url, "resolveRedirect()"),
            "getAudioData" => new CallSink(0, null, ValueShape.Url, "getAudioData()"),
            "useAudioData" => new CallSink(0, null, ValueShape.Url, "useAudioData()"),
            "getVideoMetadata" => new CallSink(0, null, ValueShape.Url, "getVideoMetadata()"),
            "getAudioDurationInSeconds" => new CallSink(0, null, ValueShape.Url, "getAudioDurationInSeconds()"),
            "getImageDimensions" => new CallSink(0, null, ValueShape.Url, "getImageDimensions()"),
            "getGifDurationInSeconds" => new CallSink(0, null, ValueShape.Url, "getGifDurationInSeconds()"),
            "preloadGif" => new CallSink(0, null, ValueShape.Url, "preloadGif()"),
            "useTexture" => new CallSink(0, null, ValueShape.Url, "useTexture()"),
            "useVideoTexture" => new CallSink(0, null, ValueShape.Url, "useVideoTexture()"),
            "useGLTF" => new CallSink(0, null, ValueShape.Url, "useGLTF()"),
            "useFBX" => new CallSink(0, null, ValueShape.Url, "useFBX()"),
            "useLoader" => new CallSink(1, null, ValueShape.Url, "useLoader()"),
            "useOffthreadVideoTexture" => new CallSink(0, "src", ValueShape.Url, "useOffthreadVideoTexture({ src })"),
            "parseMedia" => new CallSink(0, "src", ValueShape.Url, "parseMedia({ src })"),
            "loadFont" => new CallSink(0, "url", ValueShape.Url, "loadFont({ url })", ObjectOnly: true),
            "loadImage" => new CallSink(0, null, ValueShape.Url, "loadImage()"),
            "importScripts" => new CallSink(0, null, ValueShape.Url, "importScripts()"),
            "sendBeacon" => new CallSink(0, null, ValueShape.Url, "sendBeacon()"),
            "import" => new CallSink(0, null, ValueShape.Url, "import()"),
            _ => default,
        };
        return sink.Label is not null;
    }

    /// <summary>Media constructors (<c>new X(…)</c>).</summary>
    public static bool TryGetConstructor(ReadOnlySpan<char> name, out CallSink sink)
    {
        sink = name switch
        {
            "Worker" => new CallSink(0, null, ValueShape.Url, "new Worker()"),
            "SharedWorker" => new CallSink(0, null, ValueShape.Url, "new SharedWorker()"),
            "EventSource" => new CallSink(0, null, ValueShape.Url, "new EventSource()"),
            "WebSocket" => new CallSink(0, null, ValueShape.Url, "new WebSocket()"),
            "Audio" => new CallSink(0, null, ValueShape.Url, "new Audio()"),
            "Request" => new CallSink(0, null, ValueShape.Url, "new Request()"),
            "FontFace" => new CallSink(1, null, ValueShape.Css, "new FontFace()"),
            _ => default,
        };
        return sink.Label is not null;
    }

    /// <summary>DOM properties that load media when assigned (<c>img.src = …</c>) or object keys that name media (<c>{ src: … }</c>).</summary>
    public static bool IsMediaProperty(ReadOnlySpan<char> name, out ValueShape shape)
    {
        shape = name is "srcset" or "srcSet" ? ValueShape.SrcSet : ValueShape.Url;
        return name is "src" or "srcset" or "srcSet" or "poster";
    }

    /// <summary>Attribute names that <c>element.setAttribute(name, url)</c> makes a media URL.</summary>
    public static bool IsMediaAttributeName(ReadOnlySpan<char> name) =>
        name is "src" or "srcset" or "poster" or "href" or "xlink:href" or "data";

    public static bool IsHttpMethod(ReadOnlySpan<char> method) =>
        method.Equals("GET", StringComparison.OrdinalIgnoreCase) || method.Equals("POST", StringComparison.OrdinalIgnoreCase)
        || method.Equals("PUT", StringComparison.OrdinalIgnoreCase) || method.Equals("HEAD", StringComparison.OrdinalIgnoreCase)
        || method.Equals("DELETE", StringComparison.OrdinalIgnoreCase) || method.Equals("PATCH", StringComparison.OrdinalIgnoreCase)
        || method.Equals("OPTIONS", StringComparison.OrdinalIgnoreCase);
}
