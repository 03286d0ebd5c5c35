using System.Security.Cryptography;
using System.Text;

namespace BazaarVid.Brain;

/// <summary>Creates ids for new scenes: 8 characters <c>[a-z0-9]</c>, as the scene contract requires.</summary>
public interface ISceneIdGenerator
{
    /// <summary>A new id for a scene created in <paramref name="turn"/>, different from every id in <paramref name="taken"/>.</summary>
    string NewId(string projectId, string conversationId, int turn, IReadOnlySet<string> taken);
}

/// <summary>
/// The default <see cref="ISceneIdGenerator"/>: deterministic, so the same session always produces the same ids
/// (and the same code). The id is the base-36 form of a SHA-256 of project, conversation, turn and an attempt counter
/// that only advances when an id is taken.
/// </summary>
public sealed class DeterministicSceneIdGenerator : ISceneIdGenerator
{
    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";

    /// <inheritdoc />
    public string NewId(string projectId, string conversationId, int turn, IReadOnlySet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(projectId);
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(taken);
        for (var attempt = 0; ; attempt++)
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{projectId}\n{conversationId}\n{turn}\n{attempt}"));
            var id = new StringBuilder(8);
            for (var i = 0; i < 8; i++)
            {
                id.Append(Alphabet[hash[i] % Alphabet.Length]);
            }

            // A leading letter keeps the id a valid identifier suffix in any position.
            id[0] = Alphabet[10 + (hash[8] % 26)];
            var candidate = id.ToString();
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }
}
