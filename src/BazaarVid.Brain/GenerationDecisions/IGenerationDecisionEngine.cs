namespace BazaarVid.Brain;

/// <summary>Decides whether a scene is generated directly as code or as a JSON spec first, from the request's complexity.</summary>
public interface IGenerationDecisionEngine
{
    /// <summary>The decision for <paramref name="request"/>. Deterministic: the same request always gives the same decision.</summary>
    GenerationDecision Decide(GenerationDecisionRequest request);
}
