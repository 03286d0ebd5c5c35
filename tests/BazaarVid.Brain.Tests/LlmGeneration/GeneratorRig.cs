using BazaarVid.Assets;
using BazaarVid.Brain.Tests.Decisions.TestSupport;
using BazaarVid.Brain.Tests.TestSupport;
using BazaarVid.Context;

namespace BazaarVid.Brain.Tests.LlmGeneration;

/// <summary>An <see cref="LlmSceneGenerator"/> over a scripted chat client with the real renderer, validator and offline generator.</summary>
internal sealed class GeneratorRig
{
    public const string LogoUrl = "https://cdn.bazaarvid.test/p1/logo.png";

    public static readonly StyleProfile Style = new(
        "minimal",
        "Minimal",
        ["clean"],
        "Lots of white space, one idea per scene.",
        new StylePalette("#FFFFFF", "#F4F4F5", "#111111", "#2563EB", "#111111", "#6B7280"),
        new StyleTypography("Inter, 'Helvetica Neue', Arial, sans-serif", "Inter, Arial, sans-serif", 700, -0.02, false),
        ["generous white space", "one idea per scene"],
        new StyleMotion("Easing.bezier(0.16, 1, 0.3, 1)", 200, 100, 1, "medium"));

    public GeneratorRig(Action<BrainOptions>? configure = null, Action<PromptTemplateOptions>? templates = null, TimeProvider? time = null)
    {
        configure?.Invoke(Options);
        var templateOptions = new PromptTemplateOptions();
        templates?.Invoke(templateOptions);
        Generator = new LlmSceneGenerator(
            Chat,
            new HandlebarsPromptRenderer(Microsoft.Extensions.Options.Options.Create(templateOptions)),
            Validator,
            Offline,
            Microsoft.Extensions.Options.Options.Create(Options),
            time ?? TimeProvider.System,
            Logger);
    }

    public ScriptedChatClient Chat { get; } = new();

    public BrainOptions Options { get; } = new();

    public ListLogger<LlmSceneGenerator> Logger { get; } = new();

    public SceneValidator Validator { get; } = new(new AssetUrlValidator(), new SceneContractChecker());

    public OfflineSceneGenerator Offline { get; } = new();

    public LlmSceneGenerator Generator { get; }

    public static Asset Logo { get; } = new(
        "a1", "p1", "c1", LogoUrl, AssetType.Logo, "image/png", 512, 512, null, null, null, "logo.png", ["logo"], false, 0, AssetSource.Upload, DateTimeOffset.UnixEpoch);

    public static AssetLedger Ledger { get; } = AssetLedger.Empty.Add(new AssetReference(LogoUrl, LedgerSource.Upload, "logo.png", "logo", ["logo"]), 1);

    /// <summary>A new scene with the logo in the conversation's assets and ledger.</summary>
    public static SceneGenerationRequest Request(string prompt = "Make an intro for Spinlio", GenerationApproach approach = GenerationApproach.DirectCode) => new()
    {
        Prompt = prompt,
        ProjectId = "p1",
        ConversationId = "c1",
        Turn = 1,
        SceneId = "llmscn01",
        Style = Style,
        Ledger = Ledger,
        Assets = new AssetContext("p1", "c1", [Logo]),
        Approach = approach,
    };

    /// <summary>A stored scene produced offline, for edits.</summary>
    public async Task<StoredScene> StoredAsync(string sceneId, int order, string prompt)
    {
        var generated = await Offline.GenerateAsync(Request(prompt) with { SceneId = sceneId, Turn = order });
        return new StoredScene("p1", "c1", sceneId, order, generated.Name, generated.Code, generated.DurationInFrames, generated.Spec, 1, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, null);
    }

    /// <summary>What the offline generator makes of <paramref name="request"/>: the id, name and duration the LLM path must keep.</summary>
    public ValueTask<GeneratedScene> PlanAsync(SceneGenerationRequest request) => Offline.GenerateAsync(request);

    public SceneValidationReport Validate(string code, GeneratedScene plan) =>
        Validator.Validate(code, new SceneExpectations(new AssetContext("p1", "c1", [Logo]), plan.SceneId, plan.DurationInFrames));
}

/// <summary>Scene code as a model might write it.</summary>
internal static class SceneCode
{
    /// <summary>Valid code for <paramref name="sceneId"/> lasting <paramref name="frames"/>, showing <paramref name="imageUrl"/> when given.</summary>
    public static string Valid(string sceneId, int frames, string? imageUrl = null, string headline = "Spinlio")
    {
        var image = imageUrl is null ? string.Empty : "<Img src=\"" + imageUrl + "\" style={{ width: 320 }} />";
        return $$$"""
        const { AbsoluteFill, Img, interpolate, useCurrentFrame, useVideoConfig } = window.Remotion;

        export default function Scene_{{{sceneId}}}() {
          const frame = useCurrentFrame();
          const { width } = useVideoConfig();
          const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
          return (
            <AbsoluteFill style={{ background: "#FFFFFF", justifyContent: "center", alignItems: "center", opacity }}>
              {{{image}}}
              <h1 style={{ color: "#111111", fontSize: width * 0.05 }}>{{{headline}}}</h1>
            </AbsoluteFill>
          );
        }

        export const durationInFrames_{{{sceneId}}} = {{{frames}}};
        """;
    }

    /// <summary>Valid code for the plan.</summary>
    public static string Valid(GeneratedScene plan, string? imageUrl = null, string headline = "Spinlio") =>
        Valid(plan.SceneId, plan.DurationInFrames, imageUrl, headline);
}
