using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace BazaarVid.Assets;

/// <summary>Options of <see cref="AssetUrlValidator"/>. Defaults are safe; lists compare case-insensitively.</summary>
public sealed class AssetValidationOptions
{
    /// <summary>When true, <see cref="AssetFindingCodes.DynamicUrl"/> is an error instead of a warning. Default false.</summary>
    public bool Strict { get; set; }

    /// <summary>The longest <c>data:image/…</c> URL allowed, in characters. Default 16 KB; 0 forbids data URLs.</summary>
    [Range(0, 64 * 1024 * 1024)]
    public int MaxDataUrlBytes { get; set; } = 16 * 1024;

    /// <summary>
    /// Hosts whose URLs are allowed without being assets. <c>cdn.example.net</c> allows that host only;
    /// <c>*.example.net</c> allows its subdomains. Empty by default.
    /// </summary>
    public IList<string> AllowedHosts { get; } = new List<string>();

    /// <summary>Files of the host's public folder that <c>staticFile("…")</c> may reference (for example <c>fonts/brand.woff2</c>). Empty by default.</summary>
    public IList<string> AllowedStaticFiles { get; } = new List<string>();

    /// <summary>Placeholder-image hosts; a host matches itself and its subdomains.</summary>
    public IList<string> PlaceholderHosts { get; } = new List<string>
    {
        "placeholder.com", "via.placeholder.com", "placehold.it", "placehold.co", "lorempixel.com", "dummyimage.com",
        "picsum.photos", "source.unsplash.com", "images.unsplash.com", "example.com", "example.org", "example.net",
    };

    /// <summary>Placeholder tokens found anywhere in a URL or string literal; <c>#</c> stands for one or more digits.</summary>
    public IList<string> PlaceholderTokens { get; } = new List<string>
    {
        "/api/placeholder/#", "IMAGE_URL_#", "{imageUrl#}", "your-logo-here", "your-image-here",
    };

    /// <summary>File names that are placeholders when used without a host (<c>logo.png</c>, <c>./images/logo.png</c>).</summary>
    public IList<string> PlaceholderFileNames { get; } = new List<string>
    {
        "logo.png", "logo.svg", "logo.jpg", "placeholder.png", "placeholder.jpg",
    };

    /// <summary>When true (default), every asset with <see cref="Asset.Required"/> must appear in the code.</summary>
    public bool RequireRequiredAssets { get; set; } = true;

    /// <summary>When true (default), a URL in JSX text that is not an asset gives a warning (it is shown, never loaded).</summary>
    public bool WarnOnDisplayTextUrls { get; set; } = true;
}

/// <summary>Validates <see cref="AssetValidationOptions"/> (source-generated from its data annotations).</summary>
[OptionsValidator]
public sealed partial class AssetValidationOptionsValidator : IValidateOptions<AssetValidationOptions>;
