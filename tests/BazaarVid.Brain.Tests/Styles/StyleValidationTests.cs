namespace BazaarVid.Brain.Tests.Styles;

public sealed class StyleValidationTests
{
    [Theory]
    [InlineData("#000000", "#FFFFFF", 21.0)]
    [InlineData("#FFFFFF", "#FFFFFF", 1.0)]
    [InlineData("#777777", "#FFFFFF", 4.48)]
    [InlineData("#767676", "#FFFFFF", 4.54)]
    [InlineData("#0071E3", "#FFFFFF", 4.70)]
    public void Contrast_ratio_follows_the_WCAG_formula(string foreground, string background, double expected)
    {
        StyleValidation.ContrastRatio(foreground, background).Should().BeApproximately(expected, 0.01);
        StyleValidation.ContrastRatio(background, foreground).Should().BeApproximately(expected, 0.01);
    }

    [Theory]
    [InlineData("#12ABef", true)]
    [InlineData("#123", false)]
    [InlineData("123456", false)]
    [InlineData("#12345G", false)]
    [InlineData("red", false)]
    [InlineData(null, false)]
    public void Hex_colours_must_be_six_digit(string? value, bool valid) => StyleValidation.IsHexColor(value).Should().Be(valid);

    [Fact]
    public void Contrast_of_a_non_hex_colour_is_an_argument_error() =>
        FluentActions.Invoking(() => StyleValidation.ContrastRatio("red", "#FFFFFF")).Should().Throw<ArgumentException>();

    [Theory]
    [InlineData("Inter, Helvetica, Arial, sans-serif", true)]
    [InlineData("'Playfair Display', Georgia, serif", true)]
    [InlineData("\"Fira Code\", \"Courier New\", monospace", true)]
    [InlineData("Inter, sans-serif", false)]
    [InlineData("Inter, Arial", false)]
    [InlineData("Inter", false)]
    [InlineData("Inter; } body { color: red, Arial, sans-serif", false)]
    [InlineData("x</style>, Arial, sans-serif", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Font_stacks_need_safe_characters_a_web_safe_font_and_a_generic_family(string? stack, bool valid) =>
        StyleValidation.IsValidFontStack(stack).Should().Be(valid);

    [Theory]
    [InlineData("Easing.bezier(0.16, 1, 0.3, 1)", true)]
    [InlineData("Easing.bezier(0.34, 1.56, 0.64, 1)", true)]
    [InlineData("Easing.bezier(0.68, -0.6, 0.32, 1.6)", true)]
    [InlineData("Easing.linear", true)]
    [InlineData("Easing.inOut(Easing.cubic)", true)]
    [InlineData("Easing.out(Easing.back(1.7))", true)]
    [InlineData("Easing.in(Easing.bezier(0.4, 0, 1, 1))", true)]
    [InlineData("Easing.bezier(1.5, 0, 0.2, 1)", false)]
    [InlineData("Easing.bezier(0.4, 0, 0.2)", false)]
    [InlineData("Easing.inOut(Easing.cubic", false)]
    [InlineData("Easing.cubic)", false)]
    [InlineData("Easing.linear; fetch('https://evil.example')", false)]
    [InlineData("(t) => t", false)]
    [InlineData("cubic-bezier(0.4, 0, 0.2, 1)", false)]
    [InlineData(null, false)]
    public void Easings_must_come_from_the_Remotion_grammar(string? easing, bool valid) =>
        StyleValidation.IsValidEasing(easing).Should().Be(valid);
}
