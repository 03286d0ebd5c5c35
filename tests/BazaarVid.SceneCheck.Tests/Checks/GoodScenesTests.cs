using System.Buffers.Binary;
using System.Text.RegularExpressions;
using BazaarVid.SceneCheck.Tests.Runner;

namespace BazaarVid.SceneCheck.Tests.Checks;

[Collection(nameof(SceneCheckGroup))]
public sealed partial class GoodScenesTests(SceneCheckFixture fixture)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task Every_good_scene_passes_syntax_types_and_render()
    {
        var run = await fixture.GoodAsync();

        var report = run.RequireReport();
        run.ExitCode.Should().Be(0, run.Describe());
        report.Scenes.Select(s => s.File).Should().BeEquivalentTo(
            Directory.GetFiles(Path.Combine(SceneCheckFixture.ScenesRoot, "good"), "*.tsx").Select(Path.GetFileName));
        report.Scenes.Should().OnlyContain(s => s.Ok && s.Checks.Syntax.Ok && s.Checks.Types.Ok && s.Checks.Render.Ok, run.Describe());
        report.Totals.Should().BeEquivalentTo(new SceneCheckTotals { Scenes = 4, Passed = 4, Failed = 0, Stills = 12 });
    }

    [Fact]
    public async Task The_report_names_each_scene_by_its_contract_id_and_duration()
    {
        var run = await fixture.GoodAsync();

        run.Scene("title-card.tsx").Should().Match<SceneCheckResult>(s => s.Id == "t1tle0aa" && s.DurationInFrames == 90);
        run.Scene("logo-reveal.tsx").Should().Match<SceneCheckResult>(s => s.Id == "l0g0r3vl" && s.DurationInFrames == 60);
        run.Scene("feature-list.tsx").Should().Match<SceneCheckResult>(s => s.Id == "f3atur3s" && s.DurationInFrames == 120);
        run.Scene("sound-logo.tsx").Should().Match<SceneCheckResult>(s => s.Id == "s0undl0g" && s.DurationInFrames == 30);
    }

    [Fact]
    public async Task Each_scene_has_full_size_png_stills_of_its_first_middle_and_last_frame()
    {
        var run = await fixture.GoodAsync();

        foreach (var scene in run.RequireReport().Scenes)
        {
            var last = scene.DurationInFrames!.Value - 1;
            scene.Stills.Select(s => s.Frame).Should().Equal([0, last / 2, last], scene.File);
            foreach (var still in scene.Stills)
            {
                var bytes = await File.ReadAllBytesAsync(still.Path);
                bytes.AsSpan(0, 8).ToArray().Should().Equal(PngSignature, still.Path);
                BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)).Should().Be(1920, still.Path);
                BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)).Should().Be(1080, still.Path);
            }
        }
    }

    [Fact]
    public async Task A_scene_with_audio_also_renders_a_short_mp4_and_the_others_do_not()
    {
        var run = await fixture.GoodAsync();

        var video = run.Scene("sound-logo.tsx").Video;
        video.Should().NotBeNull(run.Describe());
        var header = (await File.ReadAllBytesAsync(video!)).AsSpan(4, 4).ToArray();
        System.Text.Encoding.ASCII.GetString(header).Should().Be("ftyp");
        run.RequireReport().Scenes.Where(s => s.File != "sound-logo.tsx").Should().OnlyContain(s => s.Video == null);
    }

    [Fact]
    public async Task The_asset_image_is_served_from_the_assets_folder_under_its_public_url()
    {
        var run = await fixture.GoodAsync();

        // Img fails the render when its image does not load, so a passing render proves the URL was served.
        var scene = run.Scene("logo-reveal.tsx");
        var source = await File.ReadAllTextAsync(scene.Path);
        var url = AssetUrl().Match(source).Value;
        url.Should().StartWith(SceneCheckFixture.AssetBaseUrl.AbsoluteUri);
        File.Exists(Path.Combine(SceneCheckFixture.AssetsDirectory, url[SceneCheckFixture.AssetBaseUrl.AbsoluteUri.Length..])).Should().BeTrue();
        scene.Checks.Render.Ok.Should().BeTrue(run.Describe());
    }

    [Fact]
    public async Task The_contact_sheet_links_every_scene_its_code_and_its_stills_with_relative_paths()
    {
        var run = await fixture.GoodAsync();

        var sheet = run.Request.ContactSheetPath;
        var html = await File.ReadAllTextAsync(sheet);
        var links = Link().Matches(html).Select(m => m.Groups["target"].Value).ToList();
        links.Should().NotBeEmpty();
        links.Should().OnlyContain(l => !l.StartsWith('/') && !l.Contains("://", StringComparison.Ordinal));
        links.Should().OnlyContain(l => File.Exists(Path.Combine(Path.GetDirectoryName(sheet)!, Uri.UnescapeDataString(l))));
        foreach (var scene in run.RequireReport().Scenes)
        {
            html.Should().Contain(scene.File);
            links.Should().Contain(l => l.EndsWith($"good/{scene.File}", StringComparison.Ordinal), "the code of {0} is linked", scene.File);
            links.Where(l => l.StartsWith($"stills/{Path.GetFileNameWithoutExtension(scene.File)}.f", StringComparison.Ordinal))
                .Should().HaveCount(2 * scene.Stills.Count, "each still is shown and linked");
        }
    }

    [GeneratedRegex("https://cdn\\.bazaarvid\\.test/assets/[0-9a-f]{64}\\.png")]
    private static partial Regex AssetUrl();

    [GeneratedRegex("(?:href|src)=\"(?<target>[^\"]+)\"")]
    private static partial Regex Link();
}
