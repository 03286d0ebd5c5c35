namespace BazaarVid.Brain;

/// <summary>Turns a decision into a route with everything the next step needs (code, neighbours, style, assets).</summary>
public interface ISceneRouter
{
    /// <summary>Builds the route for <paramref name="decision"/>, made for <paramref name="request"/>.</summary>
    /// <exception cref="BazaarVid.Context.SceneNotFoundException">The decision targets or references a scene that is not live, or its target's code is not in the scene store.</exception>
    /// <exception cref="ArgumentException">A clarification has no question, or an edit or delete has no target.</exception>
    ValueTask<SceneRoute> RouteAsync(BrainDecision decision, IntentRequest request, CancellationToken cancellationToken = default);
}
