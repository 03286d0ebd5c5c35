using System.Collections.Immutable;
using System.Text.Json;
using BazaarVid.Brain;
using BazaarVid.Context;
using BazaarVid.Samples.Console.Output;
using BazaarVid.Samples.Console.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace BazaarVid.Samples.Console.Running;

/// <summary>The default command: play a session with a live per-turn view, then a report, scene files and <c>session.json</c>.</summary>
public static class SessionCommand
{
    /// <summary>Runs the session at <paramref name="sessionPath"/>; returns 0 when every turn succeeded and every asset was retained.</summary>
    public static async Task<int> RunAsync(string sessionPath, SampleSettings settings, CancellationToken cancellationToken)
    {
        var lines = SessionFile.Read(sessionPath);
        if (System.Console.IsOutputRedirected)
        {
            // CI logs and files: one line per turn instead of wrapping at 80 columns.
            AnsiConsole.Profile.Width = 200;
        }

        Directory.CreateDirectory(Path.Combine(settings.OutputFolder, "scenes"));
        await using var services = SampleHost.Build(settings);
        var runner = new SessionRunner(services);
        var results = new List<TurnResult>();
        var retained = 0;
        var expected = 0;

        AnsiConsole.MarkupLine($"[bold]BazaarVid sample[/]: {lines.Count} prompts from [grey]{Markup.Escape(sessionPath)}[/], {(settings.OpenAIBaseUrl is null ? "offline" : "LLM at " + Markup.Escape(settings.OpenAIBaseUrl.ToString()))}");
        foreach (var line in lines)
        {
            var result = await runner.PlayAsync(line, cancellationToken);
            results.Add(result);
            var seen = results.SelectMany(r => r.Response?.NewAssets.Select(a => a.Url) ?? []).Distinct().ToList();
            expected += seen.Count;
            retained += seen.Count(url => result.Record.AssetUrls.Contains(url));
            WriteTurn(result);
        }

        var manifest = await WriteOutputAsync(services, lines[0], results, settings, expected == 0 ? 1 : (double)retained / expected, cancellationToken);
        WriteReport(manifest, results);
        return results.All(r => r.Error is null) && manifest.AssetRetention >= 1 ? 0 : 1;
    }

    private static void WriteTurn(TurnResult result)
    {
        var record = result.Record;
        var what = record.Decision switch
        {
            "new_scene" => "[green]new[/]",
            "edit_scene" => "[yellow]edit[/]",
            "delete_scene" => "[red]delete[/]",
            _ => "[blue]ask[/]",
        };
        var scene = record.Scene is { } s ? $"{s.Index}. {Markup.Escape(s.Name)} ({s.DurationInFrames}f)" : record.TargetScene is { } t ? $"{t.Index}. {Markup.Escape(t.Name)}" : string.Empty;
        var valid = result.Error is not null ? "[red]invalid[/]" : record.Scene is null ? string.Empty : "[green]valid[/]";
        var prompt = record.Clarification is { } question ? "→ " + question : result.Line.Prompt;
        AnsiConsole.MarkupLine($"{record.Turn,2} {what,-6} {scene,-40} {valid,-7} {record.TimingsMs.Total,7:0.0} ms  [grey]{Markup.Escape(Clip(prompt, 70))}[/]");
    }

    private static async Task<SessionManifest> WriteOutputAsync(ServiceProvider services, SessionLine first, List<TurnResult> results, SampleSettings settings, double retention, CancellationToken cancellationToken)
    {
        var key = new ConversationKey(first.Project, first.Conversation);
        var context = await services.GetRequiredService<IContextManager>().GetContextAsync(key, cancellationToken);
        var store = services.GetRequiredService<ISceneStore>();
        var scenes = ImmutableArray.CreateBuilder<ManifestScene>();
        foreach (var scene in await store.ListAsync(key.ProjectId, key.ConversationId, cancellationToken))
        {
            var entry = context.Storyboard.Find(scene.SceneId);
            var order = entry?.Order ?? scene.Order;
            var file = Path.Combine("scenes", $"{order:00}-{scene.SceneId}.tsx");
            await File.WriteAllTextAsync(Path.Combine(settings.OutputFolder, file), scene.Code, cancellationToken);
            scenes.Add(new ManifestScene(scene.SceneId, order, scene.Name, scene.DurationInFrames, scene.Version, file));
        }

        var decisions = results.Where(r => r.Response is not null).Select(r => r.Response!.Timings.Decision).ToList();
        var totals = results.Where(r => r.Response is not null).Select(r => r.Response!.Timings.Total).ToList();
        var manifest = new SessionManifest(
            key.ProjectId,
            key.ConversationId,
            results.Count,
            [.. scenes.OrderBy(s => s.Index)],
            [.. context.Preferences.Active.Select(p => new ManifestPreference(ContextRenderer.Name(p.Kind), ContextRenderer.Describe(p), p.SourceTurn, p.Explicit))],
            [.. context.Ledger.Entries.Select(e => e.Url)],
            SampleSettings.AssetBaseUrl,
            "assets",
            retention,
            results.Count(r => r.Response?.Validation?.Valid == true),
            results.Count(r => r.Error is not null),
            Percentile(decisions, 0.5),
            Percentile(decisions, 0.95),
            Percentile(totals, 0.5),
            Percentile(totals, 0.95));
        await File.WriteAllTextAsync(Path.Combine(settings.OutputFolder, "session.json"), JsonSerializer.Serialize(manifest, SampleJsonContext.Readable.SessionManifest), cancellationToken);
        return manifest;
    }

    private static void WriteReport(SessionManifest manifest, List<TurnResult> results)
    {
        var scenes = new Table().Title("Scenes").AddColumns("#", "id", "name", "frames", "version");
        foreach (var scene in manifest.Scenes)
        {
            scenes.AddRow(scene.Index.ToString(System.Globalization.CultureInfo.InvariantCulture), scene.Id, Markup.Escape(scene.Name), scene.DurationInFrames.ToString(System.Globalization.CultureInfo.InvariantCulture), scene.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var preferences = new Table().Title("Preferences (turn learned)").AddColumns("kind", "value", "turn", "stated");
        foreach (var preference in manifest.Preferences)
        {
            preferences.AddRow(preference.Kind, Markup.Escape(preference.Value), preference.Turn.ToString(System.Globalization.CultureInfo.InvariantCulture), preference.Explicit ? "explicit" : "implied");
        }

        AnsiConsole.Write(scenes);
        AnsiConsole.Write(preferences);
        AnsiConsole.MarkupLine($"Assets: {manifest.AssetUrls.Length} pinned, retention {manifest.AssetRetention:P0} over every turn");
        AnsiConsole.MarkupLine($"Validation: {manifest.ValidScenes} generated scenes valid, {manifest.InvalidTurns} turns refused invalid code");
        AnsiConsole.MarkupLine($"Timings: decision p50 {manifest.DecisionP50Ms:0.000} ms, p95 {manifest.DecisionP95Ms:0.000} ms; turn p50 {manifest.TurnP50Ms:0.0} ms, p95 {manifest.TurnP95Ms:0.0} ms");
        AnsiConsole.MarkupLine($"Wrote {manifest.Scenes.Length} scenes and session.json; {results.Count(r => r.Record.Clarification is not null)} clarifications asked.");
    }

    private static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToList();
        return Math.Round(sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)], 3);
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
