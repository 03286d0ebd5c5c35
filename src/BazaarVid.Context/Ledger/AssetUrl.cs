using System.Text;

namespace BazaarVid.Context;

/// <summary>
/// Validation and normalization of asset URLs. The normalized form is a de-duplication and matching key,
/// never what is shown or emitted: scheme and host are lower-cased, a default port is dropped, an empty
/// path becomes <c>/</c>, percent-escapes are upper-cased and the fragment is dropped. The query string is
/// kept byte for byte, because signed URLs depend on it.
/// </summary>
public static class AssetUrl
{
    /// <summary>The longest asset URL accepted.</summary>
    public const int MaxLength = 8192;

    /// <summary>Returns <paramref name="url"/> when it is an absolute http(s) URL; otherwise throws <see cref="InvalidAssetUrlException"/>.</summary>
    public static string Validate(string? url, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(url, parameterName);
        if (!IsHttpUrl(url, out var reason))
        {
            throw new InvalidAssetUrlException(url.Length > 500 ? url[..500] : url, reason);
        }

        return url;
    }

    /// <summary>True when <paramref name="url"/> is an absolute http or https URL with a host and no white space.</summary>
    public static bool IsHttpUrl(string? url) => IsHttpUrl(url, out _);

    /// <summary>The matching key of <paramref name="url"/> (see the type's remarks). Never throws; unparsable input is returned trimmed.</summary>
    public static string Normalize(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var text = url.Trim();
        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            return text;
        }

        var scheme = text[..schemeEnd].ToLowerInvariant();
        var rest = text[(schemeEnd + 3)..];
        var fragment = rest.IndexOf('#', StringComparison.Ordinal);
        if (fragment >= 0)
        {
            rest = rest[..fragment];
        }

        var authorityEnd = rest.IndexOfAny(['/', '?']);
        var authority = authorityEnd < 0 ? rest : rest[..authorityEnd];
        var pathAndQuery = authorityEnd < 0 ? string.Empty : rest[authorityEnd..];

        var at = authority.LastIndexOf('@');
        var userInfo = at >= 0 ? authority[..(at + 1)] : string.Empty;
        var hostPort = (at >= 0 ? authority[(at + 1)..] : authority).ToLowerInvariant();
        hostPort = DropDefaultPort(scheme, hostPort);

        var queryStart = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = queryStart < 0 ? pathAndQuery : pathAndQuery[..queryStart];
        var query = queryStart < 0 ? string.Empty : pathAndQuery[queryStart..];
        if (path.Length == 0)
        {
            path = "/";
        }

        return string.Concat(scheme, "://", userInfo, hostPort, UpperCaseEscapes(path), query);
    }

    /// <summary>True when both URLs have the same normalized key.</summary>
    public static bool AreEquivalent(string left, string right) =>
        string.Equals(Normalize(left), Normalize(right), StringComparison.Ordinal);

    private static bool IsHttpUrl(string? url, out string reason)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            reason = "it is empty";
            return false;
        }

        if (url.Length > MaxLength)
        {
            reason = $"it is {url.Length} characters long; the maximum is {MaxLength}";
            return false;
        }

        foreach (var c in url)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                reason = "it contains white space or control characters";
                return false;
            }
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            reason = "it is not an absolute URL";
            return false;
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            reason = $"the scheme '{uri.Scheme}' is not http or https";
            return false;
        }

        if (string.IsNullOrEmpty(uri.Host))
        {
            reason = "it has no host";
            return false;
        }

        reason = string.Empty;
        return true;
    }

    private static string DropDefaultPort(string scheme, string hostPort)
    {
        if (scheme == "http" && hostPort.EndsWith(":80", StringComparison.Ordinal))
        {
            return hostPort[..^3];
        }

        if (scheme == "https" && hostPort.EndsWith(":443", StringComparison.Ordinal))
        {
            return hostPort[..^4];
        }

        return hostPort;
    }

    private static string UpperCaseEscapes(string path)
    {
        if (!path.Contains('%', StringComparison.Ordinal))
        {
            return path;
        }

        var builder = new StringBuilder(path);
        for (var i = 0; i + 2 < builder.Length; i++)
        {
            if (builder[i] == '%' && Uri.IsHexDigit(builder[i + 1]) && Uri.IsHexDigit(builder[i + 2]))
            {
                builder[i + 1] = char.ToUpperInvariant(builder[i + 1]);
                builder[i + 2] = char.ToUpperInvariant(builder[i + 2]);
                i += 2;
            }
        }

        return builder.ToString();
    }
}
