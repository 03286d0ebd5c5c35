using System.ComponentModel.DataAnnotations;

namespace BazaarVid.Context;

/// <summary>Options of the conversation context, validated on start.</summary>
public sealed class ContextOptions
{
    /// <summary>How many of the newest messages stay verbatim; older ones are folded into the summary. Default 10.</summary>
    [Range(1, 500)]
    public int VerbatimMessageCount { get; set; } = 10;

    /// <summary>The largest message accepted, in UTF-8 bytes. Default 32 KB.</summary>
    [Range(1, 4 * 1024 * 1024)]
    public int MaxMessageBytes { get; set; } = 32 * 1024;

    /// <summary>Frames per second of the project, used to turn "90 frames" into seconds. Default 30.</summary>
    [Range(1, 240)]
    public int Fps { get; set; } = 30;

    /// <summary>How many decisions the summary keeps verbatim before counting older ones. Default 12.</summary>
    [Range(1, 200)]
    public int MaxSummaryDecisions { get; set; } = 12;

    /// <summary>The token budget of a built prompt context when the caller gives none. Default 6,000.</summary>
    [Range(256, 2_000_000)]
    public int DefaultTokenBudget { get; set; } = 6_000;

    /// <summary>How long a built context stays cached without being read. Default 10 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CacheSlidingExpiration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How many times a write is retried after a concurrent change by another host instance. Default 5.</summary>
    [Range(0, 50)]
    public int MaxConflictRetries { get; set; } = 5;

    /// <summary>Short-term memory lifetime (sliding). Default 1 hour.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan ShortTermTtl { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Medium-term memory lifetime (sliding). Default 1 day.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "30.00:00:00")]
    public TimeSpan MediumTermTtl { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Long-term memory lifetime. Default 30 days, at most 180.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "180.00:00:00")]
    public TimeSpan LongTermTtl { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Preferences at or above this confidence are promoted to long-term memory. Default 0.8.</summary>
    [Range(0.0, 1.0)]
    public double PromotionConfidence { get; set; } = 0.8;
}
