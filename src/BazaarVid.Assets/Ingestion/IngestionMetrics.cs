using System.Diagnostics.Metrics;
using BazaarVid.Context;

namespace BazaarVid.Assets;

/// <summary>Ingestion counters on the SDK's <see cref="BazaarVidTelemetry.Meter"/>.</summary>
internal static class IngestionMetrics
{
    public static Counter<long> Ingested { get; } = BazaarVidTelemetry.Meter.CreateCounter<long>("bazaarvid.assets.ingested", description: "Assets added (uploads and references), by type.");

    public static Counter<long> Deduplicated { get; } = BazaarVidTelemetry.Meter.CreateCounter<long>("bazaarvid.assets.deduplicated", description: "Uploads and references that matched an asset the project already had.");

    public static Counter<long> Rejected { get; } = BazaarVidTelemetry.Meter.CreateCounter<long>("bazaarvid.assets.rejected", description: "Uploads refused, by code.");

    public static Counter<long> BytesStored { get; } = BazaarVidTelemetry.Meter.CreateCounter<long>("bazaarvid.assets.bytes_stored", unit: "By", description: "Bytes written to the blob store.");
}
