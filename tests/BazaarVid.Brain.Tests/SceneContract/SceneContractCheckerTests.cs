namespace BazaarVid.Brain.Tests.SceneContract;

public sealed class SceneContractCheckerTests
{
    private readonly SceneContractChecker _checker = new();

    private static IEnumerable<string> Codes(IEnumerable<SceneContractFinding> findings) => findings.Select(f => f.Code);

    [Fact]
    public void The_minimal_scene_of_the_contract_is_valid_and_its_id_and_duration_are_read()
    {
        var result = _checker.Check(Scenes.Minimal);

        result.Errors.Should().BeEmpty();
        result.Warnings.Should().BeEmpty();
        result.Valid.Should().BeTrue();
        result.SceneId.Should().Be("k3v9x2aa");
        result.DurationInFrames.Should().Be(90);
    }

    [Fact]
    public void A_scene_written_the_way_an_llm_writes_it_is_valid()
    {
        var result = _checker.Check(Scenes.WrittenByAnLlm);

        result.Errors.Should().BeEmpty();
        result.Warnings.Should().BeEmpty();
        result.SceneId.Should().Be("q1w2e3r4");
    }

    [Theory]
    [InlineData("const el = <>{frame > 1 ? <b>x</b> : null}</>;")]
    [InlineData("const pick = <T,>(items: T[]): T => items[0];")]
    [InlineData("const pick = <T extends object>(item: T): T => item;")]
    [InlineData("const half = (width + height) / 2 / fps;")]
    [InlineData("const s = \"a/b\".replace(/\\//g, \"-\");")]
    [InlineData("const t = `outer ${`inner ${frame}`} done`;")]
    [InlineData("const o = () => ({ a: 1 });")]
    [InlineData("const less = frame < 10 ? <i>early</i> : null;")]
    [InlineData("const c = frame?.toFixed?.(2);")]
    [InlineData("const el = <p>It's 5 &gt; 4 &amp; that's fine</p>;")]
    [InlineData("const el = <div>{/* fetch( Math.random() */}</div>;")]
    [InlineData("const el = <div title='single' data-x=\"y\" {...{ id: \"z\" }}>{\"}\"}</div>;")]
    public void Ordinary_tsx_constructs_are_not_findings(string body)
    {
        var result = _checker.Check(Scenes.With(body));

        result.Errors.Should().BeEmpty();
        result.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void The_test_template_is_valid()
    {
        var result = _checker.Check(Scenes.With());

        result.Errors.Should().BeEmpty();
        result.Warnings.Should().BeEmpty();
    }

    [Theory]
    [InlineData("import React from \"react\";\n", "An import statement")]
    [InlineData("import { spring } from \"remotion\";\n", "An import statement")]
    [InlineData("import \"./side-effect\";\n", "An import statement")]
    public void A_static_import_is_forbidden_and_is_not_the_remotion_destructure(string prefix, string message)
    {
        var result = _checker.Check(prefix + Scenes.Minimal);

        result.Errors.Should().Contain(f => f.Code == "import-forbidden" && f.Line == 1 && f.Column == 1 && f.Message.StartsWith(message));
        result.Errors.Should().Contain(f => f.Code == "missing-remotion-destructure");
    }

    [Theory]
    [InlineData("const m = require(\"lodash\");", "require()")]
    [InlineData("const m = import(\"./x\");", "Dynamic import()")]
    [InlineData("const u = import.meta.url;", "import.meta")]
    public void Require_dynamic_import_and_import_meta_are_forbidden(string body, string message)
    {
        var result = _checker.Check(Scenes.With(body));

        result.Errors.Should().ContainSingle(f => f.Code == "import-forbidden").Which.Message.Should().StartWith(message);
        result.Errors.Single(f => f.Code == "import-forbidden").Line.Should().Be(7);
    }

    [Theory]
    [InlineData("export * from \"./other\";")]
    [InlineData("export { x_abcd1234 } from \"./other\";")]
    public void Re_exports_are_forbidden(string topLevel)
    {
        _checker.Check(Scenes.With(topLevel: topLevel)).Errors.Should().Contain(f => f.Code == "import-forbidden" && f.Line == 2);
    }

    [Fact]
    public void Code_that_does_not_start_with_the_destructure_is_reported_at_its_first_token()
    {
        var result = _checker.Check("// a comment first is fine\nconst x = 1;\n" + Scenes.Minimal);

        var finding = result.Errors.Should().ContainSingle(f => f.Code == "missing-remotion-destructure").Subject;
        finding.Message.Should().Contain("first statement");
        (finding.Line, finding.Column).Should().Be((2, 1));
    }

    [Fact]
    public void Leading_comments_before_the_destructure_are_allowed()
    {
        _checker.Check("/* Scene: logo reveal */\n// generated\n" + Scenes.Minimal).Valid.Should().BeTrue();
    }

    [Fact]
    public void A_destructure_from_window_as_any_is_accepted()
    {
        var code = Scenes.Minimal.Replace("= window.Remotion;", "= (window as any).Remotion;", StringComparison.Ordinal);

        _checker.Check(code).Valid.Should().BeTrue();
    }

    [Fact]
    public void A_destructure_from_anything_else_is_not_the_remotion_destructure()
    {
        var code = Scenes.Minimal.Replace("= window.Remotion;", "= globalThis.Other;", StringComparison.Ordinal);

        Codes(_checker.Check(code).Errors).Should().Contain("missing-remotion-destructure");
    }

    [Fact]
    public void A_remotion_name_used_without_being_destructured_is_reported_at_its_first_use()
    {
        var code = Scenes.With("const s = spring({ frame, fps });\n  const t = spring({ frame, fps });");

        var finding = _checker.Check(code).Errors.Should().ContainSingle(f => f.Code == "undestructured-remotion-name").Subject;
        finding.Message.Should().Contain("'spring'");
        (finding.Line, finding.Column).Should().Be((7, 13));
    }

    [Fact]
    public void A_remotion_component_used_as_a_jsx_tag_must_be_destructured()
    {
        var code = Scenes.With("const el = <Sequence from={10}><Img src=\"https://cdn.example.test/a.png\" /></Sequence>;");

        var names = _checker.Check(code).Errors.Where(f => f.Code == "undestructured-remotion-name").Select(f => f.Message).ToList();
        names.Should().HaveCount(2);
        names.Should().Contain(m => m.Contains("'Sequence'")).And.Contain(m => m.Contains("'Img'"));
    }

    [Theory]
    [InlineData("const s = window.Remotion.spring({ frame, fps });")]
    [InlineData("const s = Remotion.spring({ frame, fps });")]
    [InlineData("const el = <Remotion.Img src=\"https://cdn.example.test/a.png\" />;")]
    public void Reaching_into_window_remotion_outside_the_first_statement_is_reported(string body)
    {
        Codes(_checker.Check(Scenes.With(body)).Errors).Should().Contain("undestructured-remotion-name");
    }

    [Fact]
    public void Remotion_names_as_properties_object_keys_or_local_declarations_are_not_uses()
    {
        var code = Scenes.With("const cfg = { spring: 1, Img: 2 };\n  const x = cfg.spring + cfg.Img;\n  function Series(a: number) { return a; }\n  const y = Series(x);");

        _checker.Check(code).Errors.Should().BeEmpty();
    }

    [Fact]
    public void An_aliased_remotion_name_is_a_destructure_of_that_name()
    {
        var code = Scenes.With("const s = sp({ frame, fps });", names: "AbsoluteFill, interpolate, spring: sp, useCurrentFrame, useVideoConfig");

        _checker.Check(code).Valid.Should().BeTrue();
    }

    [Fact]
    public void Unused_and_unknown_destructured_names_are_warnings_only()
    {
        var code = Scenes.With(names: "AbsoluteFill, Sequence, Sparkle, interpolate, useCurrentFrame, useVideoConfig");

        var result = _checker.Check(code);

        result.Valid.Should().BeTrue();
        result.Warnings.Should().Contain(f => f.Code == "unused-remotion-name" && f.Message.Contains("'Sequence'"));
        result.Warnings.Should().Contain(f => f.Code == "unknown-remotion-name" && f.Message.Contains("'Sparkle'"));
    }

    [Fact]
    public void Code_without_a_default_export_is_reported()
    {
        var code = Scenes.Minimal.Replace("export default function", "function", StringComparison.Ordinal);

        var result = _checker.Check(code);

        Codes(result.Errors).Should().Contain("missing-default-export");
        result.SceneId.Should().BeNull();
    }

    [Fact]
    public void Two_default_exports_are_reported_at_the_second()
    {
        var code = Scenes.Minimal + "\nexport default function Scene_zzzz9999() { return null; }\n";

        var finding = _checker.Check(code).Errors.Should().ContainSingle(f => f.Code == "multiple-default-exports").Subject;
        finding.Line.Should().Be(16);
    }

    [Theory]
    [InlineData("export default () => null;")]
    [InlineData("export default async function Scene_abcd1234() { return null; }")]
    [InlineData("export default Scene_abcd1234;")]
    public void A_default_export_that_is_not_a_plain_function_declaration_is_reported(string replacement)
    {
        var code = $$"""
            const { useCurrentFrame, useVideoConfig } = window.Remotion;
            function Scene_abcd1234() { useCurrentFrame(); useVideoConfig(); return null; }
            {{replacement}}
            export const durationInFrames_abcd1234 = 90;
            """;

        Codes(_checker.Check(code).Errors).Should().Contain("default-export-not-function");
    }

    [Fact]
    public void Exporting_the_scene_through_an_export_list_is_reported()
    {
        var code = Scenes.Minimal.Replace("export default function", "function", StringComparison.Ordinal) + "\nexport { Scene_k3v9x2aa as default };\n";

        Codes(_checker.Check(code).Errors).Should().Contain("default-export-not-function");
    }

    [Theory]
    [InlineData("Scene_ABCD1234")]
    [InlineData("Scene_abc")]
    [InlineData("Scene_abcd12345")]
    [InlineData("Scene_abcd-123")]
    [InlineData("MyScene")]
    public void A_scene_function_name_without_an_8_character_lowercase_id_is_a_bad_scene_id(string name)
    {
        var code = Scenes.Minimal.Replace("Scene_k3v9x2aa", name, StringComparison.Ordinal);

        var finding = _checker.Check(code).Errors.Should().Contain(f => f.Code == "bad-scene-id").Subject;
        (finding.Line, finding.Column).Should().Be((3, 25));
    }

    [Fact]
    public void An_anonymous_default_function_is_a_bad_scene_id()
    {
        var code = Scenes.Minimal.Replace("function Scene_k3v9x2aa()", "function ()", StringComparison.Ordinal);

        Codes(_checker.Check(code).Errors).Should().Contain("bad-scene-id");
    }

    [Fact]
    public void An_expected_scene_id_must_match()
    {
        _checker.Check(Scenes.Minimal, new SceneContractOptions { ExpectedSceneId = "k3v9x2aa" }).Valid.Should().BeTrue();

        var result = _checker.Check(Scenes.Minimal, new SceneContractOptions { ExpectedSceneId = "zzzz0000" });

        result.Errors.Should().ContainSingle(f => f.Code == "scene-id-mismatch").Which.Message.Should().Contain("Scene_zzzz0000");
    }

    [Theory]
    [InlineData("const helper = 1;", "helper")]
    [InlineData("let counter_other = 1;", "counter_other")]
    [InlineData("function Title() { return null; }", "Title")]
    [InlineData("async function load() { return null; }", "load")]
    [InlineData("class Box {}", "Box")]
    [InlineData("const { a, b: c, d = 1, ...e } = { a: 1, b: 2 };", "a")]
    [InlineData("const [first, , second = 2] = [1, 2];", "second")]
    [InlineData("type Props = { title: string };", "Props")]
    [InlineData("interface Props { title: string }", "Props")]
    [InlineData("const ok_abcd1234 = 1, bad = 2;", "bad")]
    public void Every_other_top_level_name_must_carry_the_scene_id_suffix(string topLevel, string name)
    {
        var result = _checker.Check(Scenes.With(topLevel: topLevel));

        result.Errors.Should().Contain(f => f.Code == "unsuffixed-top-level-name" && f.Message.Contains($"'{name}'") && f.Line == 2);
    }

    [Fact]
    public void A_destructuring_pattern_reports_each_unsuffixed_binding_and_not_its_keys_or_defaults()
    {
        var result = _checker.Check(Scenes.With(topLevel: "const { a, b: c_abcd1234, d = fallback, ...e } = { a: 1 };"));

        var names = result.Errors.Where(f => f.Code == "unsuffixed-top-level-name").Select(f => f.Message).ToList();
        names.Should().HaveCount(3);
        names.Should().Contain(m => m.Contains("'a'")).And.Contain(m => m.Contains("'d'")).And.Contain(m => m.Contains("'e'"));
    }

    [Fact]
    public void Suffixed_top_level_helpers_and_nested_names_are_fine()
    {
        var topLevel = """
            const palette_abcd1234 = { bg: "#000" };
            function Title_abcd1234({ text }: { text: string }) {
              const inner = text.toUpperCase();
              return <h1>{inner}</h1>;
            }
            type Props_abcd1234 = { title: string };
            """;

        _checker.Check(Scenes.With(topLevel: topLevel)).Valid.Should().BeTrue();
    }

    [Fact]
    public void Top_level_statements_without_semicolons_are_still_separated()
    {
        var topLevel = "const a_abcd1234 = 1\nconst b = a_abcd1234 + 1\nconst c_abcd1234 = <div>{b}</div>\n";

        var result = _checker.Check(Scenes.With(topLevel: topLevel));

        result.Errors.Should().ContainSingle(f => f.Code == "unsuffixed-top-level-name").Which.Message.Should().Contain("'b'");
    }

    [Fact]
    public void An_extra_named_export_is_a_warning()
    {
        var result = _checker.Check(Scenes.With(topLevel: "export const title_abcd1234 = \"Hi\";"));

        result.Valid.Should().BeTrue();
        result.Warnings.Should().ContainSingle(f => f.Code == "extra-export");
    }

    [Fact]
    public void A_missing_duration_export_is_reported()
    {
        var code = Scenes.Minimal.Replace("export const durationInFrames_k3v9x2aa = 90;", string.Empty, StringComparison.Ordinal);

        var result = _checker.Check(code);

        result.Errors.Should().ContainSingle(f => f.Code == "missing-duration-export").Which.Message.Should().Contain("durationInFrames_k3v9x2aa");
        result.DurationInFrames.Should().BeNull();
    }

    [Fact]
    public void A_duration_that_is_not_exported_is_reported()
    {
        var code = Scenes.Minimal.Replace("export const durationInFrames", "const durationInFrames", StringComparison.Ordinal);

        _checker.Check(code).Errors.Should().ContainSingle(f => f.Code == "missing-duration-export").Which.Message.Should().Contain("must be exported");
    }

    [Fact]
    public void A_duration_export_with_another_id_is_reported()
    {
        var code = Scenes.Minimal.Replace("durationInFrames_k3v9x2aa", "durationInFrames_zzzz0000", StringComparison.Ordinal);

        var result = _checker.Check(code);

        result.Errors.Should().Contain(f => f.Code == "missing-duration-export" && f.Message.Contains("durationInFrames_k3v9x2aa"));
        result.Errors.Should().Contain(f => f.Code == "unsuffixed-top-level-name");
    }

    [Fact]
    public void Two_duration_exports_are_reported()
    {
        var code = Scenes.Minimal + "\nexport const durationInFrames_k3v9x2aa2 = 60;\n";

        Codes(_checker.Check(code).Errors).Should().Contain("multiple-duration-exports");
    }

    [Theory]
    [InlineData("3 * 30")]
    [InlineData("90.0")]
    [InlineData("9e1")]
    [InlineData("0x5A")]
    [InlineData("\"90\"")]
    [InlineData("fps * 3")]
    [InlineData("90 as const")]
    public void A_duration_that_is_not_an_integer_literal_is_reported(string value)
    {
        var result = _checker.Check(Scenes.With(duration: value));

        result.Errors.Should().ContainSingle(f => f.Code == "duration-not-literal");
        result.DurationInFrames.Should().BeNull();
    }

    [Fact]
    public void A_duration_declared_with_let_is_not_a_literal_constant()
    {
        var code = Scenes.Minimal.Replace("export const durationInFrames", "export let durationInFrames", StringComparison.Ordinal);

        Codes(_checker.Check(code).Errors).Should().Contain("duration-not-literal");
    }

    [Theory]
    [InlineData("14", false)]
    [InlineData("15", true)]
    [InlineData("1800", true)]
    [InlineData("1801", false)]
    [InlineData("0", false)]
    [InlineData("99999999999999999999", false)]
    public void The_duration_must_be_within_15_and_1800_frames(string value, bool valid)
    {
        var result = _checker.Check(Scenes.With(duration: value));

        result.Valid.Should().Be(valid);
        if (!valid)
        {
            var finding = result.Errors.Should().ContainSingle(f => f.Code == "duration-out-of-range").Subject;
            (finding.Line, finding.Column).Should().Be((11, 42));
        }
    }

    [Fact]
    public void The_duration_limits_are_options()
    {
        var options = new SceneContractOptions { MinDurationInFrames = 30, MaxDurationInFrames = 60 };

        _checker.Check(Scenes.With(duration: "90"), options).Errors.Should().ContainSingle(f => f.Code == "duration-out-of-range").Which.Message.Should().Contain("30–60");
        _checker.Check(Scenes.With(duration: "45"), options).Valid.Should().BeTrue();
    }

    [Theory]
    [InlineData("const r = Math.random();", "Math.random")]
    [InlineData("const r = Math?.random();", "Math.random")]
    [InlineData("const r = window.Math.random();", "Math.random")]
    [InlineData("const t = Date.now();", "Date.now")]
    [InlineData("const d = new Date();", "new Date()")]
    [InlineData("const d = new Date;", "new Date()")]
    [InlineData("const d = Date();", "Date()")]
    [InlineData("const p = performance.now();", "performance.now")]
    [InlineData("const u = crypto.randomUUID();", "crypto.randomUUID")]
    [InlineData("setTimeout(() => {}, 10);", "setTimeout")]
    [InlineData("window.setInterval(() => {}, 10);", "setInterval")]
    [InlineData("requestAnimationFrame(() => {});", "requestAnimationFrame")]
    [InlineData("fetch(\"https://x.test\");", "fetch")]
    [InlineData("globalThis.fetch(\"https://x.test\");", "fetch")]
    [InlineData("const x = new XMLHttpRequest();", "XMLHttpRequest")]
    [InlineData("const w = new WebSocket(\"wss://x.test\");", "WebSocket")]
    [InlineData("eval(\"1\");", "eval")]
    [InlineData("const f = new Function(\"return 1\");", "new Function()")]
    [InlineData("const f = Function(\"return 1\");", "Function()")]
    [InlineData("const r = `${Math.random()}`;", "Math.random")]
    public void Banned_apis_are_reported(string body, string api)
    {
        var finding = _checker.Check(Scenes.With(body)).Errors.Should().ContainSingle(f => f.Code == "banned-api").Subject;

        finding.Message.Should().StartWith(api + " is not allowed");
        finding.Line.Should().Be(7);
    }

    [Theory]
    [InlineData("const s = \"Math.random() fetch( eval( import x from 'y' require('z')\";")]
    [InlineData("const s = 'new Date() setTimeout(x)';")]
    [InlineData("const s = `Date.now() and window.Remotion.spring`;")]
    [InlineData("// Math.random() fetch(url) import x from 'y'\n  const s = 1;")]
    [InlineData("/* new Function('x') setInterval(x) spring(x) */ const s = 1;")]
    [InlineData("const re = /fetch\\(|eval\\(|Math.random/g;")]
    [InlineData("const el = <p>We never fetch or eval; Math.random is banned. Import nothing, require nothing.</p>;")]
    [InlineData("const el = <p title=\"fetch(x) Math.random() Sequence\">hi</p>;")]
    [InlineData("const obj = { fetch: 1, eval: 2, setTimeout: 3 }; const v = obj.fetch + obj.eval;")]
    [InlineData("const d = data.Date.now;")]
    public void Text_in_strings_comments_templates_regexes_and_jsx_never_triggers_a_finding(string body)
    {
        var result = _checker.Check(Scenes.With(body));

        result.Errors.Should().BeEmpty();
        result.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void A_scene_that_never_reads_the_frame_or_the_video_config_is_reported()
    {
        var code = """
            const { AbsoluteFill } = window.Remotion;

            export default function Scene_abcd1234() {
              return <AbsoluteFill />;
            }

            export const durationInFrames_abcd1234 = 90;
            """;

        var findings = _checker.Check(code).Errors.Where(f => f.Code == "missing-frame-hook").ToList();

        findings.Should().HaveCount(2);
        findings.Should().Contain(f => f.Message.Contains("useCurrentFrame()")).And.Contain(f => f.Message.Contains("useVideoConfig()"));
    }

    [Fact]
    public void Mentioning_a_frame_hook_without_calling_it_does_not_count()
    {
        var code = Scenes.With().Replace("const frame = useCurrentFrame();", "const frame = 0; const hook = \"useCurrentFrame()\";", StringComparison.Ordinal)
            .Replace("AbsoluteFill, interpolate, useCurrentFrame,", "AbsoluteFill, interpolate,", StringComparison.Ordinal);

        _checker.Check(code).Errors.Should().ContainSingle(f => f.Code == "missing-frame-hook").Which.Message.Should().Contain("useCurrentFrame");
    }

    [Fact]
    public void Interpolate_ranges_of_different_lengths_are_reported_at_the_output_range()
    {
        var code = Scenes.With("const x = interpolate(frame, [0, 10, 20], [0, 1], { extrapolateLeft: \"clamp\", extrapolateRight: \"clamp\" });");

        var finding = _checker.Check(code).Errors.Should().ContainSingle(f => f.Code == "interpolate-range-mismatch").Subject;
        finding.Message.Should().Contain("3 values").And.Contain("has 2");
        (finding.Line, finding.Column).Should().Be((7, 45));
    }

    [Fact]
    public void Interpolate_colors_ranges_must_match_too()
    {
        var code = Scenes.With("const c = interpolateColors(frame, [0, 20], [\"#000\", \"#fff\", \"#f00\"]);", names: "AbsoluteFill, interpolate, interpolateColors, useCurrentFrame, useVideoConfig");

        Codes(_checker.Check(code).Errors).Should().Equal("interpolate-range-mismatch");
    }

    [Theory]
    [InlineData("const x = interpolate(frame, [0, 10], [0, 1]);", "extrapolateLeft")]
    [InlineData("const x = interpolate(frame, [0, 10], [0, 1], { extrapolateLeft: \"clamp\" });", "extrapolateRight")]
    [InlineData("const x = interpolate(frame, [0, 10], [0, 1], { extrapolateRight: \"clamp\" });", "extrapolateLeft")]
    [InlineData("const x = interpolate(frame, [0, 10], [0, 1], { extrapolateLeft: \"extend\", extrapolateRight: \"clamp\" });", "extrapolateLeft")]
    [InlineData("const x = interpolate(frame, [0, 10], [0, 1], { easing: Easing.ease });", "extrapolateLeft")]
    public void Interpolate_calls_must_clamp_both_ends(string body, string missing)
    {
        var finding = _checker.Check(Scenes.With(body, names: "AbsoluteFill, Easing, interpolate, useCurrentFrame, useVideoConfig")).Errors
            .Should().ContainSingle(f => f.Code == "interpolate-missing-clamp").Subject;

        finding.Message.Should().Contain(missing);
        (finding.Line, finding.Column).Should().Be((7, 13));
    }

    [Fact]
    public void Clamp_options_from_a_const_object_or_a_spread_are_recognized()
    {
        var topLevel = "const clamp_abcd1234 = { extrapolateLeft: \"clamp\", extrapolateRight: \"clamp\" } as const;";
        var body = "const a = interpolate(frame, [0, 10], [0, 1], clamp_abcd1234);\n  const b = interpolate(frame, [0, 10], [0, 1], { ...clamp_abcd1234, easing: undefined });";

        _checker.Check(Scenes.With(body, topLevel)).Errors.Should().BeEmpty();
    }

    [Fact]
    public void A_const_object_without_clamp_is_reported()
    {
        var topLevel = "const opts_abcd1234 = { extrapolateLeft: \"clamp\" };";
        var body = "const a = interpolate(frame, [0, 10], [0, 1], opts_abcd1234);";

        _checker.Check(Scenes.With(body, topLevel)).Errors.Should().ContainSingle(f => f.Code == "interpolate-missing-clamp");
    }

    [Fact]
    public void Options_or_ranges_the_checker_cannot_read_are_warnings()
    {
        var body = "const r = [0, 10];\n  const a = interpolate(frame, r, [0, 1], { extrapolateLeft: \"clamp\", extrapolateRight: \"clamp\" });\n  const b = interpolate(frame, [0, 10], [0, 1], makeOptions());";

        var result = _checker.Check(Scenes.With(body));

        result.Valid.Should().BeTrue();
        Codes(result.Warnings).Should().BeEquivalentTo(["interpolate-range-not-literal", "interpolate-options-not-literal"]);
    }

    [Theory]
    [InlineData("[0]", "interpolate-range-too-short")]
    [InlineData("[10, 0]", "interpolate-range-not-increasing")]
    [InlineData("[0, 0]", "interpolate-range-not-increasing")]
    [InlineData("[-10, -20]", "interpolate-range-not-increasing")]
    public void Interpolate_input_ranges_need_two_strictly_increasing_values(string input, string code)
    {
        var output = input == "[0]" ? "[1]" : "[0, 1]";
        var body = $"const a = interpolate(frame, {input}, {output}, {{ extrapolateLeft: \"clamp\", extrapolateRight: \"clamp\" }});";

        Codes(_checker.Check(Scenes.With(body)).Errors).Should().Equal(code);
    }

    [Fact]
    public void Ranges_with_expressions_are_accepted_when_their_lengths_match()
    {
        var body = "const d = 12;\n  const a = interpolate(frame, [d, d + 20, d + 40], [0, 1, 0.5], { extrapolateLeft: \"clamp\", extrapolateRight: \"clamp\" });";

        _checker.Check(Scenes.With(body)).Valid.Should().BeTrue();
    }

    [Fact]
    public void Interpolate_with_too_few_arguments_is_reported()
    {
        Codes(_checker.Check(Scenes.With("const a = interpolate(frame, [0, 1]);")).Errors).Should().Contain("interpolate-range-mismatch");
    }

    [Theory]
    [InlineData("const s = spring({ frame });", "fps")]
    [InlineData("const s = spring({ fps, config: { damping: 200 } });", "frame")]
    public void Spring_must_be_given_frame_and_fps(string body, string missing)
    {
        var code = Scenes.With(body, names: "AbsoluteFill, interpolate, spring, useCurrentFrame, useVideoConfig");

        _checker.Check(code).Errors.Should().ContainSingle(f => f.Code == "spring-missing-frame-or-fps").Which.Message.Should().Contain(missing);
    }

    [Fact]
    public void Spring_with_a_delayed_frame_expression_is_fine()
    {
        var code = Scenes.With("const s = spring({ frame: frame - 10, fps, config: { damping: 12, stiffness: 100, mass: 1 } });", names: "AbsoluteFill, interpolate, spring, useCurrentFrame, useVideoConfig");

        _checker.Check(code).Valid.Should().BeTrue();
    }

    [Fact]
    public void Findings_are_reported_in_source_order_with_lines_and_columns()
    {
        var code = Scenes.With("const a = Math.random();\n  const b = fetch(\"x\");");

        var findings = _checker.Check(code).Errors;

        findings.Select(f => (f.Line, f.Column)).Should().Equal((7, 13), (8, 13));
        findings[0].ToString().Should().StartWith("7:13 banned-api: Math.random");
    }

    [Fact]
    public void Lines_are_counted_across_crlf_and_cr_line_endings()
    {
        var code = Scenes.With("const a = Math.random();").Replace("\n", "\r\n", StringComparison.Ordinal);

        var finding = _checker.Check(code).Errors.Should().ContainSingle().Subject;

        (finding.Line, finding.Column).Should().Be((7, 13));
    }

    [Theory]
    [InlineData("const s = \"unterminated;\n")]
    [InlineData("const t = `unterminated ${frame}\n")]
    [InlineData("const o = { a: [1, 2 };\n")]
    [InlineData("/* unterminated comment\n")]
    [InlineData("const el = <div><span></div>;\n")]
    [InlineData("const el = <p>a > b</p>;\n")]
    public void Malformed_code_is_reported_as_a_syntax_error_without_throwing(string body)
    {
        var result = _checker.Check(Scenes.With(body));

        result.Valid.Should().BeFalse();
        Codes(result.Errors).Should().Contain("syntax-error");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    [InlineData("}}}]]))")]
    [InlineData("<<<<>>>>")]
    [InlineData("export default")]
    [InlineData("export const durationInFrames_abcd1234 =")]
    [InlineData("const { = window.Remotion")]
    [InlineData("interpolate(")]
    [InlineData("interpolate(frame, [")]
    [InlineData("spring({")]
    [InlineData("\"\\")]
    [InlineData("`${`${`${")]
    [InlineData("/[/")]
    [InlineData("<a b={<c d=\"")]
    [InlineData("\uD800\uDC00 \uD800 x")]
    public void Garbage_never_throws_and_is_invalid(string code)
    {
        var act = () => _checker.Check(code);

        act.Should().NotThrow().Which.Valid.Should().BeFalse();
    }

    [Theory]
    [InlineData("(")]
    [InlineData("\"")]
    [InlineData("`${")]
    [InlineData("<a>")]
    [InlineData("{")]
    [InlineData("a /* ")]
    [InlineData("x = /")]
    [InlineData("interpolate(frame, [0, 1], [0, 1]); ")]
    [InlineData("const a_abcd1234 = 1; ")]
    public void A_megabyte_of_repeated_input_is_checked_without_throwing(string unit)
    {
        var code = string.Concat(Enumerable.Repeat(unit, (1024 * 1024 / unit.Length) + 1));

        var result = _checker.Check(code);

        result.Valid.Should().BeFalse();
        (result.Errors.Length + result.Warnings.Length).Should().BeLessThanOrEqualTo(201);
    }

    [Fact]
    public void A_valid_scene_padded_to_a_megabyte_with_helpers_is_still_valid()
    {
        var helpers = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"const h{i}_abcd1234 = \"{new string('x', 20)}\";\n"));

        var result = _checker.Check(Scenes.With(topLevel: helpers));

        result.Valid.Should().BeTrue();
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(1234);
        for (var i = 0; i < 200; i++)
        {
            var chars = new char[random.Next(0, 400)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = "{}()[]<>/\\\"'`$*=;:,.\n abcxyz019_-#!?&|"[random.Next(37)];
            }

            var act = () => _checker.Check(new string(chars));

            act.Should().NotThrow();
        }
    }

    [Fact]
    public void Random_mutations_of_a_valid_scene_never_throw()
    {
        var random = new Random(42);
        for (var i = 0; i < 300; i++)
        {
            var code = Scenes.Minimal.ToCharArray();
            for (var k = 0; k < 5; k++)
            {
                code[random.Next(code.Length)] = "{}()[]<>/\"'`$"[random.Next(13)];
            }

            var act = () => _checker.Check(new string(code));

            act.Should().NotThrow();
        }
    }

    [Fact]
    public void Too_much_code_is_refused_without_being_read()
    {
        var result = _checker.Check(Scenes.Minimal, new SceneContractOptions { MaxCodeLength = 100 });

        Codes(result.Errors).Should().Equal("code-too-large");
    }

    [Fact]
    public void Findings_beyond_the_limit_are_summarized_in_one_warning()
    {
        var body = string.Concat(Enumerable.Repeat("Math.random();\n", 30));

        var result = _checker.Check(Scenes.With(body), new SceneContractOptions { MaxFindings = 10 });

        result.Errors.Should().HaveCount(10);
        result.Warnings.Should().ContainSingle(f => f.Code == "findings-truncated").Which.Message.Should().StartWith("20 more");
    }

    [Fact]
    public void Null_code_and_invalid_options_are_rejected()
    {
        var nullCode = () => _checker.Check(null!);
        var badRange = () => _checker.Check(Scenes.Minimal, new SceneContractOptions { MinDurationInFrames = 100, MaxDurationInFrames = 50 });
        var badId = () => _checker.Check(Scenes.Minimal, new SceneContractOptions { ExpectedSceneId = "NOPE" });
        var badDefaults = () => new SceneContractChecker(Microsoft.Extensions.Options.Options.Create(new SceneContractOptions { MaxFindings = 0 }));

        nullCode.Should().Throw<ArgumentNullException>();
        badRange.Should().Throw<ArgumentException>().WithMessage("*MinDurationInFrames*");
        badId.Should().Throw<ArgumentException>().WithMessage("*ExpectedSceneId*");
        badDefaults.Should().Throw<ArgumentException>().WithMessage("*MaxFindings*");
    }

    [Fact]
    public void The_known_remotion_names_include_the_ones_the_contract_lists()
    {
        RemotionApi.KnownNames.Should().Contain(["AbsoluteFill", "Sequence", "Img", "Video", "Audio", "OffthreadVideo", "spring", "interpolate",
            "interpolateColors", "Easing", "useCurrentFrame", "useVideoConfig", "staticFile", "Series", "Loop", "Freeze", "IFrame"]);
        RemotionApi.KnownNames.Should().OnlyHaveUniqueItems();
        RemotionApi.IsKnown("spring").Should().BeTrue();
        RemotionApi.IsKnown("Spring").Should().BeFalse();
    }
}
