using System.Collections.Immutable;

namespace BazaarVid.Assets;

/// <summary>The outcome of <see cref="IAssetUrlValidator.Validate"/>. Lists are sorted by position.</summary>
/// <param name="Valid">True when there are no errors (warnings do not make code invalid).</param>
/// <param name="Errors">Problems that must be fixed before the code is used.</param>
/// <param name="Warnings">Problems worth knowing that do not block (dynamic URLs unless strict, URLs in JSX text).</param>
/// <param name="UrlsFound">Every URL found, whether allowed or not.</param>
public sealed record AssetValidationResult(
    bool Valid,
    ImmutableArray<AssetFinding> Errors,
    ImmutableArray<AssetFinding> Warnings,
    ImmutableArray<FoundUrl> UrlsFound)
{
    /// <inheritdoc />
    public bool Equals(AssetValidationResult? other) =>
        other is not null && Valid == other.Valid && Errors.SequenceEqual(other.Errors)
        && Warnings.SequenceEqual(other.Warnings) && UrlsFound.SequenceEqual(other.UrlsFound);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Valid, Errors.Length, Warnings.Length, UrlsFound.Length);
}
