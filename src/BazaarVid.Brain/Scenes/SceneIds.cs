using System.Globalization;
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
    /// A deterministic id for the scene a turn creates: the same project, conversation, turn and attempt always give
    /// the same id, starting with a letter (base 36 of a SHA-256 of the inputs). Pass a higher
    /// <paramref name="attempt"/> when an id is already taken.
    /// </summary>
    /// <param name="projectId">The project.</param>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="turn">The turn that creates the scene.</param>
    /// <param name="attempt">0 for the first choice; 1, 2, … after collisions.</param>
    public static string Derive(string projectId, string conversationId, int turn, int attempt = 0)
    {
        ArgumentNullException.ThrowIfNull(projectId);
        ArgumentNullException.ThrowIfNull(conversationId);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{projectId}\n{conversationId}\n{turn}\n{attempt}")));
        Span<char> id = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            id[i] = Alphabet[hash[i] % Alphabet.Length];
        }

        // A leading letter keeps the id a valid identifier suffix in any position.
        id[0] = Alphabet[10 + (hash[Length] % 26)];
        return new string(id);
    }

    [GeneratedRegex("^[a-z0-9]{8}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
