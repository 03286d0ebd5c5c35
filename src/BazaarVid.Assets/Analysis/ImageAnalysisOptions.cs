using System.ComponentModel.DataAnnotations;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace BazaarVid.Assets;

/// <summary>Options of the background image analysis (<see cref="ChannelImageProcessor"/>), validated on start.</summary>
public sealed class ImageAnalysisOptions
{
    /// <summary>How many analyses run at once. Default 2.</summary>
    [Range(1, 64)]
    public int Workers { get; set; } = 2;

    /// <summary>How many jobs may wait for a worker. Default 1,000.</summary>
    [Range(1, 1_000_000)]
    public int QueueCapacity { get; set; } = 1_000;

    /// <summary>
    /// What happens when the queue is full. The caller never blocks in any mode (the queue is written with
    /// <c>TryWrite</c>): <see cref="BoundedChannelFullMode.Wait"/> (the default) and <see cref="BoundedChannelFullMode.DropWrite"/>
    /// refuse the new job, <see cref="BoundedChannelFullMode.DropOldest"/> and <see cref="BoundedChannelFullMode.DropNewest"/>
    /// drop a waiting job to make room. A refused or dropped job completes at once with a failed fact "queue full".
    /// </summary>
    [EnumDataType(typeof(BoundedChannelFullMode))]
    public BoundedChannelFullMode QueueFullMode { get; set; } = BoundedChannelFullMode.Wait;

    /// <summary>The bound of one analysis (fetch included); a job that takes longer gets a failed fact. Default 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan JobTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a host should wait for the facts of a request before going on (<see cref="IAsyncImageProcessor.WaitForFactsAsync"/>).
    /// Default zero: do not wait; facts that arrive later are used from the next turn.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan DefaultWait { get; set; } = TimeSpan.Zero;

    /// <summary>How long disposal lets queued and running jobs finish before cancelling them (and again before giving up). Default 10 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many finished requests keep their facts for a late <see cref="IAsyncImageProcessor.WaitForFactsAsync"/>. Default 1,000.</summary>
    [Range(0, 1_000_000)]
    public int MaxRetainedRequests { get; set; } = 1_000;
}

/// <summary>Validates <see cref="ImageAnalysisOptions"/> (source-generated from its data annotations).</summary>
[OptionsValidator]
public sealed partial class ImageAnalysisOptionsValidator : IValidateOptions<ImageAnalysisOptions>;
