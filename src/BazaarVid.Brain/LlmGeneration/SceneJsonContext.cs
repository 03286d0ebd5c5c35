using System.Text.Json.Serialization;

namespace BazaarVid.Brain;

/// <summary>Source-generated JSON for scene specs (camelCase, enums as strings): stored specs, LLM structured output.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(SceneSpec))]
[JsonSerializable(typeof(StoredScene))]
public sealed partial class SceneJsonContext : JsonSerializerContext;
