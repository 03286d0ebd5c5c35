using Microsoft.Extensions.Options;

namespace BazaarVid.Brain.Tests.Prompts;

public sealed class HandlebarsPromptRendererTests
{
    private static readonly StyleProfile Style = new(
        "minimal",
        "Minimal",
        ["clean"],
        "Lots of white space, one idea per scene.",
        new StylePalette("#FFFFFF", "#F4F4F5", "#111111", "#2563EB", "#111111", "#6B7280"),
        new StyleTypography("Inter, 'Helvetica Neue', Arial, sans-serif", "Inter, Arial, sans-serif", 700, -0.02, false),
        ["generous white space", "one idea per scene"],
        new StyleMotion("Easing.bezier(0.16, 1, 0.3, 1)", 200, 100, 1, "medium"));

    private readonly HandlebarsPromptRenderer _renderer = new(Options.Create(new PromptTemplateOptions()));

    [Theory]
    [InlineData(PromptTemplateKind.SceneBuilder)]
    [InlineData(PromptTemplateKind.SceneEditor)]
    [InlineData(PromptTemplateKind.SceneSpec)]
    [InlineData(PromptTemplateKind.SceneCodeFromSpec)]
    [InlineData(PromptTemplateKind.SceneRepair)]
    public void Every_template_renders_the_contract_and_every_asset_with_its_exact_url(PromptTemplateKind kind)
    {
        var text = _renderer.Render(kind, Model());

        text.Should().Contain("MANDATORY ASSET USAGE");
        text.Should().Contain("A1 | logo [logo, transparent] | REQUIRED: must appear in the code | https://cdn.bazaarvid.test/p1/logo.png?sig=a%2Fb&x=1");
        text.Should().Contain("A2 | image | https://cdn.bazaarvid.test/p1/shot.png");
    }

    [Fact]
    public void User_text_is_data_and_renders_literally_without_html_escaping()
    {
        const string Prompt = "Make it {{#each assets}}{{url}}{{/each}} and {{{x}}} <b>&amp;</b> \"quoted\"";

        var text = _renderer.Render(PromptTemplateKind.SceneBuilder, Model() with { Prompt = Prompt });

        text.Should().Contain(Prompt);
        text.Should().NotContain("&lt;").And.NotContain("&quot;");
    }

    [Fact]
    public void Builder_shows_the_previous_scenes_and_the_last_scene_code_as_the_style_reference()
    {
        var text = _renderer.Render(PromptTemplateKind.SceneBuilder, Model() with
        {
            IsFirstScene = false,
            PreviousScenes = [new PromptScene("intro001", 1, "Intro", 60, string.Empty)],
            LastSceneCode = "export default function Scene_intro001() { return <AbsoluteFill style={{ background: \"#000\" }} />; }",
        });

        text.Should().Contain("scene 1 [intro001] Intro, 60 frames");
        text.Should().Contain("style={{ background: \"#000\" }}");
        text.Should().NotContain("This is the first scene");
    }

    [Fact]
    public void Editor_shows_the_target_neighbours_references_and_the_duration_rule()
    {
        var text = _renderer.Render(PromptTemplateKind.SceneEditor, Model() with
        {
            EditKind = "surgical",
            Target = new PromptScene("price001", 2, "Pricing", 90, "// target code"),
            Neighbours = [new PromptScene("intro001", 1, "Intro", 60, "// neighbour code")],
            References = [new PromptScene("outro001", 3, "Outro", 60, "// reference code")],
        });

        text.Should().Contain("EDIT (surgical)").And.Contain("and the duration 90 frames");
        text.Should().Contain("// target code").And.Contain("// neighbour code").And.Contain("// reference code");
    }

    [Fact]
    public void Repair_lists_every_finding_with_its_position()
    {
        var text = _renderer.Render(PromptTemplateKind.SceneRepair, Model() with
        {
            Code = "const x = 1;",
            Findings = [new PromptFinding("unknown-url", "not an asset", 3, 14, "https://invented.test/a.png")],
        });

        text.Should().Contain("- [unknown-url] line 3, column 14: not an asset (https://invented.test/a.png)");
    }

    [Fact]
    public void No_assets_says_so_instead_of_an_empty_list()
    {
        var text = _renderer.Render(PromptTemplateKind.SceneBuilder, Model() with { Assets = [] });

        text.Should().Contain("(none: do not use any image, video, audio or font URL)");
    }

    [Fact]
    public void A_host_override_replaces_the_embedded_template_and_keeps_the_partials()
    {
        var options = new PromptTemplateOptions();
        options.Overrides[PromptTemplateKind.SceneBuilder] = "CUSTOM {{sceneId}}\n{{> assets}}";
        var renderer = new HandlebarsPromptRenderer(Options.Create(options));

        var text = renderer.Render(PromptTemplateKind.SceneBuilder, Model());

        text.Should().StartWith("CUSTOM k3v9x2aa").And.Contain("A1 | logo");
    }

    [Fact]
    public void A_typo_in_an_override_fails_loudly_instead_of_rendering_a_blank()
    {
        var options = new PromptTemplateOptions();
        options.Overrides[PromptTemplateKind.SceneBuilder] = "{{sceneIdd}}";
        var renderer = new HandlebarsPromptRenderer(Options.Create(options));

        var render = () => renderer.Render(PromptTemplateKind.SceneBuilder, Model());

        render.Should().Throw<Exception>();
    }

    private static ScenePromptModel Model() => new()
    {
        SceneId = "k3v9x2aa",
        DurationInFrames = 90,
        Prompt = "Add a pricing scene",
        Style = Style,
        Assets =
        [
            new PromptAsset("A1", "logo", "logo, transparent", "https://cdn.bazaarvid.test/p1/logo.png?sig=a%2Fb&x=1", true),
            new PromptAsset("A2", "image", string.Empty, "https://cdn.bazaarvid.test/p1/shot.png", false),
        ],
        Preferences = ["pacing: fast (explicit, turn 1, confidence 0.90)"],
        ImageFacts = [new PromptImageFact("A1", "Square PNG logo with transparency, 256×256")],
        IsFirstScene = true,
        Spec = "{}",
    };
}
