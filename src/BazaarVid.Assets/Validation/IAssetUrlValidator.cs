namespace BazaarVid.Assets;

/// <summary>
/// Finds every media URL in generated Remotion TSX/JSX scene code and checks it against the project's assets:
/// no placeholder, no invented URL, no forbidden scheme, every required asset used.
/// </summary>
public interface IAssetUrlValidator
{
    /// <summary>
    /// Validates <paramref name="code"/> against <paramref name="assetContext"/>. Never throws for any code (malformed
    /// code gives <see cref="AssetFindingCodes.SyntaxError"/>), runs in time linear in the code's length, and is safe to
    /// call concurrently.
    /// </summary>
    /// <param name="code">The scene code (TSX, JSX or JS).</param>
    /// <param name="assetContext">The assets the code may use.</param>
    /// <param name="options">Options for this call; null uses the validator's configured options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="assetContext"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid.</exception>
    AssetValidationResult Validate(string code, AssetContext assetContext, AssetValidationOptions? options = null);
}
