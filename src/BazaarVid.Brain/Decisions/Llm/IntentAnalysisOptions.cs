using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace BazaarVid.Brain;

/// <summary>Options of <see cref="LlmIntentAnalyzer"/>, validated on start.</summary>
public sealed class IntentAnalysisOptions
{
    /// <summary>How long one call to the language model may take before it is abandoned. Default 8 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>How many calls are made before falling back to the offline analyzer. Default 1.</summary>
    [Range(1, 5)]
    public int MaxAttempts { get; set; } = 1;

    /// <summary>The sampling temperature asked for. Default 0 (the most repeatable answers).</summary>
    [Range(0.0, 2.0)]
    public float Temperature { get; set; }

    /// <summary>The model id passed to the chat client, or null for the client's default.</summary>
    [MaxLength(200)]
    public string? ModelId { get; set; }
}

/// <summary>Validates <see cref="IntentAnalysisOptions"/> (source-generated from its data annotations).</summary>
[OptionsValidator]
public sealed partial class IntentAnalysisOptionsValidator : IValidateOptions<IntentAnalysisOptions>;
