using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BazaarVid.Brain;

/// <summary>The decision kinds as the language model writes them.</summary>
internal enum LlmDecisionKind
{
    [JsonStringEnumMemberName("new_scene")]
    NewScene,

    [JsonStringEnumMemberName("edit_scene")]
    EditScene,

    [JsonStringEnumMemberName("delete_scene")]
    DeleteScene,

    [JsonStringEnumMemberName("ask_clarification")]
    AskClarification,
}

/// <summary>The edit kinds as the language model writes them.</summary>
internal enum LlmEditKind
{
    [JsonStringEnumMemberName("surgical")]
    Surgical,

    [JsonStringEnumMemberName("creative")]
    Creative,

    [JsonStringEnumMemberName("duration_only")]
    DurationOnly,
}

/// <summary>The structured answer asked of the language model (its JSON schema is sent as the response format).</summary>
[Description("What the person's message asks the video editor to do.")]
internal sealed class LlmIntentAnswer
{
    [Description("new_scene, edit_scene, delete_scene or ask_clarification.")]
    public LlmDecisionKind Decision { get; set; }

    [Description("For edit_scene and delete_scene: the id of the scene, exactly as listed. Otherwise null.")]
    public string? TargetSceneId { get; set; }

    [Description("Ids of other listed scenes the message refers to (\"same background as scene 1\"), or an empty list.")]
    public List<string>? ReferencedSceneIds { get; set; }

    [Description("For edit_scene: surgical, creative or duration_only. Otherwise null.")]
    public LlmEditKind? EditKind { get; set; }

    [Description("A duration the message asks for, in frames at the given fps (15 to 1800), or null.")]
    public int? DurationInFrames { get; set; }

    [Description("For new_scene: the 1-based position to insert at when the message asks for one (\"after scene 2\" is 3), or null to append.")]
    public int? InsertPosition { get; set; }

    [Description("How sure you are, from 0 to 1.")]
    public double Confidence { get; set; }

    [Description("One short sentence explaining the decision.")]
    public string? Reasoning { get; set; }

    [Description("For ask_clarification: the question to ask, naming the options as scene N \"Name\". Otherwise null.")]
    public string? ClarificationQuestion { get; set; }
}

/// <summary>Source-generated JSON for the language model's answer.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UseStringEnumConverter = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(LlmIntentAnswer))]
internal sealed partial class IntentJsonContext : JsonSerializerContext;
