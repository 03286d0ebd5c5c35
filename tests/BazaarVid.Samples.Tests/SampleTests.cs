using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BazaarVid.Samples.Console.Running;
using BazaarVid.Samples.Console.Sessions;

namespace BazaarVid.Samples.Tests;

public sealed partial class SampleTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "bv-sample-" + Guid.NewGuid().ToString("N"));

    public SampleTests() => Directory.CreateDirectory(_work);

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task The_shipped_session_runs_offline_and_writes_scenes_and_a_manifest()
    {
        var exit = await SessionCommand.RunAsync(SessionFile.Shipped, new SampleSettings(_work, null, null), CancellationToken.None);

        exit.Should().Be(0);
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_work, "session.json")))!;
        manifest["turns"]!.GetValue<int>().Should().Be(30);
        manifest["assetRetention"]!.GetValue<double>().Should().Be(1);
        manifest["invalidTurns"]!.GetValue<int>().Should().Be(0);
        var scenes = manifest["scenes"]!.AsArray();
        scenes.Should().HaveCountGreaterThanOrEqualTo(8);
        foreach (var scene in scenes)
        {
            File.Exists(Path.Combine(_work, scene!["codeFile"]!.GetValue<string>())).Should().BeTrue();
        }

        Directory.GetFiles(Path.Combine(_work, "assets")).Should().HaveCount(3);
    }

    [Fact]
    public async Task A_replay_of_the_same_file_twice_is_identical_except_timings()
    {
        var first = Path.Combine(_work, "r1.jsonl");
        var second = Path.Combine(_work, "r2.jsonl");

        (await ReplayCommand.RunAsync(SessionFile.Shipped, first, new SampleSettings(Path.Combine(_work, "a"), null, null), CancellationToken.None)).Should().Be(0);
        (await ReplayCommand.RunAsync(SessionFile.Shipped, second, new SampleSettings(Path.Combine(_work, "b"), null, null), CancellationToken.None)).Should().Be(0);

        var a = WithoutTimings(first);
        a.Should().HaveCount(30).And.Equal(WithoutTimings(second));
        var record = JsonNode.Parse(File.ReadLines(first).ElementAt(13))!.AsObject();
        record.Select(p => p.Key).Should().Equal("turn", "project", "conversation", "decision", "editKind", "targetScene", "approach", "style", "preferences", "assetUrls", "scene", "validation", "clarification", "timingsMs");
        record["decision"]!.GetValue<string>().Should().Be("edit_scene");
        record["editKind"]!.GetValue<string>().Should().Be("duration_only");
        record["scene"]!["durationInFrames"]!.GetValue<int>().Should().Be(120);
        record["targetScene"]!["index"]!.GetValue<int>().Should().Be(4);
    }

    [Fact]
    public async Task Validate_prints_json_and_exits_0_when_valid_1_when_not_and_2_on_usage_errors()
    {
        var scene = Path.Combine(_work, "scene.tsx");
        await File.WriteAllTextAsync(scene, """
            const { AbsoluteFill, Img, useCurrentFrame, useVideoConfig } = window.Remotion;
            export default function Scene_k3v9x2aa() {
              const frame = useCurrentFrame();
              const { fps } = useVideoConfig();
              return <AbsoluteFill><Img src="https://via.placeholder.com/300" /></AbsoluteFill>;
            }
            export const durationInFrames_k3v9x2aa = 90;
            """);
        using var output = new StringWriter();
        using var errors = new StringWriter();

        ValidateCommand.Run(scene, ["https://cdn.bazaarvid.test/assets/logo.png"], output, errors).Should().Be(1);
        var json = JsonNode.Parse(output.ToString())!;
        json["valid"]!.GetValue<bool>().Should().BeFalse();
        json["errors"]![0]!["code"]!.GetValue<string>().Should().Be("placeholder-url");
        json["errors"]![0]!["line"]!.GetValue<int>().Should().Be(5);

        await File.WriteAllTextAsync(scene, (await File.ReadAllTextAsync(scene)).Replace("https://via.placeholder.com/300", "https://cdn.bazaarvid.test/assets/logo.png", StringComparison.Ordinal));
        using var valid = new StringWriter();
        ValidateCommand.Run(scene, ["https://cdn.bazaarvid.test/assets/logo.png"], valid, errors).Should().Be(0);

        ValidateCommand.Run(Path.Combine(_work, "missing.tsx"), [], TextWriter.Null, errors).Should().Be(2);
        ValidateCommand.Run(scene, ["javascript:alert(1)"], TextWriter.Null, errors).Should().Be(2);
    }

    [Fact]
    public async Task The_llm_path_over_a_local_openai_compatible_server_repairs_a_fabricated_url()
    {
        await using var server = new ScriptedOpenAIServer(request =>
        {
            if (ScriptedOpenAIServer.WantsJson(request))
            {
                return "this is not JSON"; // intent analysis and style research fall back to offline
            }

            var prompt = ScriptedOpenAIServer.Prompt(request);
            var id = SceneIdPattern().Match(prompt).Groups[1].Value;
            var frames = DurationPattern().Match(prompt).Groups[1].Value;
            var asset = AssetPattern().Match(prompt).Groups[1].Value;
            var image = prompt.Contains("was rejected", StringComparison.Ordinal) ? asset : "https://images.unsplash.com/photo-123";
            return $$$"""
                ```tsx
                const { AbsoluteFill, Img, useCurrentFrame, useVideoConfig } = window.Remotion;
                export default function Scene_{{{id}}}() {
                  const frame = useCurrentFrame();
                  const { width } = useVideoConfig();
                  return <AbsoluteFill style={{ background: "#0B0B0F" }}><Img src="{{{image}}}" style={{ width: width * 0.3 }} /></AbsoluteFill>;
                }
                export const durationInFrames_{{{id}}} = {{{frames}}};
                ```
                """;
        });
        var session = Path.Combine(_work, "llm.jsonl");
        File.Copy(Path.Combine(Path.GetDirectoryName(SessionFile.Shipped)!, "files", "spinlio-logo.png"), Path.Combine(_work, "logo.png"));
        await File.WriteAllTextAsync(session, """{"project":"p1","conversation":"c1","prompt":"Make an intro with this logo","uploads":["logo.png"],"imageUrls":[]}""" + "\n");
        var results = Path.Combine(_work, "llm-results.jsonl");

        var exit = await ReplayCommand.RunAsync(session, results, new SampleSettings(Path.Combine(_work, "llm"), server.BaseUrl, "scripted-model"), CancellationToken.None);

        exit.Should().Be(0);
        var record = JsonNode.Parse(File.ReadLines(results).Single())!;
        var code = record["scene"]!["code"]!.GetValue<string>();
        code.Should().NotContain("unsplash").And.Contain(record["assetUrls"]![0]!.GetValue<string>());
        record["validation"]!["valid"]!.GetValue<bool>().Should().BeTrue();
        server.Requests.Should().Contain(r => ScriptedOpenAIServer.Prompt(r).Contains("images.unsplash.com/photo-123", StringComparison.Ordinal), "the repair prompt names the fabricated URL");
    }

    private static List<string> WithoutTimings(string path) =>
        [.. File.ReadLines(path).Select(line =>
        {
            var node = JsonNode.Parse(line)!.AsObject();
            node.Remove("timingsMs");
            return node.ToJsonString();
        })];

    [GeneratedRegex(@"Scene_([a-z0-9]{8})\(\)")]
    private static partial Regex SceneIdPattern();

    [GeneratedRegex(@"durationInFrames_[a-z0-9]{8} = (\d+);")]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"\| (https://cdn\.bazaarvid\.test/assets/[0-9a-f]{64}\.png)")]
    private static partial Regex AssetPattern();
}
