using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace BazaarVid.Brain;

/// <summary>Options of the <see cref="StyleAgent"/>, validated on start.</summary>
public sealed class StyleAgentOptions
{
    /// <summary>How long a researched style is reused before it is researched again. Default 30 days.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00")]
    public TimeSpan CacheTtl { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The longest a research call may take before the generic style is used. Default 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan ResearchTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many researched styles are also kept in process memory in front of the <see cref="IStyleCache"/>. Default 1,024; 0 turns it off.</summary>
    [Range(0, 1_000_000)]
    public int MemoryCacheCapacity { get; set; } = 1024;

    /// <summary>The longest normalized query, in characters, that is matched, cached or researched; longer ones are cut. Default 80.</summary>
    [Range(8, 500)]
    public int MaxQueryLength { get; set; } = 80;
}

/// <summary>Validates <see cref="StyleAgentOptions"/> from its data annotations (source-generated).</summary>
[OptionsValidator]
public sealed partial class StyleAgentOptionsValidator : IValidateOptions<StyleAgentOptions>;
