using System.Collections.Immutable;
using BazaarVid.Assets;

namespace BazaarVid.Brain;

/// <summary>
/// The default <see cref="ISceneValidator"/>: the asset URL validator and the scene contract checker, plus the two
/// things only the caller knows: the scene id and (when the person asked for one) the duration the code must have.
/// </summary>
public sealed class SceneValidator : ISceneValidator
{
    private readonly IAssetUrlValidator _urls;
    private readonly SceneContractChecker _contract;

    /// <summary>Creates the validator from its two checks.</summary>
    public SceneValidator(IAssetUrlValidator urls, SceneContractChecker contract)
    {
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(contract);
        _urls = urls;
        _contract = contract;
    }

    /// <inheritdoc />
    public SceneValidationReport Validate(string code, SceneExpectations expectations)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(expectations);
        var assets = _urls.Validate(code, expectations.Assets);
        var contract = _contract.Check(code);
        var errors = ImmutableArray.CreateBuilder<SceneFinding>();
        var warnings = ImmutableArray.CreateBuilder<SceneFinding>();
        errors.AddRange(assets.Errors.Select(f => FromAsset(f)));
        errors.AddRange(contract.Errors.Select(f => FromContract(f)));
        warnings.AddRange(assets.Warnings.Select(f => FromAsset(f)));
        warnings.AddRange(contract.Warnings.Select(f => FromContract(f)));

        if (expectations.ExpectedSceneId is { } id && contract.SceneId is { } found && found != id)
        {
            errors.Add(new SceneFinding(FindingSource.SceneContract, "scene-id-mismatch", $"The scene must be Scene_{id}, not Scene_{found}.", 1, 1, null));
        }

        if (expectations.ExpectedDurationInFrames is { } frames && contract.DurationInFrames is { } exported && exported != frames)
        {
            errors.Add(new SceneFinding(FindingSource.SceneContract, "duration-mismatch", $"The scene must last {frames} frames, not {exported}.", 1, 1, null));
        }

        var used = assets.UrlsFound.Where(u => u.IsAsset).Select(u => u.Url).Distinct(StringComparer.Ordinal).ToImmutableArray();
        return new SceneValidationReport(errors.Count == 0, errors.ToImmutable(), warnings.ToImmutable(), used);
    }

    private static SceneFinding FromAsset(AssetFinding finding) =>
        new(FindingSource.AssetUrls, finding.Code, finding.Message, finding.Line, finding.Column, finding.Url);

    private static SceneFinding FromContract(SceneContractFinding finding) =>
        new(FindingSource.SceneContract, finding.Code, finding.Message, finding.Line, finding.Column, null);
}
