using System.Text.Json.Serialization;

namespace BazaarVid.Context;

/// <summary>
/// Source-generated System.Text.Json metadata for every persisted type of the Context package: camelCase
/// properties, enums as strings, no indentation. Stores serialize with this context so the same state gives
/// the same bytes.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false)]
[JsonSerializable(typeof(ConversationContext))]
[JsonSerializable(typeof(ConversationSnapshot))]
[JsonSerializable(typeof(ConversationMessage))]
[JsonSerializable(typeof(ConversationMessage[]))]
[JsonSerializable(typeof(ConversationSummary))]
[JsonSerializable(typeof(AssetLedger))]
[JsonSerializable(typeof(PreferenceSet))]
[JsonSerializable(typeof(PreferenceObservation))]
[JsonSerializable(typeof(Storyboard))]
[JsonSerializable(typeof(ImageFact))]
[JsonSerializable(typeof(MemoryItem))]
public sealed partial class ContextJsonContext : JsonSerializerContext;
