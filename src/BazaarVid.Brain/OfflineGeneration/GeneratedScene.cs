namespace BazaarVid.Brain;

/// <summary>A generated scene: its code and, when the generator worked from one, its spec.</summary>
/// <param name="SceneId">The scene id (8 characters <c>[a-z0-9]</c>), the suffix of the code's top-level names.</param>
/// <param name="Name">A short human name.</param>
/// <param name="DurationInFrames">The duration the code exports.</param>
/// <param name="Code">TSX code that passes <see cref="SceneContractChecker"/>.</param>
/// <param name="Spec">The spec the code was emitted from; null when an LLM wrote the code directly.</param>
public sealed record GeneratedScene(string SceneId, string Name, int DurationInFrames, string Code, SceneSpec? Spec);
