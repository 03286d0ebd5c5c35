using BazaarVid.Context;
using static BazaarVid.Brain.Tests.OfflineGeneration.Fixtures;

namespace BazaarVid.Brain.Tests.OfflineGeneration;

public sealed class ScenePlannerTests
{
    private static SceneSpec Plan(string prompt, StyleProfile? style = null) => ScenePlanner.Plan(Request(prompt, style) with { Ledger = Ledger });

    private static SceneSpec Plan(SceneGenerationRequest request) => ScenePlanner.Plan(request);

    private static string? Text(SceneSpec spec, ElementKind kind) => spec.Elements.FirstOrDefault(e => e.Kind == kind)?.Text;

    private static SceneElement Single(SceneSpec spec, ElementKind kind) => spec.Elements.Should().ContainSingle(e => e.Kind == kind).Subject;

    [Theory]
    [InlineData("make a scene with the headline \"Ship faster\" and the tagline \"Security that spins up in seconds\"", "Ship faster", "Security that spins up in seconds")]
    [InlineData("an intro for Spinlio with the tagline \"Security that spins up in seconds\"", "Spinlio", "Security that spins up in seconds")]
    [InlineData("an intro for Spinlio, cyber security, dark and fast", "Spinlio", null)]
    [InlineData("a scene for Acme Cloud", "Acme Cloud", null)]
    [InlineData("a launch video for Spinlio's new dashboard", "Spinlio", null)]
    [InlineData("title: \u201CZero trust, zero drama\u201D", "Zero trust, zero drama", null)]
    [InlineData("\"Fast\" and \"Secure\"", "Fast", "Secure")]
    [InlineData("a scene that says 'Don't wait' with subtitle 'Start today'", "Don't wait", "Start today")]
    [InlineData("a scene about our new pricing plans", "Our New Pricing Plans", null)]
    [InlineData("make something cool", "Something Cool", null)]
    public void Headline_and_body_come_from_quotes_product_names_and_topics(string prompt, string headline, string? subheadline)
    {
        var spec = Plan(prompt);

        Text(spec, ElementKind.Headline).Should().Be(headline);
        Text(spec, ElementKind.Subheadline).Should().Be(subheadline);
    }

    [Fact]
    public void A_tagline_without_a_product_becomes_the_headline()
    {
        var spec = Plan("the tagline \"Security that spins up in seconds\"");

        Text(spec, ElementKind.Headline).Should().Be("Security that spins up in seconds");
        Text(spec, ElementKind.Subheadline).Should().BeNull();
    }

    [Theory]
    [InlineData("three cards: Zero Trust, Real-time alerts, SOC2 ready", new[] { "Zero Trust", "Real-time alerts", "SOC2 ready" })]
    [InlineData("features: Fast, Secure and Simple.", new[] { "Fast", "Secure", "Simple" })]
    [InlineData("two cards: A1, B2, C3", new[] { "A1", "B2" })]
    [InlineData("three cards: Zero Trust, Real-time alerts, SOC2 ready, on a navy background", new[] { "Zero Trust", "Real-time alerts", "SOC2 ready" })]
    [InlineData("three cards \"Zero Trust\", \"Real-time alerts\" and \"SOC2 ready\"", new[] { "Zero Trust", "Real-time alerts", "SOC2 ready" })]
    [InlineData("benefits - Faster audits; Fewer alerts; Happier teams", new[] { "Faster audits", "Fewer alerts", "Happier teams" })]
    public void A_list_becomes_cards_in_a_grid(string prompt, string[] cards)
    {
        var spec = Plan(prompt);

        spec.Layout.Should().Be(SceneLayout.Grid);
        spec.Elements.Where(e => e.Kind == ElementKind.Card).Select(e => e.Text).Should().Equal(cards);
    }

    [Fact]
    public void Cards_without_a_headline_source_get_no_made_up_headline()
    {
        var spec = Plan("three cards: Zero Trust, Real-time alerts, SOC2 ready");

        spec.Elements.Should().NotContain(e => e.Kind == ElementKind.Headline);
        spec.Name.Should().Contain("Zero Trust");
    }

    [Fact]
    public void Cards_keep_a_product_headline_and_enter_one_after_another()
    {
        var spec = Plan("a features scene for Spinlio with three cards: Zero Trust, Real-time alerts, SOC2 ready");

        Text(spec, ElementKind.Headline).Should().Be("Spinlio");
        var delays = spec.Elements.Where(e => e.Kind == ElementKind.Card).Select(e => e.DelayFrames).ToList();
        delays.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        spec.Name.Should().Be("Spinlio features");
    }

    [Fact]
    public void A_long_list_is_capped_at_six_cards_and_long_items_are_shortened()
    {
        var spec = Plan("cards: " + string.Join(", ", Enumerable.Range(1, 9).Select(i => $"Item {i} " + new string('x', i == 1 ? 80 : 3))));

        var cards = spec.Elements.Where(e => e.Kind == ElementKind.Card).ToList();
        cards.Should().HaveCount(6);
        cards[0].Text!.Length.Should().BeLessThanOrEqualTo(60);
        cards[0].Text.Should().EndWith("\u2026");
    }

    [Theory]
    [InlineData("a testimonial from Jane Doe, CTO at Acme: \"Spinlio cut our response time in half\"", "\u2014 Jane Doe, CTO at Acme")]
    [InlineData("customer quote \"Best tool we bought this year\" by Sam Lee", "\u2014 Sam Lee")]
    [InlineData("a review: \"Five stars\"", null)]
    public void A_testimonial_becomes_a_quote_layout_with_its_attribution(string prompt, string? attribution)
    {
        var spec = Plan(prompt);

        spec.Layout.Should().Be(SceneLayout.Quote);
        Text(spec, ElementKind.Headline).Should().NotBeNullOrEmpty().And.NotContain("\"");
        Text(spec, ElementKind.Subheadline).Should().Be(attribution);
        spec.Name.Should().EndWith("testimonial");
    }

    [Fact]
    public void Always_show_our_logo_puts_the_ledger_logo_in_a_corner()
    {
        var request = Request("an intro for Spinlio") with
        {
            Ledger = Ledger,
            Preferences = Preferences(Prefer(PreferenceKind.PreferComponent, "logo")),
        };

        var logo = Single(Plan(request), ElementKind.Logo);

        logo.AssetUrl.Should().Be(LogoUrl);
        logo.Position.Should().Be(ElementPosition.TopLeft);
    }

    [Fact]
    public void The_logo_preference_needs_a_logo_asset()
    {
        var request = Request("an intro for Spinlio") with
        {
            Ledger = AssetLedger.Empty.Add(new AssetReference(ScreenshotUrl, LedgerSource.Upload, "dashboard.png", "image", ["screenshot"]), 1),
            Preferences = Preferences(Prefer(PreferenceKind.PreferComponent, "our logo")),
        };

        Plan(request).Elements.Should().NotContain(e => e.Kind == ElementKind.Logo);
    }

    [Fact]
    public void Without_a_preference_or_a_mention_no_logo_is_added()
    {
        Plan("an intro for Spinlio").Elements.Should().NotContain(e => e.Kind == ElementKind.Logo || e.Kind == ElementKind.Image);
    }

    [Theory]
    [InlineData("an intro for Spinlio without the logo")]
    [InlineData("an intro for Spinlio, no logo")]
    public void A_refused_logo_is_not_shown_even_when_preferred(string prompt)
    {
        var request = Request(prompt) with { Ledger = Ledger, Preferences = Preferences(Prefer(PreferenceKind.PreferComponent, "logo")) };

        Plan(request).Elements.Should().NotContain(e => e.Kind == ElementKind.Logo);
    }

    [Fact]
    public void An_avoided_logo_is_not_shown_from_the_ledger()
    {
        var request = Request("an intro for Spinlio") with
        {
            Ledger = Ledger,
            Preferences = Preferences(Prefer(PreferenceKind.PreferComponent, "logo"), Prefer(PreferenceKind.AvoidComponent, "logo")),
        };

        Plan(request).Elements.Should().NotContain(e => e.Kind == ElementKind.Logo);
    }

    [Fact]
    public void A_mentioned_logo_comes_from_the_ledger_in_the_flow()
    {
        var logo = Single(Plan("an intro for Spinlio with our logo"), ElementKind.Logo);

        logo.AssetUrl.Should().Be(LogoUrl);
        logo.Position.Should().Be(ElementPosition.Flow);
    }

    [Fact]
    public void This_logo_is_the_newest_upload_of_this_message()
    {
        var older = "https://cdn.example.test/p1/upload-41.png";
        var ledger = Ledger
            .Add(new AssetReference(older, LedgerSource.Upload, "upload-41.png", "image"), 5)
            .Add(new AssetReference(NewUpload, LedgerSource.Upload, "upload-42.png", "image"), 5);
        var request = Request("add this logo to an intro for Spinlio") with { Ledger = ledger, AttachedAssetUrls = [older, NewUpload] };

        var spec = Plan(request);

        Single(spec, ElementKind.Logo).AssetUrl.Should().Be(NewUpload);
        spec.Elements.Should().NotContain(e => e.Kind == ElementKind.Image);
    }

    [Fact]
    public void This_screenshot_is_the_newest_upload_of_this_message_and_the_layout_splits()
    {
        var older = "https://cdn.example.test/p1/upload-41.png";
        var request = Request("show this screenshot with the headline \"One view\"") with { Ledger = Ledger, AttachedAssetUrls = [older, NewUpload] };

        var spec = Plan(request);

        Single(spec, ElementKind.Image).AssetUrl.Should().Be(NewUpload);
        spec.Layout.Should().Be(SceneLayout.Split);
    }

    [Fact]
    public void Uploads_of_earlier_messages_are_not_this_message()
    {
        var spec = Plan("show the screenshot");

        Single(spec, ElementKind.Image).AssetUrl.Should().Be(ScreenshotUrl);
    }

    [Theory]
    [InlineData("use the photo", PhotoUrl)]
    [InlineData("show our dashboard screenshot", ScreenshotUrl)]
    [InlineData("with the image", PhotoUrl)]
    public void Without_an_upload_the_newest_matching_ledger_asset_is_used(string prompt, string url)
    {
        Single(Plan(prompt), ElementKind.Image).AssetUrl.Should().Be(url);
    }

    [Fact]
    public void The_newest_of_several_matching_ledger_assets_wins()
    {
        var newer = "https://cdn.example.test/p1/logo-v2.svg";
        var request = Request("an intro with our logo") with
        {
            Ledger = Ledger.Add(new AssetReference(newer, LedgerSource.Upload, "logo-v2.svg", "svg"), 4),
        };

        Single(Plan(request), ElementKind.Logo).AssetUrl.Should().Be(newer);
    }

    [Fact]
    public void Image_facts_tell_a_logo_from_a_screenshot()
    {
        var first = "https://cdn.example.test/p1/a.png";
        var second = "https://cdn.example.test/p1/b.png";
        var request = Request("add this logo and this screenshot") with
        {
            Ledger = AssetLedger.Empty
                .Add(new AssetReference(first, LedgerSource.Upload, "a.png", "image"), 1)
                .Add(new AssetReference(second, LedgerSource.Upload, "b.png", "image"), 1),
            AttachedAssetUrls = [first, second],
            ImageFacts =
            [
                new ImageFact(first, ImageFactStatus.Analyzed, "logo", "A logo", ["logo"], System.Collections.Immutable.ImmutableSortedDictionary<string, string>.Empty, null, DateTimeOffset.UnixEpoch),
                new ImageFact(second, ImageFactStatus.Analyzed, "screenshot", "A dashboard", ["ui"], System.Collections.Immutable.ImmutableSortedDictionary<string, string>.Empty, null, DateTimeOffset.UnixEpoch),
            ],
        };

        var spec = Plan(request);

        Single(spec, ElementKind.Logo).AssetUrl.Should().Be(first);
        Single(spec, ElementKind.Image).AssetUrl.Should().Be(second);
    }

    [Fact]
    public void Videos_and_fonts_are_never_used_as_images()
    {
        var request = Request("show this image") with
        {
            Ledger = AssetLedger.Empty
                .Add(new AssetReference("https://cdn.example.test/p1/clip.mp4", LedgerSource.Upload, "clip.mp4", "video"), 1)
                .Add(new AssetReference("https://cdn.example.test/p1/brand.woff2", LedgerSource.Upload, "brand.woff2", "font"), 1),
            AttachedAssetUrls = ["https://cdn.example.test/p1/clip.mp4"],
        };

        Plan(request).Elements.Should().NotContain(e => e.Kind == ElementKind.Image || e.Kind == ElementKind.Logo);
    }

    [Fact]
    public void The_exact_ledger_spelling_of_an_attached_url_is_used()
    {
        const string Ledgered = "https://CDN.example.test/p1/Shot.png?sig=AbC%2f";
        var request = Request("add this screenshot") with
        {
            Ledger = AssetLedger.Empty.Add(new AssetReference(Ledgered, LedgerSource.Upload, "Shot.png", "image"), 1),
            AttachedAssetUrls = ["https://cdn.example.test:443/p1/Shot.png?sig=AbC%2f"],
        };

        Single(Plan(request), ElementKind.Image).AssetUrl.Should().Be(Ledgered);
    }

    [Fact]
    public void An_upload_with_no_words_about_it_is_still_shown()
    {
        var request = Request("an intro for Spinlio") with { AttachedAssetUrls = [NewUpload] };

        Single(Plan(request), ElementKind.Image).AssetUrl.Should().Be(NewUpload);
    }

    [Fact]
    public void An_image_asked_for_as_the_background_becomes_the_background_image()
    {
        var spec = Plan("an intro for Spinlio, use the photo as the background");

        spec.Background.ImageUrl.Should().Be(PhotoUrl);
        spec.Elements.Should().NotContain(e => e.Kind == ElementKind.Image);
    }

    [Theory]
    [InlineData("an intro on a navy blue background", "#000080", null)]
    [InlineData("a navy background", "#000080", null)]
    [InlineData("background #0f0", "#00FF00", null)]
    [InlineData("a gradient background from navy to purple", "#000080", "#800080")]
    [InlineData("white text on a dark blue background", "#00008B", null)]
    public void A_background_colour_from_the_prompt_is_used(string prompt, string color, string? gradient)
    {
        var spec = Plan(prompt);

        spec.Background.Color.Should().Be(color);
        spec.Background.GradientTo.Should().Be(gradient);
    }

    [Fact]
    public void Colours_go_to_the_nearest_target()
    {
        var spec = Plan("headline \"Hi\" in orange on a white background");

        spec.Background.Color.Should().Be("#FFFFFF");
        Single(spec, ElementKind.Headline).Color.Should().Be("#FFA500");
    }

    [Fact]
    public void A_colour_right_after_a_quote_colours_that_text()
    {
        var spec = Plan("use the photo as the background with \"Hello\" in white and our logo in the top right");

        Single(spec, ElementKind.Headline).Color.Should().Be("#FFFFFF");
        spec.Background.Color.Should().Be(Dark.Palette.Background);
        spec.Background.ImageUrl.Should().Be(PhotoUrl);
        Single(spec, ElementKind.Logo).Position.Should().Be(ElementPosition.TopRight);
    }

    [Fact]
    public void Text_colours_stay_readable_on_a_changed_background()
    {
        var spec = Plan("an intro for Spinlio on a white background");

        Colors(spec.Palette.Text, spec.Background.Color).Should().BeGreaterThanOrEqualTo(4.5);
        Colors(spec.Palette.Primary, spec.Background.Color).Should().BeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public void Without_colour_words_the_style_palette_is_used()
    {
        var spec = Plan("an intro for Spinlio", Neon);

        spec.Palette.Should().Be(Neon.Palette);
        spec.Background.Color.Should().Be(Neon.Palette.Background);
        spec.Background.GradientTo.Should().NotBeNull("the neon style asks for gradient backgrounds");
        spec.StyleKey.Should().Be("cyberpunk");
        spec.Typography.Should().Be(Neon.Typography);
    }

    [Fact]
    public void A_colour_preference_becomes_the_accent()
    {
        var request = Request("an intro for Spinlio") with { Preferences = Preferences(Prefer(PreferenceKind.Color, "orange")) };

        Plan(request).Palette.Accent.Should().Be("#FFA500");
    }

    [Fact]
    public void A_font_preference_leads_both_font_stacks()
    {
        var request = Request("an intro for Spinlio") with { Preferences = Preferences(Prefer(PreferenceKind.Font, "Playfair Display")) };

        var typography = Plan(request).Typography;

        typography.HeadingFont.Should().StartWith("'Playfair Display', Inter");
        typography.BodyFont.Should().StartWith("'Playfair Display', ");
    }

    [Theory]
    [InlineData("an intro for Spinlio with the tagline \"Go\", make it glitchy", AnimationKind.Glitch, AnimationKind.Fade)]
    [InlineData("an intro for Spinlio with a typewriter headline and the tagline \"Go\"", AnimationKind.Typewriter, AnimationKind.Fade)]
    [InlineData("an intro for Spinlio with the tagline \"Go\", slide in from the left", AnimationKind.SlideFromLeft, AnimationKind.SlideFromLeft)]
    [InlineData("an intro for Spinlio with the tagline \"Go\", everything slides in from the right", AnimationKind.SlideFromRight, AnimationKind.SlideFromRight)]
    [InlineData("an intro for Spinlio with the tagline \"Go\", bouncy", AnimationKind.Spring, AnimationKind.Spring)]
    [InlineData("an intro for Spinlio with the tagline \"Go\" that fades in", AnimationKind.SlideUp, AnimationKind.Fade)]
    [InlineData("an intro for Spinlio with the tagline \"Go\", fade everything in", AnimationKind.Fade, AnimationKind.Fade)]
    [InlineData("an intro for Spinlio with the tagline \"Go\", zoom in", AnimationKind.Scale, AnimationKind.Scale)]
    public void Animations_come_from_the_prompt(string prompt, AnimationKind headline, AnimationKind subheadline)
    {
        var spec = Plan(prompt);

        Single(spec, ElementKind.Headline).Animation.Should().Be(headline);
        Single(spec, ElementKind.Subheadline).Animation.Should().Be(subheadline);
    }

    [Fact]
    public void Without_words_the_animation_style_preference_decides()
    {
        var request = Request("an intro for Spinlio") with { Preferences = Preferences(Prefer(PreferenceKind.AnimationStyle, "typewriter")) };

        Single(Plan(request), ElementKind.Headline).Animation.Should().Be(AnimationKind.Typewriter);
    }

    [Theory]
    [InlineData("generic", AnimationKind.SlideUp)]
    [InlineData("cyberpunk", AnimationKind.Spring)]
    [InlineData("apple", AnimationKind.Fade)]
    public void Without_words_or_preference_the_style_motion_decides(string style, AnimationKind expected)
    {
        var profile = style switch
        {
            "cyberpunk" => Neon,
            "apple" => Light,
            _ => Dark,
        };

        Single(Plan("an intro for Spinlio", profile), ElementKind.Headline).Animation.Should().Be(expected);
    }

    [Fact]
    public void A_cubic_bezier_preference_becomes_the_easing()
    {
        var request = Request("an intro for Spinlio") with { Preferences = Preferences(Prefer(PreferenceKind.AnimationStyle, "cubic-bezier(0.4, 0, 0.2, 1)")) };

        Plan(request).Motion.Easing.Should().Be("Easing.bezier(0.4, 0, 0.2, 1)");
    }

    [Fact]
    public void Typewriter_never_lands_on_a_picture()
    {
        var spec = Plan("full screen photo with the headline \"Team\" typewriter");

        Single(spec, ElementKind.Headline).Animation.Should().Be(AnimationKind.Typewriter);
        Single(spec, ElementKind.Image).Animation.Should().NotBe(AnimationKind.Typewriter);
        spec.Layout.Should().Be(SceneLayout.FullBleed);
    }

    [Fact]
    public void Stagger_spreads_the_entries_further()
    {
        var plain = Plan("three cards: A1, B2, C3");
        var staggered = Plan("three cards: A1, B2, C3, staggered one by one");

        staggered.StaggerFrames.Should().BeGreaterThan(plain.StaggerFrames);
    }

    [Fact]
    public void Fade_out_slowly_adds_a_long_exit()
    {
        Plan("an intro for Spinlio that fades out slowly").ExitFrames.Should().Be(30);
        Plan("an intro for Spinlio, fade out").ExitFrames.Should().Be(18);
        Plan("an intro for Spinlio").ExitFrames.Should().Be(0);
    }

    [Theory]
    [InlineData("an intro for Spinlio, fast", "fast")]
    [InlineData("an intro for Spinlio, calm", "slow")]
    [InlineData("an intro for Spinlio, not too fast", "medium")]
    [InlineData("an intro for Spinlio", "medium")]
    public void Pacing_comes_from_the_prompt_then_the_preference_then_the_style(string prompt, string pacing)
    {
        Plan(prompt).Motion.Pacing.Should().Be(pacing);
    }

    [Fact]
    public void A_pacing_preference_beats_the_style()
    {
        var request = Request("an intro for Spinlio", Neon) with { Preferences = Preferences(Prefer(PreferenceKind.Pacing, "slow")) };

        Plan(request).Motion.Pacing.Should().Be("slow");
    }

    [Theory]
    [InlineData(45, 45)]
    [InlineData(5000, 1800)]
    [InlineData(3, 15)]
    public void A_requested_duration_is_used_and_clamped(int requested, int expected)
    {
        Plan(Request("an intro for Spinlio") with { RequestedDurationInFrames = requested }).DurationInFrames.Should().Be(expected);
    }

    [Theory]
    [InlineData("an intro for Spinlio, make it 4 seconds", 30, 120)]
    [InlineData("a 2.5s intro for Spinlio", 30, 75)]
    [InlineData("an intro for Spinlio, two seconds long", 60, 120)]
    [InlineData("an intro for Spinlio lasting 90 frames", 30, 90)]
    public void A_duration_in_the_prompt_is_used_when_none_was_passed(string prompt, int fps, int expected)
    {
        Plan(Request(prompt) with { Fps = fps }).DurationInFrames.Should().Be(expected);
    }

    [Fact]
    public void A_second_card_is_not_a_duration()
    {
        Plan("add a second card").DurationInFrames.Should().BeInRange(60, 150);
    }

    [Theory]
    [InlineData(2.0, PreferenceBound.Exactly, 60)]
    [InlineData(2.0, PreferenceBound.AtMost, 60)]
    [InlineData(6.0, PreferenceBound.AtLeast, 180)]
    [InlineData(10.0, PreferenceBound.AtMost, -1)]
    [InlineData(1.0, PreferenceBound.AtLeast, -1)]
    public void The_learned_duration_preference_applies_with_its_bound(double seconds, PreferenceBound bound, int expected)
    {
        var content = Plan(Request("an intro for Spinlio")).DurationInFrames;
        var request = Request("an intro for Spinlio") with { Preferences = Preferences(Duration(seconds, bound)) };

        Plan(request).DurationInFrames.Should().Be(expected < 0 ? content : expected, "a bound the content already meets leaves the content duration");
    }

    [Fact]
    public void A_requested_duration_beats_the_preference()
    {
        var request = Request("an intro for Spinlio") with { Preferences = Preferences(Duration(2)), RequestedDurationInFrames = 150 };

        Plan(request).DurationInFrames.Should().Be(150);
    }

    [Fact]
    public void Content_decides_the_duration_otherwise_short_text_short_scene()
    {
        var short_ = Plan("an intro for Spinlio").DurationInFrames;
        var longer = Plan("a scene with the headline \"Security that spins up in seconds for every team\" and the tagline \"Zero trust, real-time alerts and SOC2 reports without the busywork\"").DurationInFrames;

        short_.Should().BeInRange(60, 90);
        longer.Should().BeGreaterThan(short_).And.BeLessThanOrEqualTo(160);
    }

    [Fact]
    public void Content_durations_scale_with_fps()
    {
        var at30 = Plan(Request("an intro for Spinlio")).DurationInFrames;
        var at60 = Plan(Request("an intro for Spinlio") with { Fps = 60 }).DurationInFrames;

        at60.Should().BeCloseTo(at30 * 2, 2);
    }

    [Fact]
    public void A_short_requested_duration_squeezes_the_entries_so_everything_shows()
    {
        var spec = Plan(Request("cards: A1, B2, C3, D4, E5, F6") with { RequestedDurationInFrames = 30 });

        spec.Elements.Max(e => e.DelayFrames).Should().BeLessThan(18);
    }

    [Fact]
    public void The_scene_id_is_derived_deterministically_from_project_conversation_and_turn()
    {
        var first = Plan(Request("an intro for Spinlio"));
        var again = Plan(Request("something else entirely"));
        var nextTurn = Plan(Request("an intro for Spinlio") with { Turn = 2 });
        var otherConversation = Plan(Request("an intro for Spinlio") with { ConversationId = "c2" });

        SceneIds.IsValid(first.SceneId).Should().BeTrue();
        again.SceneId.Should().Be(first.SceneId);
        nextTurn.SceneId.Should().NotBe(first.SceneId);
        otherConversation.SceneId.Should().NotBe(first.SceneId);
        first.SceneId.Should().Be(SceneIds.Derive("p1", "c1", 1));
    }

    [Fact]
    public void A_passed_scene_id_and_name_are_used()
    {
        var spec = Plan(Request("an intro for Spinlio") with { SceneId = "abcd1234", Name = "Opening" });

        spec.SceneId.Should().Be("abcd1234");
        spec.Name.Should().Be("Opening");
    }

    [Fact]
    public void The_same_request_gives_the_same_spec()
    {
        var request = Request("an intro for Spinlio with three cards: A1, B2, C3 and our logo, glitchy, navy background") with { Ledger = Ledger };

        Plan(request).Should().Be(Plan(request));
    }

    [Fact]
    public void Element_ids_are_stable_and_in_reading_order()
    {
        var spec = Plan("an intro for Spinlio with our logo and the tagline \"Go\"");

        spec.Elements.Select(e => e.Id).Should().Equal(Enumerable.Range(1, spec.Elements.Length).Select(i => "e" + i));
        spec.Elements.Select(e => e.Kind).Should().ContainInOrder(ElementKind.Logo, ElementKind.Headline, ElementKind.Subheadline);
    }

    [Fact]
    public void A_neon_style_gets_a_glow_and_an_avoided_shape_is_left_out()
    {
        Plan("an intro for Spinlio", Neon).Elements.Should().Contain(e => e.Kind == ElementKind.Shape && e.Text == "glow");

        var request = Request("an intro for Spinlio", Neon) with { Preferences = Preferences(Prefer(PreferenceKind.AvoidComponent, "shapes")) };
        Plan(request).Elements.Should().NotContain(e => e.Kind == ElementKind.Shape);
    }

    [Fact]
    public void Shapes_asked_for_are_added()
    {
        var shapes = Plan("an intro for Spinlio with a ring and circles").Elements.Where(e => e.Kind == ElementKind.Shape).Select(e => e.Text);

        shapes.Should().Contain(["ring", "circle"]);
    }

    [Fact]
    public void Invalid_requests_are_rejected()
    {
        var nullRequest = () => ScenePlanner.Plan(null!);
        var badFps = () => Plan(Request("x") with { Fps = 0 });
        var badId = () => Plan(Request("x") with { SceneId = "NOT-AN-ID" });
        var nullPrompt = () => Plan(Request("x") with { Prompt = null! });

        nullRequest.Should().Throw<ArgumentNullException>();
        badFps.Should().Throw<ArgumentOutOfRangeException>();
        badId.Should().Throw<ArgumentException>().WithMessage("*NOT-AN-ID*");
        nullPrompt.Should().Throw<ArgumentNullException>();
    }

    private static double Colors(string a, string b)
    {
        static double L(string hex)
        {
            static double C(int v)
            {
                var s = v / 255.0;
                return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
            }

            var r = Convert.ToInt32(hex.Substring(1, 2), 16);
            var g = Convert.ToInt32(hex.Substring(3, 2), 16);
            var bl = Convert.ToInt32(hex.Substring(5, 2), 16);
            return (0.2126 * C(r)) + (0.7152 * C(g)) + (0.0722 * C(bl));
        }

        var (x, y) = (L(a), L(b));
        return (Math.Max(x, y) + 0.05) / (Math.Min(x, y) + 0.05);
    }
}
