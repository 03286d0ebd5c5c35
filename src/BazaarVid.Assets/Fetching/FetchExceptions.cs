namespace BazaarVid.Assets;

/// <summary>
/// The fetcher refused a URL before connecting anywhere (code <c>unsafe-url</c>): a scheme other than http or https,
/// or a host that is or resolves to a loopback, private, link-local, shared, multicast, broadcast, unspecified or
/// reserved address (and is not on the allow-list). Redirect targets are refused the same way.
/// </summary>
public sealed class UnsafeUrlException : AssetRejectedException
{
    /// <summary>The machine-readable code of this exception.</summary>
    public const string ErrorCode = "unsafe-url";

    /// <summary>Creates the exception with a reason for people (it never contains the URL itself).</summary>
    public UnsafeUrlException(string reason, Exception? innerException = null)
        : base(ErrorCode, reason, innerException)
    {
    }
}

/// <summary>
/// A permitted fetch did not produce a body: it was too large, redirected too often, timed out, got an error status,
/// or the server could not be reached. <see cref="BazaarVid.Context.BazaarVidException.Code"/> is one of the constants
/// of this type.
/// </summary>
public sealed class FetchFailedException : AssetRejectedException
{
    /// <summary>The body is larger than <see cref="SafeFetchOptions.MaxBytes"/>; reading stopped at the limit.</summary>
    public const string TooLarge = "too-large";

    /// <summary>The server redirected more than <see cref="SafeFetchOptions.MaxRedirects"/> times.</summary>
    public const string TooManyRedirects = "too-many-redirects";

    /// <summary>The fetch did not finish within <see cref="SafeFetchOptions.Timeout"/>.</summary>
    public const string Timeout = "fetch-timeout";

    /// <summary>The server answered with a status other than 2xx or a redirect with a Location.</summary>
    public const string HttpStatus = "http-status";

    /// <summary>The host could not be resolved or reached, or the connection broke.</summary>
    public const string Unreachable = "fetch-failed";

    /// <summary>Creates the exception with one of the codes above and a reason for people.</summary>
    public FetchFailedException(string code, string reason, Exception? innerException = null)
        : base(code, reason, innerException)
    {
    }
}
