namespace BazaarVid.Brain;

/// <summary>Creates ids for new scenes: 8 characters <c>[a-z0-9]</c>, as the scene contract requires.</summary>
public interface ISceneIdGenerator
{
    /// <summary>A new id for a scene created in <paramref name="turn"/>, different from every id in <paramref name="taken"/>.</summary>
    string NewId(string projectId, string conversationId, int turn, IReadOnlySet<string> taken);
}

/// <summary>
/// The default <see cref="ISceneIdGenerator"/>: deterministic (<see cref="SceneIds.Derive"/>), so the same session
/// always produces the same ids and the same code; the attempt counter only advances when an id is taken.
/// </summary>
public sealed class DeterministicSceneIdGenerator : ISceneIdGenerator
{
    /// <inheritdoc />
    public string NewId(string projectId, string conversationId, int turn, IReadOnlySet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        for (var attempt = 0; ; attempt++)
        {
            var candidate = SceneIds.Derive(projectId, conversationId, turn, attempt);
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }
}
