namespace BazaarVid.Brain;

/// <summary>
/// Produces the code of one scene (new or edited) from a request. The offline template generator implements it
/// deterministically; an LLM generator implements it through <c>IChatClient</c>. Either way the code returned
/// follows the scene contract (SCENE_CONTRACT.md) and uses only asset URLs from the request.
/// </summary>
public interface ISceneGenerator
{
    /// <summary>Generates the scene.</summary>
    /// <exception cref="SceneGenerationException">No scene that follows the contract could be produced.</exception>
    ValueTask<GeneratedScene> GenerateAsync(SceneGenerationRequest request, CancellationToken cancellationToken = default);
}
