using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace BazaarVid.Brain;

/// <summary>
/// Weights and thresholds of the <see cref="GenerationDecisionEngine"/>, validated on start.
/// <para>
/// Score = <see cref="ElementWeight"/> × (elements − 1) + <see cref="LayoutCueWeight"/> × layout cues
/// + <see cref="AnimationCueWeight"/> × animation cues + <see cref="AssetWeight"/> × assets
/// − <see cref="EditDiscount"/> for edits, never below 0. A score at or above <see cref="JsonThenCodeThreshold"/>
/// chooses JSON then code.
/// </para>
/// <para>
/// Estimated tokens = <see cref="BaseTokens"/> + <see cref="TokensPerElement"/> × elements
/// + <see cref="TokensPerAsset"/> × assets + <see cref="TokensPerCue"/> × (layout + animation cues)
/// + <see cref="JsonSpecTokens"/> when the approach is JSON then code.
/// </para>
/// </summary>
public sealed class GenerationDecisionOptions
{
    /// <summary>The score from which JSON then code is chosen. Default 6.</summary>
    [Range(1, 1000)]
    public int JsonThenCodeThreshold { get; set; } = 6;

    /// <summary>Points per element beyond the first. Default 1.</summary>
    [Range(0, 100)]
    public int ElementWeight { get; set; } = 1;

    /// <summary>Points per distinct layout cue (grid, chart, split screen, …). Default 2.</summary>
    [Range(0, 100)]
    public int LayoutCueWeight { get; set; } = 2;

    /// <summary>Points per distinct animation cue (stagger, sequence, parallax, …). Default 2.</summary>
    [Range(0, 100)]
    public int AnimationCueWeight { get; set; } = 2;

    /// <summary>Points per asset involved. Default 1.</summary>
    [Range(0, 100)]
    public int AssetWeight { get; set; } = 1;

    /// <summary>Points taken off for edits, which change an existing scene's code rather than plan a new one. Default 2.</summary>
    [Range(0, 1000)]
    public int EditDiscount { get; set; } = 2;

    /// <summary>Output tokens of the simplest scene. Default 700.</summary>
    [Range(0, 100_000)]
    public int BaseTokens { get; set; } = 700;

    /// <summary>Output tokens per element. Default 120.</summary>
    [Range(0, 10_000)]
    public int TokensPerElement { get; set; } = 120;

    /// <summary>Output tokens per asset. Default 80.</summary>
    [Range(0, 10_000)]
    public int TokensPerAsset { get; set; } = 80;

    /// <summary>Output tokens per layout or animation cue. Default 90.</summary>
    [Range(0, 10_000)]
    public int TokensPerCue { get; set; } = 90;

    /// <summary>Output tokens of the JSON spec step. Default 450.</summary>
    [Range(0, 100_000)]
    public int JsonSpecTokens { get; set; } = 450;

    /// <summary>How many characters of the prompt are analysed (the rest is ignored). Default 4,000.</summary>
    [Range(100, 100_000)]
    public int MaxAnalyzedCharacters { get; set; } = 4_000;
}

/// <summary>Validates <see cref="GenerationDecisionOptions"/> from its data annotations (source-generated).</summary>
[OptionsValidator]
public sealed partial class GenerationDecisionOptionsValidator : IValidateOptions<GenerationDecisionOptions>;
