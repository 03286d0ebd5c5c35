using BazaarVid.Assets;
using BazaarVid.Context;

namespace BazaarVid.Brain;

/// <summary>Builds the prompt model of a generation request: every asset with its ledger id, and the scenes the route chose.</summary>
internal static class ScenePromptModelFactory
{
    public static ScenePromptModel Create(SceneGenerationRequest request, GeneratedScene plan)
    {
        var ledger = request.Ledger;
        var assets = request.Assets?.Assets ?? [];
        var current = request.Current;
        return new ScenePromptModel
        {
            SceneId = plan.SceneId,
            DurationInFrames = plan.DurationInFrames,
            Fps = request.Fps,
            Width = request.Width,
            Height = request.Height,
            Prompt = request.Prompt,
            Style = request.Style,
            Assets = [.. Assets(assets, ledger)],
            Preferences = [.. ContextRenderer.PreferenceLines(request.Preferences)],
            ImageFacts = [.. request.ImageFacts.Where(f => f.Status == ImageFactStatus.Analyzed).Select(f => new PromptImageFact(ledger.FindByUrl(f.AssetUrl)?.Id ?? "asset", f.Summary))],
            IsFirstScene = request.Storyboard.Scenes.IsEmpty,
            PreviousScenes = [.. request.Storyboard.Scenes.Select(s => new PromptScene(s.Id, s.Order, s.Name, s.DurationInFrames, string.Empty))],
            LastSceneCode = request.PreviousScene?.Code ?? string.Empty,
            EditKind = request.EditKind?.ToString().ToLowerInvariant() ?? string.Empty,
            KeepDuration = request.RequestedDurationInFrames is null,
            Target = current is null ? null : Scene(current),
            Neighbours = [.. request.Neighbours.Select(Scene)],
            References = [.. request.ReferencedScenes.Select(Scene)],
        };
    }

    private static IEnumerable<PromptAsset> Assets(IEnumerable<Asset> assets, AssetLedger ledger)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var asset in assets)
        {
            var entry = ledger.FindByUrl(asset.Url);
            listed.Add(AssetUrl.Normalize(asset.Url));
            yield return new PromptAsset(entry?.Id ?? asset.Id, asset.Type.ToString().ToLowerInvariant(), string.Join(", ", asset.Tags), asset.Url, asset.Required);
        }

        // Ledger URLs that are not stored assets (for example a URL only mentioned in text) are still the person's.
        foreach (var entry in ledger.Entries.Where(e => !listed.Contains(e.NormalizedKey)))
        {
            yield return new PromptAsset(entry.Id, entry.MediaType ?? "unknown", string.Join(", ", entry.Tags), entry.Url, false);
        }
    }

    private static PromptScene Scene(StoredScene scene) => new(scene.SceneId, scene.Order, scene.Name, scene.DurationInFrames, scene.Code);
}
