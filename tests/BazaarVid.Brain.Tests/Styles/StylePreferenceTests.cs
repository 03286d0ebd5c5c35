using BazaarVid.Context;

namespace BazaarVid.Brain.Tests.Styles;

public sealed class StylePreferenceTests
{
    private readonly StyleAgent _agent = StyleTestKit.Agent();

    [Theory]
    [InlineData("dark, minimal", "dark-mode")]
    [InlineData("minimal, dark", "dark-mode")]
    [InlineData("dark, neon", "neon")]
    [InlineData("dark, futuristic", "cyberpunk")]
    [InlineData("dark, elegant", "luxury")]
    [InlineData("light, playful", "pastel")]
    [InlineData("minimal", "minimal")]
    [InlineData("dark", "dark-mode")]
    [InlineData("neon", "neon")]
    [InlineData("retro", "retro")]
    [InlineData("elegant", "luxury")]
    [InlineData("futuristic", "cyberpunk")]
    [InlineData("playful", "playful")]
    [InlineData("corporate", "corporate")]
    [InlineData("modern", "tech-startup")]
    [InlineData("organic", "organic")]
    [InlineData("bold", "pop-art")]
    [InlineData("flat", "material")]
    [InlineData("brutalist", "brutalist")]
    [InlineData("glassmorphism", "glassmorphism")]
    [InlineData("playful, modern", "playful")]
    public async Task With_no_query_the_style_comes_from_the_visual_style_preference(string preference, string key)
    {
        var resolution = await _agent.ResolveAsync(null, StyleTestKit.VisualStyle(preference));

        resolution.Kind.Should().Be(StyleMatchKind.PreferenceDerived);
        resolution.Style.Key.Should().Be(key);
        resolution.Query.Should().BeNull();
        resolution.MatchedTerm.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task With_no_query_and_no_preference_the_style_is_generic()
    {
        var resolution = await _agent.ResolveAsync(null, PreferenceSet.Empty);

        resolution.Should().Be(new StyleResolution(StyleLibrary.Default.Generic, StyleMatchKind.Generic, null, null));
    }

    [Fact]
    public async Task An_unknown_preference_gives_the_generic_style()
    {
        (await _agent.ResolveAsync(null, StyleTestKit.VisualStyle("zany"))).Kind.Should().Be(StyleMatchKind.Generic);
    }

    [Fact]
    public async Task A_query_wins_over_the_preference()
    {
        var resolution = await _agent.ResolveAsync(StyleQuery.FromPhrase("Apple"), StyleTestKit.VisualStyle("dark, neon"));
        resolution.Style.Key.Should().Be("apple");
        resolution.Kind.Should().Be(StyleMatchKind.Exact);
    }

    [Fact]
    public async Task Preferences_learned_by_the_context_extractor_resolve()
    {
        var extractor = new RuleBasedPreferenceExtractor(Microsoft.Extensions.Options.Options.Create(new ContextOptions()));
        var extraction = extractor.Extract("I prefer a dark, minimal look for every scene.");
        var preferences = PreferenceSet.Empty.Apply(extraction.Observations, 1);

        var resolution = await _agent.ResolveAsync(null, preferences);

        resolution.Style.Key.Should().Be("dark-mode");
        resolution.Kind.Should().Be(StyleMatchKind.PreferenceDerived);
    }

    [Fact]
    public async Task Null_preferences_are_an_argument_error() =>
        await FluentActions.Awaiting(async () => await _agent.ResolveAsync(null, null!)).Should().ThrowAsync<ArgumentNullException>();
}
