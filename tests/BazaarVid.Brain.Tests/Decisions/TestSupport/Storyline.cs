using BazaarVid.Context;
using Microsoft.Extensions.DependencyInjection;

namespace BazaarVid.Brain.Tests.Decisions.TestSupport;

/// <summary>
/// A conversation driven through the real context manager: user turns, then the scene events an orchestrator would
/// record. Builds <see cref="IntentRequest"/>s from the real context.
/// </summary>
public sealed class Storyline : IDisposable
{
    private readonly ServiceProvider _services;

    public Storyline(string project = "spinlio", string conversation = "launch-video", int fps = 30)
    {
        _services = new ServiceCollection().AddBazaarVidContext(o => o.Fps = fps).BuildServiceProvider();
        Manager = _services.GetRequiredService<IContextManager>();
        Key = new ConversationKey(project, conversation);
        Fps = fps;
    }

    public IContextManager Manager { get; }

    public ConversationKey Key { get; }

    public int Fps { get; }

    /// <summary>Stores a user message with its uploads and attached scenes (this message only).</summary>
    public async Task<Storyline> UserAsync(string text, IEnumerable<string>? uploads = null, IEnumerable<string>? scenes = null)
    {
        var attachments = (uploads ?? []).Select(u => new MessageAttachment(AttachmentKind.Upload, u, Path.GetFileName(new Uri(u).AbsolutePath), "image"))
            .Concat((scenes ?? []).Select(s => new MessageAttachment(AttachmentKind.Scene, s)))
            .ToList();
        await Manager.AppendUserMessageAsync(Key, text, attachments);
        return this;
    }

    public async Task<Storyline> CreateAsync(string id, string name, int frames = 60, string description = "", IEnumerable<string>? assets = null, int? position = null)
    {
        await Manager.RecordSceneCreatedAsync(Key, new SceneCreated(id, name, frames, description, position, assets is null ? default : [.. assets]));
        return this;
    }

    public async Task<Storyline> EditAsync(string id, int? frames = null, string? reference = null)
    {
        await Manager.RecordSceneEditedAsync(Key, new SceneEdited(id, DurationInFrames: frames, Links: reference is null ? default : [new SceneLink(reference, RelationshipKind.References)]));
        return this;
    }

    public async Task<Storyline> DeleteAsync(string id)
    {
        await Manager.RecordSceneDeletedAsync(Key, id);
        return this;
    }

    /// <summary>One user turn that creates a scene, as the orchestrator would record it.</summary>
    public async Task<Storyline> TurnCreatingAsync(string id, string name, int frames = 60, string description = "", IEnumerable<string>? uploads = null)
    {
        var uploaded = uploads?.ToList();
        await UserAsync($"Add a {name} scene.", uploaded);
        return await CreateAsync(id, name, frames, description, uploaded);
    }

    public ValueTask<ConversationContext> ContextAsync() => Manager.GetContextAsync(Key);

    /// <summary>The request an orchestrator builds for <paramref name="prompt"/>: THIS message's attachments only.</summary>
    public async Task<IntentRequest> RequestAsync(string prompt, IEnumerable<string>? scenes = null, IEnumerable<string>? assets = null) =>
        new(prompt, await ContextAsync(), [.. scenes ?? []], [.. assets ?? []], Fps);

    /// <summary>Stores the user message, then builds the request from the context that includes it.</summary>
    public async Task<IntentRequest> SayAsync(string prompt, IEnumerable<string>? scenes = null, IEnumerable<string>? uploads = null)
    {
        var sceneList = scenes?.ToList();
        var uploadList = uploads?.ToList();
        await UserAsync(prompt, uploadList, sceneList);
        return await RequestAsync(prompt, sceneList, uploadList);
    }

    public void Dispose() => _services.Dispose();
}
