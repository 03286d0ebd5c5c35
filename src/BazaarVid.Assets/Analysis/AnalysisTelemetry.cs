using System.Diagnostics;
using System.Diagnostics.Metrics;
using BazaarVid.Context;

namespace BazaarVid.Assets;

/// <summary>Instruments of the image analysis, on the SDK's one meter and activity source.</summary>
internal static class AnalysisTelemetry
{
    public const string QueueLengthName = "bazaarvid.assets.image_queue_length";
    public const string AnalysesName = "bazaarvid.assets.image_analyses";
    public const string ActivityName = "bazaarvid.assets.image_analysis";

    /// <summary>Jobs waiting for a worker, over every processor of the process (+1 when queued, -1 when taken or dropped).</summary>
    public static UpDownCounter<long> QueueLength { get; } =
        BazaarVidTelemetry.Meter.CreateUpDownCounter<long>(QueueLengthName, "{job}", "Image-analysis jobs waiting for a worker.");

    /// <summary>Finished jobs, tagged <c>status</c> = analyzed or failed.</summary>
    public static Counter<long> Analyses { get; } =
        BazaarVidTelemetry.Meter.CreateCounter<long>(AnalysesName, "{job}", "Image analyses finished, by status.");

    public static Activity? StartJob(Asset asset, ActivityContext origin)
    {
        ActivityLink[]? links = origin == default ? null : [new ActivityLink(origin)];
        var activity = BazaarVidTelemetry.ActivitySource.StartActivity(ActivityName, ActivityKind.Internal, parentContext: default, tags: null, links: links);
        activity?.SetTag("bazaarvid.project.id", asset.ProjectId);
        activity?.SetTag("bazaarvid.asset.id", asset.Id);
        return activity;
    }
}
