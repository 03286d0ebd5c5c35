using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace BazaarVid.Brain;

/// <summary>Limits the scene contract checker applies.</summary>
public sealed class SceneContractOptions
{
    /// <summary>The shortest allowed duration export, in frames. Default 15.</summary>
    [Range(1, 100_000)]
    public int MinDurationInFrames { get; set; } = 15;

    /// <summary>The longest allowed duration export, in frames. Default 1800.</summary>
    [Range(1, 100_000)]
    public int MaxDurationInFrames { get; set; } = 1800;

    /// <summary>When set, the default export must be <c>Scene_</c> followed by this id (for example the scene being edited).</summary>
    [RegularExpression("^[a-z0-9]{8}$")]
    public string? ExpectedSceneId { get; set; }

    /// <summary>Longer code is rejected with <see cref="SceneContractCodes.CodeTooLarge"/> without being read. Default 2,000,000 characters.</summary>
    [Range(1, 50_000_000)]
    public int MaxCodeLength { get; set; } = 2_000_000;

    /// <summary>The most findings (errors and warnings together) reported; the rest are summarized in one warning. Default 200.</summary>
    [Range(1, 10_000)]
    public int MaxFindings { get; set; } = 200;
}

/// <summary>Validates <see cref="SceneContractOptions"/> (generated from its data annotations).</summary>
[OptionsValidator]
public sealed partial class SceneContractOptionsValidator : IValidateOptions<SceneContractOptions>;
