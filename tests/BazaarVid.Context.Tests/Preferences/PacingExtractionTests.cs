namespace BazaarVid.Context.Tests.Preferences;

public sealed class PacingExtractionTests
{
    [Theory]
    [InlineData("make it snappy", "fast")]
    [InlineData("keep it punchy", "fast")]
    [InlineData("quick and energetic please", "fast")]
    [InlineData("rapid cuts", "fast")]
    [InlineData("an energetic intro", "fast")]
    [InlineData("Dark and fast.", "fast")]
    [InlineData("not fast enough, more energy", "fast")]
    [InlineData("no, make it fast", "fast")]
    [InlineData("instead of slow, make it fast", "fast")]
    [InlineData("calm and relaxed", "slow")]
    [InlineData("I prefer a leisurely pace", "slow")]
    [InlineData("gentle pacing", "slow")]
    [InlineData("keep it chill", "slow")]
    [InlineData("a slow pace please", "slow")]
    [InlineData("moderate pace", "medium")]
    [InlineData("balanced pacing", "medium")]
    [InlineData("not too fast", "medium")]
    [InlineData("don't make it slow", "medium")]
    [InlineData("not too slow either", "medium")]
    [InlineData("I don't want it to be too fast", "medium")]
    [InlineData("never slow", "medium")]
    public void Pacing_words_and_synonyms_map_to_fast_medium_or_slow(string text, string pacing) =>
        PreferenceKit.Extract(text).Values(PreferenceKind.Pacing).Should().Equal(pacing);

    [Theory]
    [InlineData("a quick question: can you change the logo?")]
    [InlineData("use slow motion for the product shot")]
    [InlineData("quick fix on scene 2")]
    [InlineData("it's too slow")]
    [InlineData("it was way too fast")]
    [InlineData("the render is slow today")]
    [InlineData("our internet is slow")]
    [InlineData("keep the dynamic range")]
    [InlineData("calm down, it's fine")]
    [InlineData("a medium shot of the dashboard")]
    [InlineData("medium blue for the title")]
    [InlineData("can you quickly change the title")]
    [InlineData("a fast-forward icon")]
    [InlineData("It's great but a bit slow")]
    [InlineData("The transitions feel too fast")]
    public void Words_that_are_not_pacing_give_no_pacing(string text) =>
        PreferenceKit.Extract(text).Of(PreferenceKind.Pacing).Should().BeEmpty();

    [Theory]
    [InlineData("keep it punchy", true, 0.9)]
    [InlineData("from now on everything fast", true, 0.9)]
    [InlineData("make it snappy", false, 0.55)]
    [InlineData("make a fast intro for Spinlio", false, 0.55)]
    [InlineData("not too fast", false, 0.4)]
    [InlineData("keep it not too fast", true, 0.75)]
    public void Stated_pacing_is_more_confident_than_implied_and_negated_pacing_less(string text, bool isExplicit, double confidence)
    {
        var pacing = PreferenceKit.Extract(text).Of(PreferenceKind.Pacing).Single();

        pacing.Explicit.Should().Be(isExplicit);
        pacing.Confidence.Should().BeApproximately(confidence, 1e-9);
    }

    [Fact]
    public void A_negated_pacing_keeps_the_negation_as_evidence() =>
        PreferenceKit.Extract("Please don't make it slow").Of(PreferenceKind.Pacing).Single().Evidence.Should().Be("don't make it slow");

    [Fact]
    public void One_pacing_per_clause_but_a_later_clause_gives_another_in_text_order() =>
        PreferenceKit.Extract("Fast and snappy. Actually, calm instead.").Values(PreferenceKind.Pacing).Should().Equal("fast", "slow");
}
