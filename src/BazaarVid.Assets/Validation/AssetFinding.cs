namespace BazaarVid.Assets;

/// <summary>One problem found by <see cref="IAssetUrlValidator"/>.</summary>
/// <param name="Code">One of <see cref="AssetFindingCodes"/>.</param>
/// <param name="Url">The offending URL as the browser would see it (escapes decoded; long values shortened), or null when there is none.</param>
/// <param name="Message">What is wrong and what to do, written for a person or for a repair prompt.</param>
/// <param name="Line">1-based line of the URL (where its text is written), or 0 for findings about the whole file.</param>
/// <param name="Column">1-based column in UTF-16 code units, or 0 for findings about the whole file.</param>
public sealed record AssetFinding(string Code, string? Url, string Message, int Line, int Column);
