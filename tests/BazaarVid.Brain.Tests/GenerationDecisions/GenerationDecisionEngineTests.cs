using BazaarVid.Context;
using Microsoft.Extensions.Options;

namespace BazaarVid.Brain.Tests.GenerationDecisions;

public sealed class GenerationDecisionEngineTests
{
    private readonly GenerationDecisionEngine _engine = new(Options.Create(new GenerationDecisionOptions()));

    private GenerationDecision Decide(string prompt, int assets = 0, bool edit = false, PreferenceSet? preferences = null) =>
        _engine.Decide(new GenerationDecisionRequest(prompt, assets, preferences ?? PreferenceSet.Empty, edit));

    [Theory]
    [InlineData("Make a title card saying Hello", 0, false, GenerationApproach.DirectCode)]
    [InlineData("Make an intro for Spinlio, a cyber security startup. Dark and fast, with neon accents.", 1, false, GenerationApproach.DirectCode)]
    [InlineData("Next, a scene with the tagline \"Security that spins up in seconds\".", 0, false, GenerationApproach.DirectCode)]
    [InlineData("Here is our dashboard screenshot, show it in a product scene.", 1, false, GenerationApproach.DirectCode)]
    [InlineData("Add a features scene with three cards: \"Zero Trust\", \"Real-time alerts\", \"SOC2 ready\".", 0, false, GenerationApproach.DirectCode)]
    [InlineData("Make the tagline bigger.", 0, true, GenerationApproach.DirectCode)]
    [InlineData("Make the intro glitchy.", 0, true, GenerationApproach.DirectCode)]
    [InlineData("Add an outro with the logo and \"spinlio.io\".", 1, false, GenerationApproach.DirectCode)]
    [InlineData("A quote from Dana with a fade in", 0, false, GenerationApproach.DirectCode)]
    [InlineData("a grid of four feature cards that stagger in one by one, with a chart on the right", 0, false, GenerationApproach.JsonThenCode)]
    [InlineData("Split screen comparison: before and after, using our two screenshots", 2, false, GenerationApproach.JsonThenCode)]
    [InlineData("A timeline of 5 milestones that animate in sequence", 0, false, GenerationApproach.JsonThenCode)]
    [InlineData("Show revenue, users, retention and churn as a bar chart with counters that count up", 0, false, GenerationApproach.JsonThenCode)]
    [InlineData("A 3x3 grid of customer logos with a parallax background", 9, false, GenerationApproach.JsonThenCode)]
    [InlineData("Pricing table with three tiers side by side, staggered", 0, false, GenerationApproach.JsonThenCode)]
    [InlineData("Compare us vs. them in two columns", 0, false, GenerationApproach.DirectCode)]
    [InlineData("Rebuild the features scene as a grid of six cards that stagger in one by one with 3D transitions", 0, true, GenerationApproach.JsonThenCode)]
    public void Prompts_get_the_expected_approach(string prompt, int assets, bool edit, GenerationApproach expected)
    {
        var decision = Decide(prompt, assets, edit);
        decision.Approach.Should().Be(expected, decision.Rationale);
    }

    [Fact]
    public void A_simple_title_card_scores_zero_with_one_element()
    {
        var decision = Decide("Make a title card saying Hello");

        decision.ComplexityScore.Should().Be(0);
        decision.Cues.Should().Be(new ComplexityCues(1, 0, 0, 0, 0, [], [], 0));
        decision.EstimatedTokens.Should().Be(700 + 120);
        decision.Rationale.Should().Be("DirectCode: score 0 < threshold 6 (1 element).");
    }

    [Fact]
    public void The_feature_grid_example_is_scored_from_its_cues()
    {
        var decision = Decide("a grid of four feature cards that stagger in one by one, with a chart on the right");

        decision.Cues.CountedItems.Should().Be(4);
        decision.Cues.ElementCount.Should().Be(4);
        decision.Cues.LayoutCues.Should().Equal("grid", "chart", "side-placement");
        decision.Cues.AnimationCues.Should().Equal("stagger", "sequence");
        decision.ComplexityScore.Should().Be(3 + (3 * 2) + (2 * 2));
        decision.EstimatedTokens.Should().Be(700 + (4 * 120) + (5 * 90) + 450);
        decision.Rationale.Should().Be("JsonThenCode: score 13 >= threshold 6 (4 elements; layout: grid, chart, side-placement; animation: stagger, sequence).");
    }

    [Theory]
    [InlineData("Three cards: \"Fast\", \"Safe\", \"Cheap\"", 3, 3, 0, 3)]
    [InlineData("Show speed, safety, price and support", 4, 0, 4, 0)]
    [InlineData("Logos of Acme, Globex, Initech, or Umbrella", 4, 0, 4, 0)]
    [InlineData("Two images and three icons", 5, 0, 0, 5)]
    [InlineData("a 2x2 grid", 4, 0, 0, 4)]
    [InlineData("“One” and “Two”", 2, 2, 0, 0)]
    [InlineData("Make it pop", 1, 0, 0, 0)]
    public void Elements_are_counted_from_quotes_lists_and_numbers(string prompt, int elements, int quoted, int listed, int counted)
    {
        var cues = Decide(prompt).Cues;

        cues.ElementCount.Should().Be(elements);
        cues.QuotedStrings.Should().Be(quoted);
        cues.ListItems.Should().Be(listed);
        cues.CountedItems.Should().Be(counted);
    }

    [Theory]
    [InlineData("a bento grid", "grid")]
    [InlineData("three columns", "columns")]
    [InlineData("split-screen", "split-screen")]
    [InlineData("side by side", "side-by-side")]
    [InlineData("a product roadmap", "timeline")]
    [InlineData("a pie chart", "chart")]
    [InlineData("a line graph", "graph")]
    [InlineData("a pricing table", "table")]
    [InlineData("us versus them", "comparison")]
    [InlineData("before/after", "before-after")]
    [InlineData("a sales funnel", "diagram")]
    [InlineData("logo on the left", "side-placement")]
    public void Layout_cues_are_recognised(string prompt, string cue) => Decide(prompt).Cues.LayoutCues.Should().Contain(cue);

    [Theory]
    [InlineData("staggered entrances", "stagger")]
    [InlineData("appear one after another", "sequence")]
    [InlineData("parallax layers", "parallax")]
    [InlineData("smooth transitions", "transitions")]
    [InlineData("the logo morphs into the text", "morph")]
    [InlineData("a 3D rotating cube", "3d")]
    [InlineData("numbers that count up", "count-up")]
    [InlineData("a line that draws itself", "draw-on")]
    [InlineData("the camera zooms through", "camera")]
    [InlineData("confetti at the end", "particles")]
    public void Animation_cues_are_recognised(string prompt, string cue) => Decide(prompt).Cues.AnimationCues.Should().Contain(cue);

    [Theory]
    [InlineData("Make the table of contents bigger")]
    [InlineData("Add a comparison")]
    public void A_single_cue_alone_stays_direct(string prompt) => Decide(prompt).Approach.Should().Be(GenerationApproach.DirectCode);

    [Fact]
    public void Preferred_components_add_elements()
    {
        var preferences = PreferenceSet.Empty.Apply(
        [
            new PreferenceObservation(PreferenceKind.PreferComponent, "logo", 0.9, true, "always show our logo"),
            new PreferenceObservation(PreferenceKind.PreferComponent, "cta button", 0.9, true, "always a CTA"),
        ], 1);

        var decision = Decide("Make a title card saying Hello", preferences: preferences);

        decision.Cues.PreferredComponents.Should().Be(2);
        decision.Cues.ElementCount.Should().Be(3);
        decision.ComplexityScore.Should().Be(2);
    }

    [Fact]
    public void Assets_add_to_the_score_and_the_estimate()
    {
        var none = Decide("Show the screenshots");
        var four = Decide("Show the screenshots", assets: 4);

        (four.ComplexityScore - none.ComplexityScore).Should().Be(4);
        (four.EstimatedTokens - none.EstimatedTokens).Should().Be(4 * 80);
        four.Rationale.Should().Contain("4 assets");
    }

    [Fact]
    public void Edits_are_discounted_but_never_below_zero()
    {
        const string prompt = "a grid of cards with a chart";
        var create = Decide(prompt);
        var edit = Decide(prompt, edit: true);

        (create.ComplexityScore - edit.ComplexityScore).Should().Be(2);
        edit.Rationale.Should().EndWith("; edit -2).");
        Decide("Make it bigger", edit: true).ComplexityScore.Should().Be(0);
    }

    [Fact]
    public void The_threshold_and_weights_come_from_the_options()
    {
        var strict = new GenerationDecisionEngine(Options.Create(new GenerationDecisionOptions { JsonThenCodeThreshold = 1 }));
        var lenient = new GenerationDecisionEngine(Options.Create(new GenerationDecisionOptions { JsonThenCodeThreshold = 100 }));
        var request = new GenerationDecisionRequest("a grid with a chart", 0, PreferenceSet.Empty, false);

        strict.Decide(request).Approach.Should().Be(GenerationApproach.JsonThenCode);
        lenient.Decide(request).Approach.Should().Be(GenerationApproach.DirectCode);
    }

    [Fact]
    public void Only_the_first_characters_of_a_huge_prompt_are_analysed()
    {
        var engine = new GenerationDecisionEngine(Options.Create(new GenerationDecisionOptions { MaxAnalyzedCharacters = 100 }));
        var prompt = new string('x', 200) + " a grid with a chart, staggered one by one";

        engine.Decide(new GenerationDecisionRequest(prompt, 0, PreferenceSet.Empty, false)).ComplexityScore.Should().Be(0);
    }

    [Fact]
    public void Decisions_are_deterministic()
    {
        const string prompt = "Split screen: \"Before\" and \"After\", staggered, with a table of five rows";
        Decide(prompt, 2).Should().Be(Decide(prompt, 2));
    }

    [Fact]
    public void The_rationale_never_contains_user_text()
    {
        var decision = Decide("A grid of \"Top Secret Project Falcon\" cards, staggered, with a chart");
        decision.Rationale.Should().NotContain("Falcon");
    }

    [Fact]
    public void Invalid_requests_are_argument_errors()
    {
        FluentActions.Invoking(() => _engine.Decide(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => _engine.Decide(new GenerationDecisionRequest(null!, 0, PreferenceSet.Empty, false))).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => _engine.Decide(new GenerationDecisionRequest("x", 0, null!, false))).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => _engine.Decide(new GenerationDecisionRequest("x", -1, PreferenceSet.Empty, false))).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new GenerationDecisionEngine(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void An_empty_prompt_with_assets_is_allowed()
    {
        var decision = Decide(string.Empty, assets: 1);
        decision.Approach.Should().Be(GenerationApproach.DirectCode);
        decision.Cues.ElementCount.Should().Be(1);
    }

    [Theory]
    [MemberData(nameof(Styles.SpinlioPrompts.All), MemberType = typeof(Styles.SpinlioPrompts))]
    public void Every_prompt_of_the_sample_session_is_simple_enough_for_direct_code(string prompt, int uploads) =>
        Decide(prompt, uploads).Approach.Should().Be(GenerationApproach.DirectCode);
}
