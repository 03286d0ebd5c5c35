using System.Text.Json.Serialization;

namespace BazaarVid.Brain;

/// <summary>
/// Source-generated System.Text.Json metadata for the persisted style types (<see cref="StyleProfile"/>,
/// <see cref="StyleCacheEntry"/>): camelCase, enums as strings, no indentation, as the Context package does.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false)]
[JsonSerializable(typeof(StyleProfile))]
[JsonSerializable(typeof(StyleCacheEntry))]
public sealed partial class StyleJsonContext : JsonSerializerContext;
