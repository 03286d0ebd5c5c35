using BazaarVid.Context;

namespace BazaarVid.Brain;

/// <summary>A scene generator could not produce a scene that follows the contract.</summary>
public sealed class SceneGenerationException : BazaarVidException
{
    /// <summary>The code when generated code broke the scene contract.</summary>
    public const string ContractViolationCode = "scene-contract-violation";

    /// <summary>Creates the exception with its machine-readable code and a message for people.</summary>
    public SceneGenerationException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }
}
