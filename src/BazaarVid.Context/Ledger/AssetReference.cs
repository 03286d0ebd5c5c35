using System.Collections.Immutable;

namespace BazaarVid.Context;

/// <summary>An asset URL to pin in a conversation's ledger.</summary>
/// <param name="Url">The URL exactly as it will be used in generated code (signed query strings kept verbatim).</param>
/// <param name="Source">How it arrived.</param>
/// <param name="FileName">The sanitized original file name, when known.</param>
/// <param name="MediaType">The asset type (image, svg, logo, video, audio, font, other), when known.</param>
/// <param name="Tags">Tags such as <c>logo</c> or <c>screenshot</c>, when known.</param>
public sealed record AssetReference(
    string Url,
    LedgerSource Source,
    string? FileName = null,
    string? MediaType = null,
    ImmutableArray<string> Tags = default);
