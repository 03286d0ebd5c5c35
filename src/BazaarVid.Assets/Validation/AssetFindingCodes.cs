namespace BazaarVid.Assets;

/// <summary>The stable, machine-readable codes of <see cref="AssetFinding.Code"/>.</summary>
public static class AssetFindingCodes
{
    /// <summary>A placeholder service or token (placehold.co, picsum.photos, example.com, <c>IMAGE_URL_1</c>, bare <c>logo.png</c>, …).</summary>
    public const string PlaceholderUrl = "placeholder-url";

    /// <summary>A media URL that is not one of the project's asset URLs nor on an allowlisted host.</summary>
    public const string UnknownUrl = "unknown-url";

    /// <summary>An asset marked <see cref="Asset.Required"/> that the code never uses. Line and column are 0.</summary>
    public const string MissingRequiredAsset = "missing-required-asset";

    /// <summary>A <c>javascript:</c>, <c>vbscript:</c>, <c>file:</c> or <c>blob:</c> URL, or a <c>data:</c> URL that is not an image.</summary>
    public const string ForbiddenScheme = "forbidden-scheme";

    /// <summary>A media position whose URL is computed at run time (a call, a prop, a parameter), so it cannot be checked.</summary>
    public const string DynamicUrl = "dynamic-url";

    /// <summary>A <c>data:image/…</c> URL longer than <see cref="AssetValidationOptions.MaxDataUrlBytes"/>.</summary>
    public const string DataUrlTooLarge = "data-url-too-large";

    /// <summary>An unterminated string, template literal, comment or JSX element: the code after it cannot be checked.</summary>
    public const string SyntaxError = "syntax-error";
}
