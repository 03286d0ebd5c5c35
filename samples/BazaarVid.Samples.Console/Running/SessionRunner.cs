using System.Collections.Immutable;
using BazaarVid.Brain;
using BazaarVid.Context;
using BazaarVid.Samples.Console.Output;
using BazaarVid.Samples.Console.Sessions;
using Microsoft.Extensions.DependencyInjection;

namespace BazaarVid.Samples.Console.Running;

/// <summary>What one turn produced, for the live view, the report and the replay output.</summary>
/// <param name="Line">The session line.</param>
/// <param name="Record">The replay record.</param>
/// <param name="Response">The brain's response, or null when the turn failed.</param>
/// <param name="Error">The typed error of a failed turn, or null.</param>
public sealed record TurnResult(SessionLine Line, ReplayRecord Record, BrainResponse? Response, string? Error);

/// <summary>Plays session lines through <see cref="BrainOrchestrator"/> and turns each response into a <see cref="ReplayRecord"/>.</summary>
public sealed class SessionRunner(ServiceProvider services)
{
    private readonly BrainOrchestrator _brain = services.GetRequiredService<BrainOrchestrator>();
    private readonly IContextManager _context = services.GetRequiredService<IContextManager>();

    /// <summary>Plays one line; a typed error of the turn is recorded, not thrown.</summary>
    public async Task<TurnResult> PlayAsync(SessionLine line, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        var key = new ConversationKey(line.Project, line.Conversation);
        var before = await _context.GetContextAsync(key, cancellationToken);
        var uploads = line.Uploads.Select(path => new UploadedFile(File.OpenRead(path), Path.GetFileName(path))).ToImmutableArray();
        try
        {
            var response = await _brain.ProcessAsync(new BrainRequest(line.Project, line.Conversation, line.Prompt, uploads, line.ImageUrls), cancellationToken);
            var after = await _context.GetContextAsync(key, cancellationToken);
            return new TurnResult(line, Record(line, response.Turn, response.Decision, response, before, after, null), response, null);
        }
        catch (InvalidSceneCodeException exception)
        {
            var after = await _context.GetContextAsync(key, cancellationToken);
            return new TurnResult(line, Record(line, after.TurnCount, exception.Decision, null, before, after, exception.Report), null, exception.Code);
        }
        finally
        {
            foreach (var upload in uploads)
            {
                await upload.Content.DisposeAsync();
            }
        }
    }

    private static ReplayRecord Record(SessionLine line, int turn, BrainDecision? decision, BrainResponse? response, ConversationContext before, ConversationContext after, SceneValidationReport? failed)
    {
        var target = decision?.TargetSceneId is { } id && before.Storyboard.Find(id) is { } scene ? new SceneRef(scene.Id, scene.Order, scene.Name) : null;
        var stored = response?.Scene;
        var sceneOut = stored is null || response!.Route == RouteKind.Delete
            ? null
            : new SceneOut(stored.SceneId, after.Storyboard.Find(stored.SceneId)?.Order ?? stored.Order, stored.Name, stored.DurationInFrames, stored.Code);
        var report = response?.Validation ?? failed;
        var preferences = after.Preferences;
        return new ReplayRecord(
            turn,
            line.Project,
            line.Conversation,
            decision is null ? "ask_clarification" : Snake(decision.Type.ToString()),
            decision?.EditKind is { } kind ? Snake(kind.ToString()) : null,
            target,
            response?.Approach is { } approach ? Snake(approach.ToString()) : null,
            response?.Style?.Key,
            new PreferencesOut(
                preferences.Current(PreferenceKind.SceneDuration)?.Seconds,
                preferences.Current(PreferenceKind.Pacing)?.Value,
                preferences.Current(PreferenceKind.VisualStyle)?.Value,
                preferences.Current(PreferenceKind.AnimationStyle)?.Value),
            [.. after.Ledger.Entries.Select(e => e.Url)],
            sceneOut,
            new ValidationOut(report?.Valid ?? true, [.. (report?.Errors ?? []).Select(e => new FindingOut(e.Code, e.Url, e.Line, e.Column, e.Message))]),
            response?.Clarification,
            new TimingsOut(Math.Round(response?.Timings.Decision ?? 0, 3), Math.Round(response?.Timings.Total ?? 0, 3)));
    }

    /// <summary>NewScene → new_scene, DurationOnly → duration_only, JsonThenCode → json_then_code.</summary>
    internal static string Snake(string pascal)
    {
        var builder = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(pascal[i]));
        }

        return builder.ToString();
    }
}
