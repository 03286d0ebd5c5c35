namespace BazaarVid.Assets;

/// <summary>The body of a permitted fetch.</summary>
/// <param name="Url">The URL the body came from (after redirects).</param>
/// <param name="MediaType">The Content-Type media type the server claimed, or null; never trust it over the bytes.</param>
/// <param name="Content">The body, at most <see cref="SafeFetchOptions.MaxBytes"/> bytes.</param>
/// <param name="Redirects">How many redirects were followed.</param>
public sealed record FetchedContent(Uri Url, string? MediaType, ReadOnlyMemory<byte> Content, int Redirects);

/// <summary>
/// Fetches remote media (images for analysis) without letting a URL reach internal services: http and https only,
/// every address checked at connect time (so DNS rebinding cannot slip past the check), redirects followed by hand
/// and re-checked, the body size and the total time bounded.
/// </summary>
public interface ISafeHttpFetcher
{
    /// <summary>Fetches <paramref name="url"/> with GET.</summary>
    /// <exception cref="UnsafeUrlException">The URL or a redirect target is not allowed; nothing was sent to it.</exception>
    /// <exception cref="FetchFailedException">Too large, too many redirects, timed out, an error status, or unreachable.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<FetchedContent> FetchAsync(Uri url, CancellationToken cancellationToken = default);
}
