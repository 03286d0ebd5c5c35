using BazaarVid.Assets;

namespace BazaarVid.Brain;

/// <summary>What generated code is checked against.</summary>
/// <param name="Assets">The conversation's assets: the only media URLs the code may use.</param>
/// <param name="ExpectedSceneId">The id the code must use, or null to accept any valid id.</param>
/// <param name="ExpectedDurationInFrames">The duration the code must export, or null to accept any in range.</param>
public sealed record SceneExpectations(AssetContext Assets, string? ExpectedSceneId = null, int? ExpectedDurationInFrames = null);

/// <summary>Checks scene code before it is stored: asset URLs (nothing fabricated) and the scene contract.</summary>
public interface ISceneValidator
{
    /// <summary>Validates <paramref name="code"/>. Never throws for any code text.</summary>
    SceneValidationReport Validate(string code, SceneExpectations expectations);
}
