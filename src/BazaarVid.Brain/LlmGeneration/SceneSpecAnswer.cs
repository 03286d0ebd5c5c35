using System.Collections.Immutable;
using System.Text.Json;
using BazaarVid.Context;

namespace BazaarVid.Brain;

/// <summary>
/// Reads a model's <see cref="SceneSpec"/> answer and makes it safe: the plan's id and duration win, and an element
/// whose asset URL is not in the ledger loses the URL (it would be a fabricated asset). Unreadable answers give null,
/// and the caller asks for code directly instead.
/// </summary>
internal static class SceneSpecAnswer
{
    public static SceneSpec? Read(string answer, GeneratedScene plan, AssetLedger ledger)
    {
        SceneSpec? spec;
        try
        {
            spec = JsonSerializer.Deserialize(CodeAnswer.Extract(answer), SceneJsonContext.Default.SceneSpec);
        }
        catch (JsonException)
        {
            return null;
        }

        if (spec is null || spec.Elements.IsDefault || spec.Background is null || spec.Palette is null || spec.Typography is null || spec.Motion is null)
        {
            return null;
        }

        var elements = spec.Elements
            .Where(e => e is not null)
            .Select(e => e.AssetUrl is { } url && ledger.FindByUrl(url) is null ? e with { AssetUrl = null } : e)
            .ToImmutableArray();
        var background = spec.Background.ImageUrl is { } image && ledger.FindByUrl(image) is null ? spec.Background with { ImageUrl = null } : spec.Background;
        return spec with { SceneId = plan.SceneId, DurationInFrames = plan.DurationInFrames, Elements = elements, Background = background };
    }
}
