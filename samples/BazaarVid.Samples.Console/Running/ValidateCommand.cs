using System.Collections.Immutable;
using System.Text.Json;
using BazaarVid.Assets;
using BazaarVid.Brain;
using BazaarVid.Context;
using BazaarVid.Samples.Console.Output;
using Microsoft.Extensions.DependencyInjection;

namespace BazaarVid.Samples.Console.Running;

/// <summary><c>validate &lt;scene.tsx&gt; --asset URL …</c>: the asset URL validator and the scene contract on one file, as JSON.</summary>
public static class ValidateCommand
{
    /// <summary>Prints the result; returns 0 when valid, 1 when not, 2 when the file or an asset URL is unusable.</summary>
    public static int Run(string scenePath, IReadOnlyList<string> assetUrls, TextWriter output, TextWriter errors)
    {
        if (!File.Exists(scenePath))
        {
            errors.WriteLine($"validate: no such file: {scenePath}");
            return 2;
        }

        var bad = assetUrls.FirstOrDefault(u => !AssetUrl.IsHttpUrl(u));
        if (bad is not null)
        {
            errors.WriteLine($"validate: --asset must be an absolute http(s) URL: {bad}");
            return 2;
        }

        var services = new ServiceCollection();
        services.AddBazaarVid();
        using var provider = services.BuildServiceProvider();
        var assets = new AssetContext("validate", "validate", [.. assetUrls.Select((url, i) => Reference(url, i))]);
        var report = provider.GetRequiredService<ISceneValidator>().Validate(File.ReadAllText(scenePath), new SceneExpectations(assets));
        var result = new ValidateOutput(report.Valid, Findings(report.Errors), Findings(report.Warnings));
        output.WriteLine(JsonSerializer.Serialize(result, SampleJsonContext.Readable.ValidateOutput));
        return report.Valid ? 0 : 1;
    }

    private static ImmutableArray<FindingOut> Findings(ImmutableArray<SceneFinding> findings) =>
        [.. findings.Select(f => new FindingOut(f.Code, f.Url, f.Line, f.Column, f.Message))];

    private static Asset Reference(string url, int index) => new(
        "asset" + index.ToString(System.Globalization.CultureInfo.InvariantCulture), "validate", "validate", url, AssetType.Image, "application/octet-stream",
        null, null, null, null, null, null, [], false, 0, AssetSource.Reference, DateTimeOffset.UnixEpoch);
}
