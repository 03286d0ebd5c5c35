using System.Diagnostics.Metrics;
using BazaarVid.Context;

namespace BazaarVid.Storage.Postgres;

/// <summary>Instruments of the PostgreSQL stores, on the SDK's one meter.</summary>
internal static class PostgresTelemetry
{
    /// <summary>Operations retried after a transient failure, tagged <c>operation</c>.</summary>
    public static Counter<long> Retries { get; } =
        BazaarVidTelemetry.Meter.CreateCounter<long>("bazaarvid.postgres.retries", "{retry}", "PostgreSQL operations retried after a transient failure.");

    /// <summary>Image-analysis jobs finished, tagged <c>status</c> = analyzed or failed.</summary>
    public static Counter<long> ImageJobs { get; } =
        BazaarVidTelemetry.Meter.CreateCounter<long>("bazaarvid.postgres.image_jobs", "{job}", "Durable image-analysis jobs finished, by status.");

    /// <summary>Times the notification listener reconnected.</summary>
    public static Counter<long> ListenerReconnects { get; } =
        BazaarVidTelemetry.Meter.CreateCounter<long>("bazaarvid.postgres.listener_reconnects", "{reconnect}", "Reconnections of the LISTEN/NOTIFY listener.");

    /// <summary>Cached contexts dropped because another instance changed their conversation.</summary>
    public static Counter<long> RemoteInvalidations { get; } =
        BazaarVidTelemetry.Meter.CreateCounter<long>("bazaarvid.postgres.remote_invalidations", "{conversation}", "Cached contexts dropped after a change on another host instance.");
}
