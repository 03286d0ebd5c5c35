using System.Security.Cryptography;
using System.Text;

namespace BazaarVid.Assets;

/// <summary>
/// Deterministic asset ids: the first 16 hex digits of a SHA-256 over the project and the content hash (uploads)
/// or the normalized URL (references), with a domain prefix so the two can never collide by construction.
/// </summary>
internal static class AssetIds
{
    public static string ForUpload(string projectId, string sha256Hex) => Derive("upload", projectId, sha256Hex);

    public static string ForReference(string projectId, string normalizedUrl) => Derive("reference", projectId, normalizedUrl);

    private static string Derive(string kind, string projectId, string value)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}\n{projectId}\n{value}"));
        return Convert.ToHexStringLower(digest.AsSpan(0, 8));
    }
}
