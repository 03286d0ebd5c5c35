namespace BazaarVid.Context.Tests.Preferences;

public sealed class DurationExtractionTests
{
    [Theory]
    [InlineData("2 seconds per scene", 2, PreferenceBound.Exactly)]
    [InlineData("each scene 5s", 5, PreferenceBound.Exactly)]
    [InlineData("keep scenes under 3 seconds", 3, PreferenceBound.AtMost)]
    [InlineData("at least 4 seconds each", 4, PreferenceBound.AtLeast)]
    [InlineData("each scene should be 90 frames", 3, PreferenceBound.Exactly)]
    [InlineData("00:04 per scene", 4, PreferenceBound.Exactly)]
    [InlineData("1.5 sec per scene", 1.5, PreferenceBound.Exactly)]
    [InlineData("two seconds per scene", 2, PreferenceBound.Exactly)]
    [InlineData("1500ms for every scene", 1.5, PreferenceBound.Exactly)]
    [InlineData("no more than 3 seconds per scene", 3, PreferenceBound.AtMost)]
    [InlineData("scenes should last 3 seconds max", 3, PreferenceBound.AtMost)]
    [InlineData("each scene 2 seconds or longer", 2, PreferenceBound.AtLeast)]
    [InlineData("every slide must not exceed 6 seconds", 6, PreferenceBound.AtMost)]
    [InlineData("scenes should never exceed 5s", 5, PreferenceBound.AtMost)]
    [InlineData("half a second per slide", 0.5, PreferenceBound.Exactly)]
    [InlineData("two and a half seconds per scene", 2.5, PreferenceBound.Exactly)]
    [InlineData("2-second scenes please", 2, PreferenceBound.Exactly)]
    [InlineData("actually make scenes 3 seconds", 3, PreferenceBound.Exactly)]
    [InlineData("From now on, 4 seconds.", 4, PreferenceBound.Exactly)]
    [InlineData("I prefer 2.5s scenes", 2.5, PreferenceBound.Exactly)]
    [InlineData("45 frames per scene", 1.5, PreferenceBound.Exactly)]
    [InlineData("keep it at 2s/scene", 2, PreferenceBound.Exactly)]
    [InlineData("make a 30 second video with 3 second scenes", 3, PreferenceBound.Exactly)]
    [InlineData("each scene should be at most 0:05", 5, PreferenceBound.AtMost)]
    [InlineData("Each Scene: 2 SECONDS", 2, PreferenceBound.Exactly)]
    [InlineData("Scene length: 2s", 2, PreferenceBound.Exactly)]
    [InlineData("scenes shouldn't be longer than 3 seconds", 3, PreferenceBound.AtMost)]
    [InlineData("no scene longer than 4 seconds", 4, PreferenceBound.AtMost)]
    [InlineData("I don't want scenes under 2 seconds", 2, PreferenceBound.AtLeast)]
    [InlineData("never more than 3 seconds per scene", 3, PreferenceBound.AtMost)]
    [InlineData("no emojis and each scene 2 seconds", 2, PreferenceBound.Exactly)]
    public void A_duration_scoped_to_every_scene_is_an_explicit_preference(string text, double seconds, PreferenceBound bound)
    {
        var extraction = PreferenceKit.Extract(text);

        var duration = extraction.Of(PreferenceKind.SceneDuration).Should().ContainSingle().Subject;
        duration.Seconds.Should().Be(seconds);
        duration.Bound.Should().Be(bound);
        duration.Explicit.Should().BeTrue();
        duration.Confidence.Should().Be(0.9);
        extraction.Rejections.Should().BeEmpty();
    }

    [Theory]
    [InlineData("make scene 2 four seconds")]
    [InlineData("make it 3 seconds")]
    [InlineData("make the third scene 5 seconds")]
    [InlineData("scenes 2 and 3 should be 4 seconds")]
    [InlineData("the intro should be 5 seconds")]
    [InlineData("make the video 30 seconds long")]
    [InlineData("after 2 seconds show the logo in each scene")]
    [InlineData("fade in over 0.5s in every scene")]
    [InlineData("use a 300ms transition between scenes")]
    [InlineData("80s style for each scene")]
    [InlineData("a 1980s vibe in every scene")]
    [InlineData("wait a second, give me a minute")]
    [InlineData("use #FF5500 as accent")]
    [InlineData("render at 30fps")]
    [InlineData("2-4 seconds per scene")]
    [InlineData("between 2 and 4 seconds per scene")]
    [InlineData("the meeting is at 10:30 am")]
    [InlineData("don't make scenes 5 seconds")]
    [InlineData("Keep the whole thing under 30 seconds")]
    public void A_duration_aimed_at_one_scene_or_at_something_else_is_no_preference(string text)
    {
        var extraction = PreferenceKit.Extract(text);

        extraction.Of(PreferenceKind.SceneDuration).Should().BeEmpty();
        extraction.Rejections.Should().BeEmpty();
    }

    [Theory]
    [InlineData("500 seconds per scene", "500 seconds", "500")]
    [InlineData("0.1 s per scene", "0.1 s", "0.1")]
    [InlineData("each scene 2 minutes", "2 minutes", "120")]
    [InlineData("1 frame per scene", "1 frame", "0.033")]
    [InlineData("0 seconds per scene", "0 seconds", "0 seconds")]
    [InlineData("each scene 10:00", "10:00", "600")]
    public void An_absurd_per_scene_duration_is_rejected_with_a_reason_and_never_observed(string text, string evidence, string inReason)
    {
        var extraction = PreferenceKit.Extract(text);

        extraction.Observations.Should().BeEmpty();
        var rejection = extraction.Rejections.Should().ContainSingle().Subject;
        rejection.Kind.Should().Be(PreferenceKind.SceneDuration);
        rejection.Evidence.Should().Be(evidence);
        rejection.Reason.Should().Contain(inReason).And.Contain("0.5–60");
    }

    [Fact]
    public void A_rejected_duration_does_not_hide_a_valid_one_in_the_same_clause()
    {
        var extraction = PreferenceKit.Extract("each scene 500 seconds, I mean 5 seconds");

        extraction.Rejections.Should().ContainSingle();
        extraction.Of(PreferenceKind.SceneDuration).Should().ContainSingle().Which.Seconds.Should().Be(5);
    }

    [Fact]
    public void The_value_is_the_invariant_seconds_and_the_evidence_includes_the_bound_cue()
    {
        var duration = PreferenceKit.Extract("Keep scenes under 1.25 seconds").Of(PreferenceKind.SceneDuration).Single();

        duration.Value.Should().Be("1.25");
        duration.Evidence.Should().Be("under 1.25 seconds");
    }

    [Theory]
    [InlineData(24, "48 frames per scene", 2)]
    [InlineData(60, "each scene 90 frames", 1.5)]
    [InlineData(30, "each scene 100 frames", 3.333)]
    public void Frames_are_converted_with_the_project_fps(int fps, string text, double seconds) =>
        PreferenceKit.Create(fps).Extract(text).Of(PreferenceKind.SceneDuration).Single().Seconds.Should().Be(seconds);

    [Fact]
    public void Only_the_first_accepted_duration_of_a_clause_counts_and_each_clause_is_read()
    {
        var extraction = PreferenceKit.Extract("Each scene 2 seconds, or 3 seconds. Actually scenes 4 seconds.");

        extraction.Of(PreferenceKind.SceneDuration).Select(d => d.Seconds).Should().Equal(2, 4);
    }
}
