using System.Collections.Immutable;
using System.Text.Json;

namespace BazaarVid.Assets.Tests.Validation;

/// <summary>
/// The scene corpus (Validation/Corpus/corpus.json): every bad scene is caught with exactly the expected error codes,
/// and no valid scene is flagged. Extend it with a .tsx file and a manifest line.
/// </summary>
public sealed class CorpusTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Validation", "Corpus");
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };
    private static readonly Lazy<CorpusManifest> Manifest = new(Load);
    private readonly AssetUrlValidator _validator = new();

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var item in Manifest.Value.Cases)
        {
            data.Add(item.File);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Corpus_scene_gets_exactly_the_expected_findings(string file)
    {
        var item = Manifest.Value.Cases.Single(c => c.File == file);
        var code = File.ReadAllText(Path.Combine(Root, file));
        var context = ContextFor(item);
        var options = OptionsFor(item);

        var result = _validator.Validate(code, context, options);

        var report = string.Join(Environment.NewLine, result.Errors.Concat(result.Warnings).Select(f => $"{f.Code} {f.Line}:{f.Column} {f.Message}"));
        result.Errors.Select(e => e.Code).Distinct().Order(StringComparer.Ordinal)
            .Should().Equal(item.Expect ?? [], $"{file} ({item.About}) should get exactly these errors; got:{Environment.NewLine}{report}");
        result.Warnings.Select(e => e.Code).Distinct().Order(StringComparer.Ordinal)
            .Should().Equal(item.Warnings ?? [], $"{file} should get exactly these warnings; got:{Environment.NewLine}{report}");
        result.Valid.Should().Be(item.Expect is null || item.Expect.Length == 0);
    }

    [Fact]
    public void Corpus_has_at_least_80_scenes_with_both_outcomes_and_every_file_listed()
    {
        var cases = Manifest.Value.Cases;
        cases.Should().HaveCountGreaterThanOrEqualTo(80);
        cases.Should().Contain(c => c.Expect == null || c.Expect.Length == 0);
        cases.Should().Contain(c => c.Expect != null && c.Expect.Length > 0);
        cases.Select(c => c.File).Should().OnlyHaveUniqueItems();
        var onDisk = Directory.EnumerateFiles(Root, "*.tsx", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        onDisk.Should().BeEquivalentTo(cases.Select(c => c.File), "every corpus file has a manifest line and every line a file");
    }

    [Fact]
    public void Corpus_covers_every_error_code()
    {
        var codes = Manifest.Value.Cases.SelectMany(c => c.Expect ?? []).ToHashSet(StringComparer.Ordinal);
        codes.Should().Contain(
        [
            AssetFindingCodes.PlaceholderUrl, AssetFindingCodes.UnknownUrl, AssetFindingCodes.MissingRequiredAsset,
            AssetFindingCodes.ForbiddenScheme, AssetFindingCodes.DynamicUrl, AssetFindingCodes.DataUrlTooLarge,
            AssetFindingCodes.SyntaxError,
        ]);
    }

    private static AssetContext ContextFor(CorpusCase item)
    {
        var required = (item.Required ?? []).ToHashSet(StringComparer.Ordinal);
        var assets = Manifest.Value.Assets.Select(a => ValidationFixtures.Asset(
            a.Id, a.Url, Enum.Parse<AssetType>(a.Type), required.Contains(a.Id), a.FileName));
        return new AssetContext("p1", "c1", [.. assets]);
    }

    private static AssetValidationOptions? OptionsFor(CorpusCase item)
    {
        if (item.Options is null)
        {
            return null;
        }

        var options = new AssetValidationOptions { Strict = item.Options.Strict };
        foreach (var host in item.Options.AllowedHosts ?? [])
        {
            options.AllowedHosts.Add(host);
        }

        foreach (var file in item.Options.AllowedStaticFiles ?? [])
        {
            options.AllowedStaticFiles.Add(file);
        }

        return options;
    }

    private static CorpusManifest Load()
    {
        var json = File.ReadAllText(Path.Combine(Root, "corpus.json"));
        return JsonSerializer.Deserialize<CorpusManifest>(json, Json)
            ?? throw new InvalidOperationException("corpus.json is empty");
    }

    private sealed record CorpusManifest(ImmutableArray<CorpusAsset> Assets, ImmutableArray<CorpusCase> Cases);

    private sealed record CorpusAsset(string Id, string Url, string Type, string? FileName);

    private sealed record CorpusCase(string File, string[]? Expect, string[]? Warnings, string[]? Required, CorpusOptions? Options, string? About);

    private sealed record CorpusOptions(bool Strict, string[]? AllowedHosts, string[]? AllowedStaticFiles);
}
