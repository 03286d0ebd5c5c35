namespace BazaarVid.Assets;

/// <summary>How a URL is referenced by the code.</summary>
public enum UrlReferenceKind
{
    /// <summary>Loaded as media: a media attribute, a media function argument, <c>.src =</c>, <c>{ src: … }</c>.</summary>
    Media,

    /// <summary>Inside CSS text: <c>url(…)</c>, <c>@import</c>, <c>image-set(…)</c> (style objects, style strings, Tailwind classes).</summary>
    Css,

    /// <summary>A URL-like string elsewhere in the code (a constant, a prop, a caption).</summary>
    Literal,

    /// <summary>JSX text shown to the viewer; never loaded.</summary>
    DisplayText,
}

/// <summary>One URL the validator found in the code.</summary>
/// <param name="Url">The URL as the browser would see it (escapes decoded, constants and concatenations resolved).</param>
/// <param name="Line">1-based line where the URL's text is written.</param>
/// <param name="Column">1-based column in UTF-16 code units.</param>
/// <param name="Kind">How it is referenced.</param>
/// <param name="Via">Where it is used, for people: <c>&lt;Img src&gt;</c>, <c>fetch()</c>, <c>css url()</c>, <c>string literal</c>, …</param>
/// <param name="AssetId">The id of the matching asset of the context, or null.</param>
public sealed record FoundUrl(string Url, int Line, int Column, UrlReferenceKind Kind, string Via, string? AssetId)
{
    /// <summary>True when the URL is exactly one of the context's asset URLs (after normalization).</summary>
    public bool IsAsset => AssetId is not null;
}
