using System.Collections.Immutable;
using System.Text.Json;

namespace BazaarVid.Context.Tests.Sessions;

/// <summary>A scripted conversation read from a JSON data file: user prompts, uploads, assistant replies and scene events.</summary>
public sealed record SessionScript(string Project, string Conversation, ImmutableArray<SessionTurn> Turns)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static SessionScript Load(string fileName) =>
        JsonSerializer.Deserialize<SessionScript>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sessions", fileName)), Json)
        ?? throw new InvalidDataException(fileName);

    public ConversationKey Key => new(Project, Conversation);

    /// <summary>Plays one turn through the manager: the user message, its uploads, the scene event, the assistant reply.</summary>
    public static async Task PlayAsync(IContextManager manager, ConversationKey key, SessionTurn turn)
    {
        var uploads = turn.Uploads.IsDefault ? [] : turn.Uploads;
        var attachments = uploads.Select(u => new MessageAttachment(AttachmentKind.Upload, u.Url, u.FileName, u.Type)).ToList();
        await manager.AppendUserMessageAsync(key, turn.User, attachments);
        if (uploads.Any(u => !u.Tags.IsDefaultOrEmpty))
        {
            await manager.RecordAssetsAsync(key, [.. uploads.Select(u => new AssetReference(u.Url, LedgerSource.Upload, u.FileName, u.Type, u.Tags))]);
        }

        switch (turn.Scene)
        {
            case { Op: "create" } s:
                await manager.RecordSceneCreatedAsync(key, new SceneCreated(s.Id, s.Name!, s.Frames ?? 60, s.Description ?? string.Empty, AssetUrls: s.Assets));
                break;
            case { Op: "edit" } s:
                await manager.RecordSceneEditedAsync(key, new SceneEdited(s.Id, DurationInFrames: s.Frames, Links: s.Reference is null ? default : [new SceneLink(s.Reference, RelationshipKind.References)]));
                break;
            case { Op: "delete" } s:
                await manager.RecordSceneDeletedAsync(key, s.Id);
                break;
        }

        await manager.AppendAssistantMessageAsync(key, turn.Assistant);
    }
}

public sealed record SessionTurn(string User, string Assistant, ImmutableArray<SessionUpload> Uploads, SessionScene? Scene);

public sealed record SessionUpload(string Url, string FileName, string Type, ImmutableArray<string> Tags);

public sealed record SessionScene(string Op, string Id, string? Name, int? Frames, string? Description, ImmutableArray<string> Assets, string? Reference);
