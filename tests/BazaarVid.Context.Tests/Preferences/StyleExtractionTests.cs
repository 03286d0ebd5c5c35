namespace BazaarVid.Context.Tests.Preferences;

public sealed class StyleExtractionTests
{
    [Theory]
    [InlineData("I want a minimal, modern look", "minimal, modern")]
    [InlineData("corporate style", "corporate")]
    [InlineData("make it playful", "playful")]
    [InlineData("dark mode", "dark")]
    [InlineData("light mode", "light")]
    [InlineData("a light background", "light")]
    [InlineData("a neon style", "neon")]
    [InlineData("retro vibe", "retro")]
    [InlineData("elegant and bold", "elegant, bold")]
    [InlineData("a futuristic look", "futuristic")]
    [InlineData("dark and minimal", "dark, minimal")]
    [InlineData("minimal and dark", "minimal, dark")]
    [InlineData("dark, not corporate, modern", "dark, modern")]
    [InlineData("make it playful instead of corporate", "playful")]
    [InlineData("more playful, less corporate", "playful")]
    [InlineData("keep it simple", "minimal")]
    [InlineData("a clean look", "minimal")]
    [InlineData("an 80s vibe", "retro")]
    [InlineData("Dark intro. Minimal text.", "dark, minimal")]
    [InlineData("make it bold", "bold")]
    [InlineData("sleek and professional look", "modern, corporate")]
    [InlineData("make it pop with bright colors", "bold")]
    [InlineData("a bright background", "light")]
    public void Visual_style_words_combine_into_one_value_in_order_of_appearance(string text, string style) =>
        PreferenceKit.Extract(text).Values(PreferenceKind.VisualStyle).Should().Equal(style);

    [Theory]
    [InlineData("dark blue background")]
    [InlineData("neon green text")]
    [InlineData("bold text")]
    [InlineData("make the title bold")]
    [InlineData("put the tagline in bold")]
    [InlineData("a light touch")]
    [InlineData("not corporate")]
    [InlineData("nothing playful")]
    [InlineData("clean up scene 2")]
    [InlineData("our business is growing")]
    [InlineData("a simple question")]
    [InlineData("Make an intro for Spinlio, a cyber security company")]
    [InlineData("Spinlio is a dark web monitoring tool")]
    [InlineData("it looks too corporate")]
    [InlineData("the intro is kind of dark")]
    [InlineData("I don't like the dark theme")]
    [InlineData("just minimal changes please")]
    [InlineData("premium plan customers")]
    [InlineData("the neon accents")]
    public void Colours_typography_negations_complaints_and_other_senses_are_not_visual_styles(string text) =>
        PreferenceKit.Extract(text).Of(PreferenceKind.VisualStyle).Should().BeEmpty();

    [Theory]
    [InlineData("make a dark intro for Spinlio", false, 0.55)]
    [InlineData("I prefer a dark style", true, 0.9)]
    [InlineData("from now on keep everything dark", true, 0.9)]
    [InlineData("always minimal", true, 0.9)]
    [InlineData("love the dark theme!", true, 0.9)]
    [InlineData("make the intro dark", false, 0.55)]
    public void A_stated_style_is_explicit_and_a_style_inside_a_request_is_implied(string text, bool isExplicit, double confidence)
    {
        var style = PreferenceKit.Extract(text).Of(PreferenceKind.VisualStyle).Single();

        style.Explicit.Should().Be(isExplicit);
        style.Confidence.Should().Be(confidence);
    }

    [Theory]
    [InlineData("make scene 3 playful, always")]
    [InlineData("Make the CTA scene playful with a bouncy button")]
    [InlineData("Can you make scene 6 fade to black?")]
    [InlineData("not too slow on the outro")]
    [InlineData("the first scene should be neon and glitchy")]
    public void Styles_aimed_at_one_scene_are_edits_not_preferences(string text) =>
        PreferenceKit.Extract(text).Observations.Should().BeEmpty();

    [Fact]
    public void A_clause_about_every_scene_is_read_even_when_it_names_one()
    {
        var style = PreferenceKit.Extract("like scene 2, every scene should be dark").Of(PreferenceKind.VisualStyle).Single();

        style.Value.Should().Be("dark");
        style.Explicit.Should().BeTrue();
    }

    [Fact]
    public void When_a_message_states_a_style_and_implies_another_only_the_stated_one_is_kept()
    {
        var style = PreferenceKit.Extract("Make a playful intro for the sale. I prefer a minimal style from now on.")
            .Of(PreferenceKind.VisualStyle).Single();

        style.Value.Should().Be("minimal");
        style.Explicit.Should().BeTrue();
    }

    [Theory]
    [InlineData("smooth animations", "smooth")]
    [InlineData("bouncy transitions", "bouncy")]
    [InlineData("springy motion", "bouncy")]
    [InlineData("add a glitch effect", "glitch")]
    [InlineData("fade in the title", "fade")]
    [InlineData("slide in from the left", "slide")]
    [InlineData("typewriter text", "typewriter")]
    [InlineData("zoom in on the logo", "zoom")]
    [InlineData("smooth fade transitions", "smooth, fade")]
    [InlineData("ease-in-out everywhere", "smooth")]
    [InlineData("Smooth animations please, nothing bouncy", "smooth")]
    [InlineData("use cubic-bezier(0.4, 0, 0.2, 1) for easing", "cubic-bezier(0.4, 0, 0.2, 1)")]
    [InlineData("ease with cubic-bezier(.17,.67,.83,.67)", "cubic-bezier(.17,.67,.83,.67)")]
    [InlineData("overshoot: cubic-bezier(0.68, -0.55, 0.27, 1.55)", "cubic-bezier(0.68, -0.55, 0.27, 1.55)")]
    public void Animation_styles_and_verbatim_cubic_beziers_are_read(string text, string animation) =>
        PreferenceKit.Extract(text).Values(PreferenceKind.AnimationStyle).Should().Equal(animation);

    [Theory]
    [InlineData("every slide should be 2 seconds")]
    [InlineData("there's a glitch in scene 2")]
    [InlineData("join the zoom call")]
    [InlineData("I'm typing this quickly")]
    [InlineData("a spring sale promo")]
    [InlineData("our bounce rate went up")]
    [InlineData("the slide deck")]
    [InlineData("no bouncy animations")]
    [InlineData("the fade is too smooth")]
    public void Slides_bugs_meetings_and_negated_animations_are_not_animation_styles(string text) =>
        PreferenceKit.Extract(text).Of(PreferenceKind.AnimationStyle).Should().BeEmpty();

    [Theory]
    [InlineData("cubic-bezier(1.4, 0, 0.2, 1)")]
    [InlineData("cubic-bezier(0.4, 0, -0.2, 1)")]
    [InlineData("use CUBIC-BEZIER(2, 2, 2, 2) please")]
    public void A_cubic_bezier_with_an_x_outside_0_to_1_is_rejected(string text)
    {
        var extraction = PreferenceKit.Extract(text);

        extraction.Of(PreferenceKind.AnimationStyle).Should().BeEmpty();
        var rejection = extraction.Rejections.Should().ContainSingle().Subject;
        rejection.Kind.Should().Be(PreferenceKind.AnimationStyle);
        rejection.Evidence.Should().StartWithEquivalentOf("cubic-bezier(");
        rejection.Reason.Should().Contain("between 0 and 1");
    }
}
