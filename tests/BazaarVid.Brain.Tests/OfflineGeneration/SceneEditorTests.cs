using static BazaarVid.Brain.Tests.OfflineGeneration.Fixtures;

namespace BazaarVid.Brain.Tests.OfflineGeneration;

public sealed class SceneEditorTests
{
    /// <summary>An intro with a logo, headline, line, tagline and a screenshot, planned once.</summary>
    private static readonly SceneSpec Current = ScenePlanner.Plan(
        Request("an intro for Spinlio with our logo, the screenshot, a line and the tagline \"Security that spins up in seconds\"") with { Ledger = Ledger });

    private static SceneSpec Edit(string prompt, EditKind kind = EditKind.Surgical, int? requested = null, SceneSpec? current = null) =>
        SceneEditor.ApplyEdit(current ?? Current, EditRequest(prompt, kind, requested));

    private static SceneGenerationRequest EditRequest(string prompt, EditKind kind = EditKind.Surgical, int? requested = null) =>
        Request(prompt) with { Mode = SceneGenerationMode.Edit, EditKind = kind, RequestedDurationInFrames = requested, Ledger = Ledger };

    private static SceneElement Single(SceneSpec spec, ElementKind kind) => spec.Elements.Should().ContainSingle(e => e.Kind == kind).Subject;

    /// <summary>The spec with the elements of the given kinds replaced by those of <paramref name="edited"/>, to compare everything else.</summary>
    private static SceneSpec Except(SceneSpec spec, SceneSpec edited, params ElementKind[] kinds) => spec with
    {
        Elements = [.. spec.Elements.Select(e => kinds.Contains(e.Kind) ? edited.Elements.First(x => x.Id == e.Id) : e)],
    };

    [Fact]
    public void The_fixture_scene_has_every_element_the_edits_need()
    {
        Current.Elements.Select(e => e.Kind).Should().Contain([ElementKind.Logo, ElementKind.Headline, ElementKind.Subheadline, ElementKind.Image, ElementKind.Shape]);
        Current.Layout.Should().Be(SceneLayout.Split);
    }

    [Theory]
    [InlineData("make the background navy blue", "#000080", null)]
    [InlineData("background #1a1a2e please", "#1A1A2E", null)]
    [InlineData("use a gradient background from black to purple", "#000000", "#800080")]
    public void A_background_colour_edit_changes_the_background_only(string prompt, string color, string? gradient)
    {
        var edited = Edit(prompt);

        edited.Background.Color.Should().Be(color);
        edited.Background.GradientTo.Should().Be(gradient);
        edited.Elements.Should().Equal(Current.Elements);
        edited.DurationInFrames.Should().Be(Current.DurationInFrames);
    }

    [Fact]
    public void A_light_background_keeps_the_text_readable()
    {
        var edited = Edit("make the background white");

        edited.Palette.Text.Should().Be("#0B0B0F");
        edited.Palette.Primary.Should().Be("#0B0B0F");
    }

    [Theory]
    [InlineData("headline in #00E5FF", ElementKind.Headline, "#00E5FF")]
    [InlineData("make the title red", ElementKind.Headline, "#FF0000")]
    [InlineData("make the tagline light gray", ElementKind.Subheadline, "#D3D3D3")]
    public void A_text_colour_edit_colours_that_element_only(string prompt, ElementKind kind, string color)
    {
        var edited = Edit(prompt);

        Single(edited, kind).Color.Should().Be(color);
        edited.Should().Be(Except(Current, edited, kind));
    }

    [Fact]
    public void A_colour_without_a_target_becomes_the_accent_and_primary()
    {
        var edited = Edit("make it orange");

        edited.Palette.Accent.Should().Be("#FFA500");
        edited.Palette.Primary.Should().Be("#FFA500");
        edited.Elements.Should().Equal(Current.Elements);
    }

    [Theory]
    [InlineData("make the logo bigger", ElementKind.Logo, 1.25)]
    [InlineData("make the logo much bigger", ElementKind.Logo, 1.5)]
    [InlineData("the headline is too big", ElementKind.Headline, 0.8)]
    [InlineData("shrink the screenshot", ElementKind.Image, 0.8)]
    public void A_size_edit_scales_its_target(string prompt, ElementKind kind, double scale)
    {
        var edited = Edit(prompt);

        Single(edited, kind).Scale.Should().Be(scale);
        edited.Should().Be(Except(Current, edited, kind));
    }

    [Fact]
    public void Bigger_without_a_target_scales_all_content_but_not_shapes()
    {
        var edited = Edit("bigger");

        edited.Elements.Where(e => e.Kind != ElementKind.Shape).Should().OnlyContain(e => e.Scale == 1.25);
        edited.Elements.Where(e => e.Kind == ElementKind.Shape).Should().OnlyContain(e => e.Scale == 1);
    }

    [Fact]
    public void Repeated_size_edits_stay_within_limits()
    {
        var spec = Current;
        for (var i = 0; i < 20; i++)
        {
            spec = Edit("make the logo much bigger", current: spec);
        }

        Single(spec, ElementKind.Logo).Scale.Should().Be(4);
    }

    [Fact]
    public void Faster_shortens_delays_stagger_and_duration_by_a_quarter()
    {
        var edited = Edit("make it faster");

        edited.DurationInFrames.Should().Be((int)Math.Round(Current.DurationInFrames * 0.75));
        edited.StaggerFrames.Should().Be((int)Math.Round(Current.StaggerFrames * 0.75));
        edited.Elements.Select(e => e.DelayFrames).Should().Equal(Current.Elements.Select(e => (int)Math.Round(e.DelayFrames * 0.75)));
        edited.Motion.Pacing.Should().Be("fast");
    }

    [Theory]
    [InlineData("slower")]
    [InlineData("make it calmer")]
    [InlineData("it feels too fast")]
    public void Slower_lengthens_them(string prompt)
    {
        var edited = Edit(prompt);

        edited.DurationInFrames.Should().Be((int)Math.Round(Current.DurationInFrames * 1.25));
        edited.Motion.Pacing.Should().Be("slow");
    }

    [Fact]
    public void Faster_with_a_requested_duration_keeps_the_requested_duration()
    {
        var edited = Edit("faster", requested: 75);

        edited.DurationInFrames.Should().Be(75);
        edited.StaggerFrames.Should().Be((int)Math.Round(Current.StaggerFrames * 0.75));
    }

    [Theory]
    [InlineData("move the logo to the top right", ElementKind.Logo, ElementPosition.TopRight)]
    [InlineData("put the logo in the bottom-left corner", ElementKind.Logo, ElementPosition.BottomLeft)]
    [InlineData("move it to the upper left", ElementKind.Logo, ElementPosition.TopLeft)]
    [InlineData("move the screenshot to the lower right", ElementKind.Image, ElementPosition.BottomRight)]
    public void A_position_edit_moves_its_target(string prompt, ElementKind kind, ElementPosition position)
    {
        var edited = Edit(prompt);

        Single(edited, kind).Position.Should().Be(position);
        edited.Should().Be(Except(Current, edited, kind));
    }

    [Fact]
    public void Centering_moves_a_cornered_element_back_into_the_flow()
    {
        var cornered = Edit("move the logo to the top right");

        Single(Edit("center the logo", current: cornered), ElementKind.Logo).Position.Should().Be(ElementPosition.Flow);
    }

    [Fact]
    public void Move_it_and_make_it_bigger_both_apply_to_the_logo()
    {
        var edited = Edit("move the logo to the top right and make it bigger");

        var logo = Single(edited, ElementKind.Logo);
        logo.Position.Should().Be(ElementPosition.TopRight);
        logo.Scale.Should().Be(1.25);
        Single(edited, ElementKind.Headline).Scale.Should().Be(1);
    }

    [Theory]
    [InlineData("change the headline to \"Zero trust, zero drama\"", ElementKind.Headline, "Zero trust, zero drama")]
    [InlineData("the title should say \u201CShip it\u201D", ElementKind.Headline, "Ship it")]
    [InlineData("change the tagline to \"Now with SOC2\"", ElementKind.Subheadline, "Now with SOC2")]
    [InlineData("change the text to \"Hello\"", ElementKind.Headline, "Hello")]
    public void A_text_edit_replaces_that_text_only(string prompt, ElementKind kind, string text)
    {
        var edited = Edit(prompt);

        Single(edited, kind).Text.Should().Be(text);
        edited.Should().Be(Except(Current, edited, kind));
    }

    [Fact]
    public void A_text_edit_is_not_read_as_a_colour_or_animation()
    {
        var edited = Edit("change the headline to \"Red alert, glitch detected\"");

        Single(edited, ElementKind.Headline).Text.Should().Be("Red alert, glitch detected");
        Single(edited, ElementKind.Headline).Color.Should().BeNull();
        Single(edited, ElementKind.Headline).Animation.Should().Be(Single(Current, ElementKind.Headline).Animation);
    }

    [Fact]
    public void A_missing_subtitle_is_added_after_the_headline()
    {
        var bare = ScenePlanner.Plan(Request("an intro for Spinlio"));

        var edited = Edit("add the subtitle \"Security in seconds\"", current: bare);

        var kinds = edited.Elements.Select(e => e.Kind).ToList();
        kinds.IndexOf(ElementKind.Subheadline).Should().Be(kinds.IndexOf(ElementKind.Headline) + 1);
        Single(edited, ElementKind.Subheadline).Text.Should().Be("Security in seconds");
    }

    [Fact]
    public void Replace_a_with_b_changes_every_text_containing_it()
    {
        var edited = Edit("replace \"Spinlio\" with \"Spinlio Cloud\"");

        Single(edited, ElementKind.Headline).Text.Should().Be("Spinlio Cloud");
    }

    [Fact]
    public void Cards_can_be_renamed_by_number_and_added()
    {
        var grid = ScenePlanner.Plan(Request("three cards: Zero Trust, Real-time alerts, SOC2 ready"));

        var renamed = Edit("change card 2 to \"Live alerts\"", current: grid);
        var added = Edit("add a card \"ISO 27001\"", current: grid);

        renamed.Elements.Where(e => e.Kind == ElementKind.Card).Select(e => e.Text).Should().Equal("Zero Trust", "Live alerts", "SOC2 ready");
        added.Elements.Where(e => e.Kind == ElementKind.Card).Select(e => e.Text).Should().Equal("Zero Trust", "Real-time alerts", "SOC2 ready", "ISO 27001");
        added.Elements.Select(e => e.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void The_same_background_as_scene_1_copies_that_scene_background()
    {
        var scene1 = ScenePlanner.Plan(Request("an intro on a gradient background from navy to purple") with { SceneId = "scene001" });
        var request = EditRequest("use the same background as scene 1") with
        {
            ReferencedScenes = [Stored(scene1, order: 1)],
            Current = Stored(Current, order: 2),
        };

        var edited = SceneEditor.ApplyEdit(Current, request);

        edited.Background.Should().Be(scene1.Background);
        edited.Elements.Should().Equal(Current.Elements);
        edited.DurationInFrames.Should().Be(Current.DurationInFrames);
    }

    [Theory]
    [InlineData("match the previous scene's background")]
    [InlineData("same background as the first scene")]
    public void A_referenced_scene_can_be_named_by_position(string prompt)
    {
        var scene1 = ScenePlanner.Plan(Request("an intro on a white background") with { SceneId = "scene001" });
        var request = EditRequest(prompt) with { ReferencedScenes = [Stored(scene1, order: 1)], Current = Stored(Current, order: 2) };

        SceneEditor.ApplyEdit(Current, request).Background.Color.Should().Be("#FFFFFF");
    }

    [Fact]
    public void A_reference_to_a_scene_that_is_not_given_changes_nothing()
    {
        var scene1 = ScenePlanner.Plan(Request("an intro on a white background") with { SceneId = "scene001" });
        var request = EditRequest("use the same background as scene 3") with { ReferencedScenes = [Stored(scene1, order: 1)] };

        SceneEditor.ApplyEdit(Current, request).Should().BeSameAs(Current);
    }

    [Fact]
    public void Same_style_as_another_scene_copies_palette_typography_and_motion()
    {
        var neon = ScenePlanner.Plan(Request("an intro", Neon) with { SceneId = "scene001" });
        var request = EditRequest("use the same style as scene 1") with { ReferencedScenes = [Stored(neon, order: 1)] };

        var edited = SceneEditor.ApplyEdit(Current, request);

        edited.Palette.Should().Be(neon.Palette);
        edited.Typography.Should().Be(neon.Typography);
        edited.Motion.Should().Be(neon.Motion);
        edited.StyleKey.Should().Be("cyberpunk");
    }

    [Fact]
    public void Add_this_logo_uses_the_upload_of_this_message()
    {
        var bare = ScenePlanner.Plan(Request("an intro for Spinlio"));
        var request = EditRequest("add this logo") with { AttachedAssetUrls = [NewUpload] };

        var edited = SceneEditor.ApplyEdit(bare, request);

        var logo = Single(edited, ElementKind.Logo);
        logo.AssetUrl.Should().Be(NewUpload);
        edited.Elements.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        edited.DurationInFrames.Should().Be(bare.DurationInFrames);
    }

    [Fact]
    public void A_new_logo_replaces_the_old_one()
    {
        var request = EditRequest("use this logo instead") with { AttachedAssetUrls = [NewUpload] };

        var edited = SceneEditor.ApplyEdit(Current, request);

        Single(edited, ElementKind.Logo).AssetUrl.Should().Be(NewUpload);
        Single(edited, ElementKind.Image).AssetUrl.Should().Be(ScreenshotUrl);
    }

    [Fact]
    public void Use_this_instead_swaps_the_picture()
    {
        var request = EditRequest("use this instead") with { AttachedAssetUrls = [NewUpload] };

        Single(SceneEditor.ApplyEdit(Current, request), ElementKind.Image).AssetUrl.Should().Be(NewUpload);
    }

    [Fact]
    public void Add_this_screenshot_adds_an_image_and_splits_the_layout()
    {
        var bare = ScenePlanner.Plan(Request("an intro for Spinlio"));
        var request = EditRequest("add this screenshot") with { AttachedAssetUrls = [NewUpload] };

        var edited = SceneEditor.ApplyEdit(bare, request);

        Single(edited, ElementKind.Image).AssetUrl.Should().Be(NewUpload);
        edited.Layout.Should().Be(SceneLayout.Split);
    }

    [Fact]
    public void Adding_a_logo_when_there_is_none_anywhere_changes_nothing()
    {
        var bare = ScenePlanner.Plan(Request("an intro for Spinlio"));
        var request = Request("add our logo") with { Mode = SceneGenerationMode.Edit, EditKind = EditKind.Surgical };

        SceneEditor.ApplyEdit(bare, request).Should().BeSameAs(bare);
    }

    [Theory]
    [InlineData("remove the logo", ElementKind.Logo)]
    [InlineData("no logo please", ElementKind.Logo)]
    [InlineData("get rid of the line", ElementKind.Shape)]
    public void Remove_takes_that_element_out(string prompt, ElementKind kind)
    {
        var edited = Edit(prompt);

        edited.Elements.Should().NotContain(e => e.Kind == kind);
        edited.Elements.Should().HaveCount(Current.Elements.Count(e => e.Kind != kind));
    }

    [Fact]
    public void Removing_the_screenshot_of_a_split_scene_centres_it()
    {
        var edited = Edit("delete the screenshot");

        edited.Elements.Should().NotContain(e => e.Kind == ElementKind.Image);
        edited.Layout.Should().Be(SceneLayout.Centered);
    }

    [Fact]
    public void A_background_image_can_be_set_and_removed()
    {
        var withImage = Edit("use the photo as the background");
        var without = Edit("remove the background image", current: withImage);

        withImage.Background.ImageUrl.Should().Be(PhotoUrl);
        without.Background.ImageUrl.Should().BeNull();
    }

    [Theory]
    [InlineData("make it glitchy", ElementKind.Headline, AnimationKind.Glitch)]
    [InlineData("make it glitchy", ElementKind.Subheadline, AnimationKind.Glitch)]
    [InlineData("typewriter headline", ElementKind.Headline, AnimationKind.Typewriter)]
    [InlineData("slide in from the right", ElementKind.Headline, AnimationKind.SlideFromRight)]
    [InlineData("slide in from the right", ElementKind.Image, AnimationKind.SlideFromRight)]
    [InlineData("make the logo bounce", ElementKind.Logo, AnimationKind.Spring)]
    [InlineData("the screenshot should zoom in", ElementKind.Image, AnimationKind.Scale)]
    public void An_animation_edit_changes_the_animation(string prompt, ElementKind kind, AnimationKind animation)
    {
        var edited = Edit(prompt);

        Single(edited, kind).Animation.Should().Be(animation);
        edited.DurationInFrames.Should().Be(Current.DurationInFrames);
    }

    [Fact]
    public void Glitch_never_lands_on_pictures()
    {
        var edited = Edit("make everything glitchy");

        Single(edited, ElementKind.Image).Animation.Should().NotBe(AnimationKind.Glitch);
        Single(edited, ElementKind.Logo).Animation.Should().NotBe(AnimationKind.Glitch);
    }

    [Theory]
    [InlineData("fade out slowly", 30)]
    [InlineData("fade it out at the end", 18)]
    [InlineData("fade out quickly", 10)]
    public void Fade_out_adds_an_exit_and_keeps_everything_else(string prompt, int frames)
    {
        var edited = Edit(prompt);

        edited.ExitFrames.Should().Be(frames);
        edited.Should().Be(Current with { ExitFrames = frames });
    }

    [Fact]
    public void Stagger_spaces_the_entries()
    {
        var edited = Edit("stagger the elements one by one");

        edited.StaggerFrames.Should().BeGreaterThan(Current.StaggerFrames);
        edited.Elements.Where(e => e.Kind != ElementKind.Shape || e.Text == "line").Select(e => e.DelayFrames).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void A_layout_edit_needs_the_elements_it_arranges()
    {
        Edit("show it full screen").Layout.Should().Be(SceneLayout.FullBleed);
        Edit("center everything").Layout.Should().Be(SceneLayout.Centered);
        Edit("put it in a grid").Layout.Should().Be(Current.Layout, "there are no cards to arrange");
    }

    [Theory]
    [InlineData("make it 4 seconds", null, 30, 120)]
    [InlineData("make this scene 3 seconds long", null, 30, 90)]
    [InlineData("2.5s", null, 60, 150)]
    [InlineData("make it longer", 100, 30, 100)]
    [InlineData("shorter", null, 30, -80)]
    [InlineData("make it longer", null, 30, -125)]
    [InlineData("whatever", 5000, 30, 1800)]
    public void Duration_only_sets_the_duration_and_nothing_else(string prompt, int? requested, int fps, int expected)
    {
        var request = EditRequest(prompt, EditKind.DurationOnly, requested) with { Fps = fps };

        var edited = SceneEditor.ApplyEdit(Current, request);

        var frames = expected < 0 ? (int)Math.Round(Current.DurationInFrames * -expected / 100.0) : expected;
        edited.Should().Be(Current with { DurationInFrames = frames });
    }

    [Fact]
    public void Duration_only_even_with_other_words_changes_only_the_duration()
    {
        var edited = Edit("make the background red and 4 seconds", EditKind.DurationOnly);

        edited.Should().Be(Current with { DurationInFrames = 120 });
    }

    [Fact]
    public void A_surgical_edit_with_a_duration_also_sets_it()
    {
        var edited = Edit("make the background red and 4 seconds");

        edited.DurationInFrames.Should().Be(120);
        edited.Background.Color.Should().Be("#FF0000");
    }

    [Theory]
    [InlineData("make the background navy blue")]
    [InlineData("move the logo to the top right")]
    [InlineData("change the headline to \"Hi\"")]
    [InlineData("make it glitchy")]
    [InlineData("remove the logo")]
    public void The_duration_changes_on_an_edit_only_when_asked(string prompt)
    {
        Edit(prompt).DurationInFrames.Should().Be(Current.DurationInFrames);
    }

    [Fact]
    public void An_edit_nothing_understands_returns_the_same_spec()
    {
        Edit("hmm, not sure yet").Should().BeSameAs(Current);
    }

    [Fact]
    public void A_creative_edit_with_a_new_style_restyles_the_scene()
    {
        var request = EditRequest("make it look cyberpunk", EditKind.Creative) with { Style = Neon };

        var edited = SceneEditor.ApplyEdit(Current, request);

        edited.StyleKey.Should().Be("cyberpunk");
        edited.Palette.Should().Be(Neon.Palette);
        edited.Background.Color.Should().Be(Neon.Palette.Background);
        edited.Elements.Select(e => e.Text).Should().Equal(Current.Elements.Select(e => e.Text));
    }

    [Theory]
    [InlineData("make it more exciting", AnimationKind.Spring, "fast")]
    [InlineData("make it more elegant", AnimationKind.Fade, "slow")]
    public void A_creative_edit_in_the_same_style_changes_the_energy(string prompt, AnimationKind animation, string pacing)
    {
        var edited = Edit(prompt, EditKind.Creative);

        Single(edited, ElementKind.Headline).Animation.Should().Be(animation);
        edited.Motion.Pacing.Should().Be(pacing);
        edited.DurationInFrames.Should().Be(Current.DurationInFrames);
    }

    [Fact]
    public void A_name_in_the_request_renames_the_scene()
    {
        var request = EditRequest("make the background black") with { Name = "Opening" };

        SceneEditor.ApplyEdit(Current, request).Name.Should().Be("Opening");
    }

    [Fact]
    public void Every_edit_still_emits_valid_code()
    {
        var checker = new SceneContractChecker();
        var prompts = new[]
        {
            "make the background navy blue", "headline in #00E5FF", "make the logo bigger", "faster", "slower", "move the logo to the top right",
            "change the headline to \"</script>{{x}}\"", "make it glitchy", "fade out slowly", "slide in from the right", "remove the logo",
            "show it full screen", "typewriter headline", "make it more exciting", "stagger", "make it 4 seconds",
        };
        var spec = Current;
        foreach (var prompt in prompts)
        {
            spec = SceneEditor.ApplyEdit(spec, EditRequest(prompt, prompt.StartsWith("make it more", StringComparison.Ordinal) ? EditKind.Creative : EditKind.Surgical));

            checker.Check(SceneCodeEmitter.Emit(spec), new SceneContractOptions { ExpectedSceneId = Current.SceneId }).Errors.Should().BeEmpty(prompt);
        }
    }

    [Fact]
    public void Invalid_arguments_are_rejected()
    {
        var nullSpec = () => SceneEditor.ApplyEdit(null!, EditRequest("x"));
        var nullRequest = () => SceneEditor.ApplyEdit(Current, null!);
        var badFps = () => SceneEditor.ApplyEdit(Current, EditRequest("x") with { Fps = 1000 });

        nullSpec.Should().Throw<ArgumentNullException>();
        nullRequest.Should().Throw<ArgumentNullException>();
        badFps.Should().Throw<ArgumentOutOfRangeException>();
    }
}
