using System.Collections.Concurrent;
using System.Collections.Immutable;
using BazaarVid.Assets;

namespace BazaarVid.Storage.Postgres.Tests.TestSupport;

/// <summary>
/// A scriptable analyzer: by default it answers at once with a fixed analysis; <see cref="Script"/> makes a given asset
/// fail a number of times, always fail, or wait for a gate.
/// </summary>
public sealed class FakeImageAnalyzer : IImageAnalyzer
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Func<int, CancellationToken, Task<ImageAnalysis>>> _scripts = new(StringComparer.Ordinal);

    public static ImageAnalysis Result(string summary = "Square PNG logo") =>
        new("logo", summary, ["logo", "square"], ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, string>("format", "png")]));

    /// <summary>How often the asset was analysed.</summary>
    public int CallsFor(string assetId) => _calls.TryGetValue(assetId, out var count) ? count : 0;

    /// <summary>Scripts the analysis of <paramref name="assetId"/>; the function gets the 1-based call number.</summary>
    public void Script(string assetId, Func<int, CancellationToken, Task<ImageAnalysis>> behaviour) => _scripts[assetId] = behaviour;

    public async ValueTask<ImageAnalysis> AnalyzeAsync(Asset asset, CancellationToken cancellationToken = default)
    {
        var call = _calls.AddOrUpdate(asset.Id, 1, (_, n) => n + 1);
        return _scripts.TryGetValue(asset.Id, out var script) ? await script(call, cancellationToken) : Result();
    }
}
