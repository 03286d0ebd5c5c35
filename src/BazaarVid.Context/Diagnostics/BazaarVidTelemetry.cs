using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace BazaarVid.Context;

/// <summary>The SDK's one <see cref="ActivitySource"/> and one <see cref="Meter"/>, both named <c>BazaarVid</c>.</summary>
public static class BazaarVidTelemetry
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "BazaarVid";

    /// <summary>Traces of the SDK's stages.</summary>
    public static ActivitySource ActivitySource { get; } = new(Name);

    /// <summary>Metrics of the SDK.</summary>
    public static Meter Meter { get; } = new(Name);

    internal static Counter<long> Compactions { get; } = Meter.CreateCounter<long>("bazaarvid.context.compactions", description: "Summaries folded into a conversation.");

    internal static Counter<long> CompactionsRejected { get; } = Meter.CreateCounter<long>("bazaarvid.context.compactions_rejected", description: "Compactions discarded because a summarizer failed or would lose an asset.");

    internal static Counter<long> ConflictRetries { get; } = Meter.CreateCounter<long>("bazaarvid.context.conflict_retries", description: "Writes retried after a concurrent change.");
}
