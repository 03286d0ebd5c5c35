namespace BazaarVid.Context.Tests.Preferences;

public sealed class ColorAndFontExtractionTests
{
    [Theory]
    [InlineData("navy blue and gold", new[] { "navy blue", "gold" })]
    [InlineData("dark blue background", new[] { "dark blue" })]
    [InlineData("use #FF5500 as accent", new[] { "#FF5500" })]
    [InlineData("#f50 please", new[] { "#FF5500" })]
    [InlineData("rgb(255, 85, 0) for the accent", new[] { "#FF5500" })]
    [InlineData("light grey text", new[] { "light gray" })]
    [InlineData("red, white and blue", new[] { "red", "white", "blue" })]
    [InlineData("Add neon accents, like electric blue and purple", new[] { "neon", "electric blue", "purple" })]
    [InlineData("an off-white background", new[] { "off-white" })]
    [InlineData("blue text on a blue background", new[] { "blue" })]
    [InlineData("#0a0f1c background, not red", new[] { "#0A0F1C" })]
    public void Named_hex_and_rgb_colours_are_read_with_their_modifiers(string text, string[] colors) =>
        PreferenceKit.Extract(text).Values(PreferenceKind.Color).Should().Equal(colors);

    [Theory]
    [InlineData("issue #123 is fixed")]
    [InlineData("move scene #2 up")]
    [InlineData("white paper about black hat hackers")]
    [InlineData("{{#each scenes}}{{/each}}")]
    [InlineData("give it the green light")]
    [InlineData("#add a scene")]
    [InlineData("no red")]
    [InlineData("it's too blue")]
    [InlineData("#FF5500AA")]
    [InlineData("rgb(300, 0, 0)")]
    [InlineData("avoid the color red")]
    public void Numbers_hashtags_idioms_and_negated_colours_are_not_colours(string text) =>
        PreferenceKit.Extract(text).Of(PreferenceKind.Color).Should().BeEmpty();

    [Theory]
    [InlineData("font: Space Grotesk", "Space Grotesk", true)]
    [InlineData("use the Inter font", "Inter", true)]
    [InlineData("Use Lobster font", "Lobster", true)]
    [InlineData("Montserrat for headings", "Montserrat", true)]
    [InlineData("make the intro in poppins", "Poppins", false)]
    [InlineData("use Inter for body and Playfair Display for headings", "Inter", true)]
    [InlineData("typeface: Clash Display", "Clash Display", true)]
    [InlineData("set the headline font to Bebas Neue", "Bebas Neue", true)]
    [InlineData("the font should be Clash Display", "Clash Display", true)]
    [InlineData("I like the Comic Sans font", "Comic Sans", true)]
    [InlineData("Use Roboto Mono for code", "Roboto Mono", false)]
    [InlineData("use Orbitron for titles", "Orbitron", true)]
    public void Known_fonts_and_named_fonts_are_read(string text, string font, bool isExplicit)
    {
        var observation = PreferenceKit.Extract(text).Of(PreferenceKind.Font).Should().ContainSingle().Subject;

        observation.Value.Should().Be(font);
        observation.Explicit.Should().Be(isExplicit);
    }

    [Theory]
    [InlineData("inter-scene transitions")]
    [InlineData("the font is too small")]
    [InlineData("I bought a new outfit")]
    [InlineData("Georgia is a great market for us")]
    [InlineData("make the Title font bigger")]
    [InlineData("font size 24")]
    [InlineData("Bold font please")]
    public void Ambiguous_names_and_font_settings_without_a_family_are_not_fonts(string text) =>
        PreferenceKit.Extract(text).Of(PreferenceKind.Font).Should().BeEmpty();
}
