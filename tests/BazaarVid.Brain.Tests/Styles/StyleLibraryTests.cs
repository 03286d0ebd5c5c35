using System.Text.Json;

namespace BazaarVid.Brain.Tests.Styles;

public sealed class StyleLibraryTests
{
    private static readonly string[] WebSafeFallbacks = ["Arial", "Helvetica", "Georgia", "'Courier New'", "\"Courier New\""];
    private static readonly string[] GenericFamilies = ["sans-serif", "serif", "monospace", "cursive"];

    public static TheoryData<string> AllKeys()
    {
        var data = new TheoryData<string>();
        foreach (var style in StyleLibrary.Default.Styles.Append(StyleLibrary.Default.Generic))
        {
            data.Add(style.Key);
        }

        return data;
    }

    private static StyleProfile Get(string key) => StyleLibrary.Default.TryGet(key, out var style) ? style : throw new KeyNotFoundException(key);

    [Fact]
    public void The_library_has_at_least_24_styles_with_distinct_kebab_case_keys()
    {
        var keys = StyleLibrary.Default.Styles.Select(s => s.Key).ToList();
        keys.Should().HaveCountGreaterThanOrEqualTo(24).And.OnlyHaveUniqueItems();
        keys.Should().OnlyContain(k => System.Text.RegularExpressions.Regex.IsMatch(k, "^[a-z0-9]+(-[a-z0-9]+)*$"));
        keys.Should().NotContain(StyleLibrary.GenericKey);
        StyleLibrary.Default.Generic.Key.Should().Be("generic");
    }

    [Fact]
    public void The_library_covers_the_styles_people_ask_for()
    {
        string[] expected =
        [
            "apple", "cyberpunk", "minimal", "corporate", "retro", "brutalist", "glassmorphism", "material", "swiss", "vaporwave",
            "pastel", "luxury", "playful", "editorial", "noir", "organic", "tech-startup", "neon", "y2k", "bauhaus", "memphis",
            "art-deco", "dark-mode", "kinetic-typography", "hand-drawn", "newspaper", "gaming",
        ];
        StyleLibrary.Default.Styles.Select(s => s.Key).Should().Contain(expected);
    }

    [Fact]
    public void Every_style_has_its_own_palette()
    {
        var palettes = StyleLibrary.Default.Styles.Append(StyleLibrary.Default.Generic).Select(s => s.Palette).ToList();
        palettes.Should().OnlyHaveUniqueItems();
        palettes.Select(p => (p.Background, p.Primary)).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [MemberData(nameof(AllKeys))]
    public void Every_palette_colour_is_hex(string key)
    {
        var p = Get(key).Palette;
        new[] { p.Background, p.Surface, p.Primary, p.Accent, p.Text, p.MutedText }
            .Should().OnlyContain(c => System.Text.RegularExpressions.Regex.IsMatch(c, "^#[0-9A-F]{6}$"));
    }

    [Theory]
    [MemberData(nameof(AllKeys))]
    public void Text_on_background_meets_WCAG_AA_and_muted_text_meets_large_text_AA(string key)
    {
        var p = Get(key).Palette;
        StyleValidation.ContrastRatio(p.Text, p.Background).Should().BeGreaterThanOrEqualTo(4.5);
        StyleValidation.ContrastRatio(p.MutedText, p.Background).Should().BeGreaterThanOrEqualTo(3.0);
    }

    [Theory]
    [MemberData(nameof(AllKeys))]
    public void Font_stacks_end_in_a_web_safe_font_and_a_generic_family(string key)
    {
        var t = Get(key).Typography;
        foreach (var stack in new[] { t.HeadingFont, t.BodyFont })
        {
            var families = stack.Split(',').Select(f => f.Trim()).ToList();
            families.Should().HaveCountGreaterThanOrEqualTo(2);
            GenericFamilies.Should().Contain(families[^1], stack);
            WebSafeFallbacks.Should().Contain(families[^2], stack);
            StyleValidation.IsValidFontStack(stack).Should().BeTrue(stack);
        }

        t.HeadingWeight.Should().BeInRange(100, 900);
    }

    [Theory]
    [MemberData(nameof(AllKeys))]
    public void Motion_has_a_valid_Remotion_easing_spring_and_pacing(string key)
    {
        var m = Get(key).Motion;
        StyleValidation.IsValidEasing(m.Easing).Should().BeTrue(m.Easing);
        m.SpringDamping.Should().BeInRange(1, 1000);
        m.SpringStiffness.Should().BeInRange(1, 1000);
        m.SpringMass.Should().BeInRange(0.1, 10);
        m.Pacing.Should().BeOneOf("fast", "medium", "slow");
    }

    [Theory]
    [MemberData(nameof(AllKeys))]
    public void Every_style_has_three_to_five_layout_principles_a_name_and_a_description(string key)
    {
        var style = Get(key);
        style.LayoutPrinciples.Length.Should().BeInRange(3, 5);
        style.LayoutPrinciples.Should().OnlyContain(p => !string.IsNullOrWhiteSpace(p));
        style.Name.Should().NotBeNullOrWhiteSpace();
        style.Description.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Styles_use_several_distinct_easings_and_pacings()
    {
        var styles = StyleLibrary.Default.Styles;
        styles.Select(s => s.Motion.Easing).Distinct().Should().HaveCountGreaterThanOrEqualTo(6);
        styles.Select(s => s.Motion.Pacing).Distinct().Should().BeEquivalentTo(["fast", "medium", "slow"]);
    }

    [Fact]
    public void TryGet_finds_keys_exactly_and_nothing_else()
    {
        StyleLibrary.Default.TryGet("art-deco", out var deco).Should().BeTrue();
        deco!.Name.Should().Be("Art Deco");
        StyleLibrary.Default.TryGet("generic", out _).Should().BeTrue();
        StyleLibrary.Default.TryGet("Art Deco", out _).Should().BeFalse();
        FluentActions.Invoking(() => StyleLibrary.Default.TryGet(null!, out _)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void A_library_refuses_a_duplicate_key()
    {
        var apple = Get("apple");
        FluentActions.Invoking(() => new StyleLibrary([apple, apple], StyleLibrary.Default.Generic))
            .Should().Throw<ArgumentException>().WithMessage("*'apple' is used twice*");
    }

    [Fact]
    public void A_library_refuses_an_alias_that_names_two_styles()
    {
        var clash = Get("minimal") with { Key = "my-minimal", Aliases = ["stripe"] };
        FluentActions.Invoking(() => new StyleLibrary([Get("tech-startup"), clash], StyleLibrary.Default.Generic))
            .Should().Throw<ArgumentException>().WithMessage("*'stripe' names both*");
    }

    [Fact]
    public void A_library_refuses_an_alias_made_only_of_filler_words()
    {
        var filler = Get("minimal") with { Aliases = ["the style"] };
        FluentActions.Invoking(() => new StyleLibrary([filler], StyleLibrary.Default.Generic))
            .Should().Throw<ArgumentException>().WithMessage("*no distinctive words*");
    }

    [Fact]
    public void A_library_refuses_an_unreadable_palette()
    {
        var unreadable = Get("minimal") with { Palette = Get("minimal").Palette with { Text = "#EEEEEE" } };
        FluentActions.Invoking(() => new StyleLibrary([unreadable], StyleLibrary.Default.Generic))
            .Should().Throw<ArgumentException>().WithMessage("*contrast*");
    }

    [Theory]
    [InlineData("Bad Key")]
    [InlineData("")]
    public void A_library_refuses_a_key_that_is_not_kebab_case(string key)
    {
        var bad = Get("minimal") with { Key = key };
        FluentActions.Invoking(() => new StyleLibrary([bad], StyleLibrary.Default.Generic)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_library_refuses_an_invalid_easing_or_font_stack()
    {
        var easing = Get("minimal") with { Motion = Get("minimal").Motion with { Easing = "t => t" } };
        var font = Get("minimal") with { Typography = Get("minimal").Typography with { HeadingFont = "Inter" } };
        FluentActions.Invoking(() => new StyleLibrary([easing], StyleLibrary.Default.Generic)).Should().Throw<ArgumentException>().WithMessage("*easing*");
        FluentActions.Invoking(() => new StyleLibrary([font], StyleLibrary.Default.Generic)).Should().Throw<ArgumentException>().WithMessage("*font*");
    }

    [Fact]
    public void A_host_library_can_add_a_brand_style()
    {
        var brand = Get("minimal") with { Key = "acme", Name = "Acme brand", Aliases = ["acme corp"] };
        var library = new StyleLibrary(StyleLibrary.Default.Styles.Append(brand), StyleLibrary.Default.Generic);
        library.Match("the Acme Corp look")!.Style.Key.Should().Be("acme");
    }

    [Fact]
    public void Styles_round_trip_through_the_source_generated_json_context()
    {
        var apple = Get("apple");
        var json = JsonSerializer.Serialize(apple, StyleJsonContext.Default.StyleProfile);
        json.Should().Contain("\"layoutPrinciples\"").And.Contain("\"mutedText\"");
        JsonSerializer.Deserialize(json, StyleJsonContext.Default.StyleProfile).Should().Be(apple);

        var entry = new StyleCacheEntry("apple", apple, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(30), 3);
        JsonSerializer.Deserialize(JsonSerializer.Serialize(entry, StyleJsonContext.Default.StyleCacheEntry), StyleJsonContext.Default.StyleCacheEntry)
            .Should().Be(entry);
    }
}
