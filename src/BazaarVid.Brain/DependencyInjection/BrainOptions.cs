using System.ComponentModel.DataAnnotations;

namespace BazaarVid.Brain;

/// <summary>Options of the brain, validated on start.</summary>
public sealed class BrainOptions
{
    /// <summary>Frames per second of generated scenes. Default 30.</summary>
    [Range(1, 240)]
    public int Fps { get; set; } = 30;

    /// <summary>Canvas width in pixels. Default 1920.</summary>
    [Range(16, 8192)]
    public int Width { get; set; } = 1920;

    /// <summary>Canvas height in pixels. Default 1080.</summary>
    [Range(16, 8192)]
    public int Height { get; set; } = 1080;

    /// <summary>How many times the LLM generator is asked to repair invalid code before the turn fails. Default 2.</summary>
    [Range(0, 10)]
    public int MaxRepairAttempts { get; set; } = 2;

    /// <summary>The longest one LLM generation call may take. Default 60 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan GenerationTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long a turn waits for image facts of its own uploads before deciding. Default zero: never wait
    /// (facts are used from the next turn on).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:30")]
    public TimeSpan ImageFactsWait { get; set; } = TimeSpan.Zero;
}

/// <summary>Validates <see cref="BrainOptions"/> (source-generated).</summary>
[Microsoft.Extensions.Options.OptionsValidator]
public sealed partial class BrainOptionsValidator : Microsoft.Extensions.Options.IValidateOptions<BrainOptions>;
