using System.Collections.Immutable;
using System.Text.Json;
using BazaarVid.Brain.Tests.Decisions.TestSupport;

namespace BazaarVid.Brain.Tests.Decisions.Sessions;

/// <summary>Scripted conversations read from Sessions/intent-sessions.json: prompts, this message's attachments, the expected decision, and the scene event to record after it.</summary>
public sealed record IntentScript(string Project, string Conversation, int Fps, ImmutableArray<IntentSession> Sessions)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IntentScript Load() =>
        JsonSerializer.Deserialize<IntentScript>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Decisions", "Sessions", "intent-sessions.json")), Json)
        ?? throw new InvalidDataException("intent-sessions.json");

    public IntentSession Session(string name) => Sessions.Single(s => s.Name == name);

    /// <summary>Records what the orchestrator would after the decision: a created, edited or deleted scene.</summary>
    public static async Task ApplyAsync(Storyline story, ScriptedSceneEvent? apply)
    {
        switch (apply)
        {
            case { Op: "create" } c:
                await story.CreateAsync(c.Id, c.Name!, c.Frames ?? 60, c.Description ?? string.Empty, c.Assets.IsDefault ? null : c.Assets, c.Position);
                break;
            case { Op: "edit" } e:
                await story.EditAsync(e.Id, e.Frames, e.Reference);
                break;
            case { Op: "delete" } d:
                await story.DeleteAsync(d.Id);
                break;
            case null:
                break;
            default:
                throw new InvalidDataException($"Unknown scene event '{apply.Op}'.");
        }
    }
}

public sealed record IntentSession(string Name, string Description, ImmutableArray<IntentTurn> Turns)
{
    public override string ToString() => Name;
}

public sealed record IntentTurn(string User, ImmutableArray<string> Uploads, ImmutableArray<string> Scenes, ExpectedDecision Expect, ScriptedSceneEvent? Apply);

public sealed record ExpectedDecision(
    string Type,
    string? Target,
    ImmutableArray<string> References,
    string? Kind,
    int? Frames,
    int? Position,
    ImmutableArray<string> QuestionContains,
    string? QuestionIs);

public sealed record ScriptedSceneEvent(string Op, string Id, string? Name, int? Frames, string? Description, ImmutableArray<string> Assets, string? Reference, int? Position);
