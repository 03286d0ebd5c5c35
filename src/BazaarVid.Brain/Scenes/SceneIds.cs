using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace BazaarVid.Brain;

/// <summary>Scene ids: 8 characters <c>[a-z0-9]</c>, the suffix of every top-level name of a scene's code.</summary>
public static partial class SceneIds
{
    /// <summary>The length of a scene id.</summary>
    public const int Length = 8;

    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";

    /// <summary>True when <paramref name="id"/> is 8 characters <c>[a-z0-9]</c>.</summary>
    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    /// <summary>
    /// A deterministic id for the scene a turn creates: the same project, conversation, turn and salt always give
    /// the same id; any difference gives another one (a SHA-256 of the inputs in base 36).
    /// </summary>
    /// <param name="projectId">The project.</param>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="turn">The turn that creates the scene.</param>
    /// <param name="salt">Anything that tells apart several scenes of one turn (for example their position), or null.</param>
    public static string Derive(string projectId, string conversationId, int turn, string? salt = null)
    {
        ArgumentNullException.ThrowIfNull(projectId);
        ArgumentNullException.ThrowIfNull(conversationId);
        var input = Encoding.UTF8.GetBytes($"{projectId}\n{conversationId}\n{turn.ToString(System.Globalization.CultureInfo.InvariantCulture)}\n{salt}");
        var hash = SHA256.HashData(input);
        var value = BitConverter.ToUInt64(hash, 0);
        Span<char> id = stackalloc char[Length];
        for (var i = Length - 1; i >= 0; i--)
        {
            id[i] = Alphabet[(int)(value % 36)];
            value /= 36;
        }

        return new string(id);
    }

    [GeneratedRegex("^[a-z0-9]{8}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
