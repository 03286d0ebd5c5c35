namespace BazaarVid.Context.Tests.Preferences;

public sealed class ComponentExtractionTests
{
    [Theory]
    [InlineData("no emojis", new[] { "emojis" })]
    [InlineData("don't use gradients", new[] { "gradients" })]
    [InlineData("avoid stock photos", new[] { "stock photos" })]
    [InlineData("without any sound effects", new[] { "sound effects" })]
    [InlineData("no emojis, gradients or stock photos", new[] { "emojis", "gradients", "stock photos" })]
    [InlineData("please don't add music", new[] { "music" })]
    [InlineData("I'd rather not show prices", new[] { "prices" })]
    [InlineData("never use lens flares", new[] { "lens flares" })]
    [InlineData("avoid using gradients", new[] { "gradients" })]
    [InlineData("no more emojis please", new[] { "emojis" })]
    [InlineData("I don't want any confetti", new[] { "confetti" })]
    [InlineData("No emojis and make it fast", new[] { "emojis" })]
    [InlineData("from now on, no gradients", new[] { "gradients" })]
    [InlineData("I’d prefer not to use drop shadows", new[] { "drop shadows" })]
    [InlineData("Please avoid red, it's our competitor's color", new[] { "red" })]
    [InlineData("avoid the color red", new[] { "red" })]
    [InlineData("no background music please", new[] { "background music" })]
    [InlineData("I hate the glitch effect", new[] { "glitch effect" })]
    public void Things_to_avoid_are_read_as_avoid_components(string text, string[] components)
    {
        var extraction = PreferenceKit.Extract(text);

        extraction.Values(PreferenceKind.AvoidComponent).Should().Equal(components);
        extraction.Of(PreferenceKind.AvoidComponent).Should().OnlyContain(o => o.Explicit && o.Confidence == 0.9);
        extraction.Of(PreferenceKind.PreferComponent).Should().BeEmpty();
    }

    [Theory]
    [InlineData("always show our logo", new[] { "logo" })]
    [InlineData("include the tagline in every scene", new[] { "tagline" })]
    [InlineData("I prefer icons", new[] { "icons" })]
    [InlineData("always include a CTA", new[] { "cta" })]
    [InlineData("make sure to show the pricing table", new[] { "pricing table" })]
    [InlineData("always show the logo and the tagline", new[] { "logo", "tagline" })]
    [InlineData("put our website on every slide", new[] { "website" })]
    [InlineData("every scene should have our logo", new[] { "logo" })]
    [InlineData("every scene needs a CTA", new[] { "cta" })]
    [InlineData("put the logo in the corner of every scene", new[] { "logo" })]
    public void Things_to_use_are_read_as_prefer_components(string text, string[] components)
    {
        var extraction = PreferenceKit.Extract(text);

        extraction.Values(PreferenceKind.PreferComponent).Should().Equal(components);
        extraction.Of(PreferenceKind.AvoidComponent).Should().BeEmpty();
    }

    [Fact]
    public void Preferring_one_thing_over_another_avoids_the_other()
    {
        var extraction = PreferenceKit.Extract("I prefer icons over emojis");

        extraction.Values(PreferenceKind.PreferComponent).Should().Equal("icons");
        extraction.Values(PreferenceKind.AvoidComponent).Should().Equal("emojis");
    }

    [Theory]
    [InlineData("no more than 3 seconds per scene")]
    [InlineData("no, make it blue")]
    [InlineData("no problem")]
    [InlineData("not too fast")]
    [InlineData("no worries, thanks!")]
    [InlineData("there is no logo in scene 3")]
    [InlineData("without changing the logo")]
    [InlineData("I don't want the intro to be long")]
    [InlineData("no need to change anything")]
    [InlineData("I prefer a minimal look")]
    [InlineData("I prefer each scene to be 2 seconds")]
    [InlineData("avoid making it too long")]
    [InlineData("no longer than 3 seconds each")]
    [InlineData("I prefer it dark")]
    [InlineData("I'd prefer Inter")]
    [InlineData("no bouncy")]
    [InlineData("No I meant the other one")]
    [InlineData("say no to that")]
    public void Idioms_durations_styles_and_descriptions_are_not_components(string text)
    {
        var extraction = PreferenceKit.Extract(text);

        extraction.Of(PreferenceKind.AvoidComponent).Should().BeEmpty();
        extraction.Of(PreferenceKind.PreferComponent).Should().BeEmpty();
    }

    [Theory]
    [InlineData("no text in scene 2")]
    [InlineData("always show the logo on the last slide")]
    public void A_component_aimed_at_one_scene_is_an_edit_not_a_preference(string text) =>
        PreferenceKit.Extract(text).Observations.Should().BeEmpty();

    [Fact]
    public void The_evidence_is_the_statement_verbatim() =>
        PreferenceKit.Extract("Please, ALWAYS show our Logo!").Of(PreferenceKind.PreferComponent).Single().Evidence.Should().Be("ALWAYS show our Logo");
}
