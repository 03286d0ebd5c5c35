namespace BazaarVid.Brain.Tests.Styles;

public sealed class StyleQueryExtractionTests
{
    private readonly StyleAgent _agent = StyleTestKit.Agent();

    [Theory]
    [InlineData("Make an intro in the style of Apple", "Apple", StyleQueryCue.StyleOf)]
    [InlineData("Do it in the style of the Great Gatsby, with gold lines", "the Great Gatsby", StyleQueryCue.StyleOf)]
    [InlineData("Use the style of Stripe for the pricing scene", "Stripe", StyleQueryCue.StyleOf)]
    [InlineData("Create a launch video like an Apple ad", "Apple ad", StyleQueryCue.LikeAnAd)]
    [InlineData("I want something like a Nike commercial.", "Nike commercial", StyleQueryCue.LikeAnAd)]
    [InlineData("Give it a cyberpunk style", "cyberpunk", StyleQueryCue.StyleSuffix)]
    [InlineData("An art deco style poster for the gala", "art deco", StyleQueryCue.StyleSuffix)]
    [InlineData("A synthwave-style title card", "synthwave", StyleQueryCue.StyleSuffix)]
    [InlineData("Make the outro Apple-styled", "Apple", StyleQueryCue.StyleSuffix)]
    [InlineData("Vaporwave aesthetic for the outro please", "Vaporwave", StyleQueryCue.Aesthetic)]
    [InlineData("Go for a dark mode dev-tool aesthetic", "dark mode dev-tool", StyleQueryCue.Aesthetic)]
    [InlineData("Strong 80s vibes please", "80s", StyleQueryCue.Vibe)]
    [InlineData("Give the intro a cyberpunk style", "cyberpunk", StyleQueryCue.StyleSuffix)]
    [InlineData("An Art Deco-style gala invite", "Art Deco", StyleQueryCue.StyleSuffix)]
    [InlineData("Give it a Y2K vibe", "Y2K", StyleQueryCue.Vibe)]
    [InlineData("A Stripe/Linear-like feature grid", "Stripe/Linear", StyleQueryCue.LikeSuffix)]
    [InlineData("Make the product shot apple-esque", "apple", StyleQueryCue.LikeSuffix)]
    [InlineData("Intro inspired by Wes Anderson's films, please", "Wes Anderson's films", StyleQueryCue.InspiredBy)]
    [InlineData("Something similar to Linear's website and fast", "Linear's website", StyleQueryCue.SimilarTo)]
    [InlineData("It should feel like a movie trailer", "a movie trailer", StyleQueryCue.FeelsLike)]
    [InlineData("I want a scene that feels like Notion", "Notion", StyleQueryCue.FeelsLike)]
    [InlineData("Make it look like a newspaper front page", "a newspaper front page", StyleQueryCue.LooksLike)]
    [InlineData("Style: brutalist, with bold type", "brutalist", StyleQueryCue.StyleLabel)]
    [InlineData("Looks like an Apple ad to me", "Apple ad", StyleQueryCue.LikeAnAd)]
    [InlineData("A sleek, Apple-inspired intro", "Apple", StyleQueryCue.InspiredBy)]
    [InlineData("Can you do something in a Pixar style?", "Pixar", StyleQueryCue.StyleSuffix)]
    [InlineData("Make the font style italic, in the style of Apple", "Apple", StyleQueryCue.StyleOf)]
    public void Style_requests_are_found_with_their_phrase_span_and_cue(string prompt, string phrase, StyleQueryCue cue)
    {
        var query = _agent.ExtractQuery(prompt);

        query.Should().NotBeNull();
        query!.Phrase.Should().Be(phrase);
        query.Cue.Should().Be(cue);
        prompt.Substring(query.Start, query.Length).Should().Be(phrase);
        query.End.Should().Be(query.Start + query.Length);
    }

    [Theory]
    [InlineData("Add a stylesheet for the title")]
    [InlineData("Make the font style italic")]
    [InlineData("Let's go out in style with a big finale")]
    [InlineData("Use the same style as scene 1")]
    [InlineData("Change the style of the button to rounded")]
    [InlineData("Keep the writing style casual")]
    [InlineData("Add a lifestyle photo to the intro")]
    [InlineData("Freestyle the transitions")]
    [InlineData("What style are you using?")]
    [InlineData("I'd like a title card saying Hello")]
    [InlineData("It looks like the logo is cut off")]
    [InlineData("It looks like a bug")]
    [InlineData("Make it look like the previous scene")]
    [InlineData("Similar to scene 2, add a card")]
    [InlineData("Inspired by our logo colours")]
    [InlineData("I feel like adding a chart")]
    [InlineData("Make it feel like it belongs with the rest")]
    [InlineData("Give the headline an old style")]
    [InlineData("A lifelike, childlike drawing")]
    [InlineData("Make the transition style smoother")]
    [InlineData("Make a title card saying Hello")]
    [InlineData("Make a bold style headline")]
    [InlineData("Show it in a product scene similar to the dashboard")]
    [InlineData("make it more like Apple")]
    [InlineData("")]
    public void Ordinary_prompts_have_no_style_request(string prompt) => _agent.ExtractQuery(prompt).Should().BeNull();

    [Fact]
    public void Extraction_is_deterministic()
    {
        const string prompt = "Something similar to Linear's website, in a cyberpunk style";
        _agent.ExtractQuery(prompt).Should().Be(_agent.ExtractQuery(prompt));
    }

    [Fact]
    public void The_first_request_wins()
    {
        _agent.ExtractQuery("A cyberpunk style intro, then an outro in the style of Apple")!.Phrase.Should().Be("cyberpunk");
    }

    [Fact]
    public void A_null_prompt_is_an_argument_error() =>
        FluentActions.Invoking(() => _agent.ExtractQuery(null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void A_host_phrase_becomes_an_explicit_query()
    {
        var query = StyleQuery.FromPhrase("Apple");
        query.Should().Be(new StyleQuery("Apple", 0, 5, StyleQueryCue.Explicit));
        FluentActions.Invoking(() => StyleQuery.FromPhrase(" ")).Should().Throw<ArgumentException>();
    }

    [Theory]
    [MemberData(nameof(SpinlioPrompts.All), MemberType = typeof(SpinlioPrompts))]
    public void The_sample_session_has_no_style_requests(string prompt, int uploads)
    {
        _ = uploads;
        _agent.ExtractQuery(prompt).Should().BeNull();
    }
}
