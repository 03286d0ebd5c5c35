using System.Text.Json.Serialization;
using BazaarVid.Assets;
using BazaarVid.Brain;

namespace BazaarVid.Storage.Postgres;

/// <summary>
/// Source-generated System.Text.Json metadata for the documents this package stores that no other package's context
/// covers (scene specs, queued assets, job requests): camelCase, enums as strings, no indentation, like the others.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false)]
[JsonSerializable(typeof(SceneSpec))]
[JsonSerializable(typeof(Asset))]
[JsonSerializable(typeof(JobRequest[]))]
internal sealed partial class PostgresJsonContext : JsonSerializerContext;

/// <summary>One request that asked for an image analysis, as kept in <c>image_analysis_jobs.requests</c>.</summary>
internal sealed record JobRequest(string RequestId, string ConversationId);
