using BazaarVid.Context;

namespace BazaarVid.Brain.Tests.Styles;

public sealed class StyleMatchingTests
{
    [Theory]
    [InlineData("apple", "apple", StyleMatchKind.Exact)]
    [InlineData("APPLE", "apple", StyleMatchKind.Exact)]
    [InlineData("an Apple ad", "apple", StyleMatchKind.Exact)]
    [InlineData("Apple's keynote", "apple", StyleMatchKind.Alias)]
    [InlineData("apple-like", "apple", StyleMatchKind.Exact)]
    [InlineData("apple-esque", "apple", StyleMatchKind.Exact)]
    [InlineData("appley", "apple", StyleMatchKind.Fuzzy)]
    [InlineData("applelike", "apple", StyleMatchKind.Fuzzy)]
    [InlineData("appel", "apple", StyleMatchKind.Fuzzy)]
    [InlineData("Cyber Punk", "cyberpunk", StyleMatchKind.Exact)]
    [InlineData("cyber-punk", "cyberpunk", StyleMatchKind.Exact)]
    [InlineData("cyberpnk", "cyberpunk", StyleMatchKind.Fuzzy)]
    [InlineData("cyberpunky", "cyberpunk", StyleMatchKind.Fuzzy)]
    [InlineData("glasmorphsim", "glassmorphism", StyleMatchKind.Fuzzy)]
    [InlineData("minmal", "minimal", StyleMatchKind.Fuzzy)]
    [InlineData("minimalist", "minimal", StyleMatchKind.Alias)]
    [InlineData("brutalst", "brutalist", StyleMatchKind.Fuzzy)]
    [InlineData("vaperwave", "vaporwave", StyleMatchKind.Fuzzy)]
    [InlineData("neons", "neon", StyleMatchKind.Fuzzy)]
    [InlineData("Stripe/Linear", "tech-startup", StyleMatchKind.Alias)]
    [InlineData("Linear's website", "tech-startup", StyleMatchKind.Alias)]
    [InlineData("tech startup", "tech-startup", StyleMatchKind.Exact)]
    [InlineData("80s", "retro", StyleMatchKind.Alias)]
    [InlineData("'80s", "retro", StyleMatchKind.Alias)]
    [InlineData("1980s synthwave", "retro", StyleMatchKind.Alias)]
    [InlineData("art deco", "art-deco", StyleMatchKind.Exact)]
    [InlineData("ArtDeco", "art-deco", StyleMatchKind.Exact)]
    [InlineData("the Great Gatsby", "art-deco", StyleMatchKind.Alias)]
    [InlineData("dark mode dev-tool", "dark-mode", StyleMatchKind.Exact)]
    [InlineData("kinetic typography", "kinetic-typography", StyleMatchKind.Exact)]
    [InlineData("hand drawn", "hand-drawn", StyleMatchKind.Exact)]
    [InlineData("a newspaper front page", "newspaper", StyleMatchKind.Alias)]
    [InlineData("film noir", "noir", StyleMatchKind.Alias)]
    [InlineData("Y2K", "y2k", StyleMatchKind.Exact)]
    [InlineData("esports", "gaming", StyleMatchKind.Alias)]
    [InlineData("Material Design", "material", StyleMatchKind.Exact)]
    [InlineData("Swiss design", "swiss", StyleMatchKind.Exact)]
    [InlineData("Bauhaus", "bauhaus", StyleMatchKind.Exact)]
    [InlineData("a movie trailer", "cinematic", StyleMatchKind.Alias)]
    public void Phrases_match_library_styles(string phrase, string key, StyleMatchKind kind)
    {
        var match = StyleLibrary.Default.Match(phrase);

        match.Should().NotBeNull(phrase);
        match!.Style.Key.Should().Be(key);
        match.Kind.Should().Be(kind);
    }

    [Theory]
    [InlineData("Wes Anderson")]
    [InlineData("Studio Ghibli")]
    [InlineData("appx")]
    [InlineData("Pixar")]
    [InlineData("demo")]
    [InlineData("noen")]
    [InlineData("nike")]
    [InlineData("style")]
    [InlineData("the")]
    [InlineData("")]
    public void Unknown_phrases_do_not_match(string phrase) => StyleLibrary.Default.Match(phrase).Should().BeNull();

    [Fact]
    public void Short_terms_allow_one_edit_and_long_terms_two()
    {
        StyleLibrary.Default.Match("aplpe")!.Distance.Should().Be(1);
        StyleLibrary.Default.Match("appxx").Should().BeNull();
        StyleLibrary.Default.Match("glasmorphsim")!.Distance.Should().Be(2);
        StyleLibrary.Default.Match("glsmrphsim").Should().BeNull();
    }

    [Theory]
    [InlineData("Cyber Punk", "cyberpunk", StyleMatchKind.Exact)]
    [InlineData("Stripe/Linear", "tech-startup", StyleMatchKind.Alias)]
    [InlineData("cyberpnk", "cyberpunk", StyleMatchKind.Fuzzy)]
    public async Task The_agent_resolves_through_the_library(string phrase, string key, StyleMatchKind kind)
    {
        var query = StyleQuery.FromPhrase(phrase);
        var resolution = await StyleTestKit.Agent().ResolveAsync(query, PreferenceSet.Empty);

        resolution.Style.Key.Should().Be(key);
        resolution.Kind.Should().Be(kind);
        resolution.Query.Should().BeSameAs(query);
        resolution.MatchedTerm.Should().NotBeNullOrEmpty();
    }

    [Theory]
    [InlineData("Make an intro like an Apple ad", "apple")]
    [InlineData("A Stripe/Linear-like feature grid", "tech-startup")]
    [InlineData("Strong 80s vibes please", "retro")]
    [InlineData("Do it in the style of the Great Gatsby", "art-deco")]
    [InlineData("Make it look like a newspaper front page", "newspaper")]
    [InlineData("It should feel like a movie trailer", "cinematic")]
    public async Task Prompts_resolve_end_to_end(string prompt, string key)
    {
        var agent = StyleTestKit.Agent();
        var resolution = await agent.ResolveAsync(agent.ExtractQuery(prompt), PreferenceSet.Empty);
        resolution.Style.Key.Should().Be(key);
    }

    [Fact]
    public void Matching_a_null_phrase_is_an_argument_error() =>
        FluentActions.Invoking(() => StyleLibrary.Default.Match(null!)).Should().Throw<ArgumentNullException>();
}
