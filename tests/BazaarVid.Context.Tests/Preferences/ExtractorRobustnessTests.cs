using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace BazaarVid.Context.Tests.Preferences;

public sealed class ExtractorRobustnessTests
{
    private const int Size = 32 * 1024;

    public static TheoryData<string, string> OddInputs => new()
    {
        { "empty", string.Empty },
        { "whitespace", " \t\r\n " },
        { "control characters", "\0\u0001\u001f\u007f fast \u0008" },
        { "lone high surrogate", "dark \ud800 mode" },
        { "lone low surrogate", "\udc00 no emojis \udfff" },
        { "handlebars", "{{#each scenes}}{{this.title}}{{/each}} {{> partial}}" },
        { "sql", "'; DROP TABLE scenes; -- 2 seconds per scene" },
        { "emoji", "🎬🔥 make it 🚀 fast, no 😀 emojis 👍" },
        { "cjk", "让它快一点，每个场景两秒。ダークモードでお願いします" },
        { "full-width latin", "ｆａｓｔ ｄａｒｋ" },
        { "right-to-left override", "\u202etsaf ti ekam\u202c" },
        { "combining marks", "da\u0301rk mo\u0308de" },
        { "only punctuation", "...!!!???;;;,,,---" },
        { "huge number", "each scene " + new string('9', 400) + " seconds" },
        { "huge bezier", "cubic-bezier(" + new string('1', 400) + ", 0, 0.2, 1)" },
        { "tiny number", "each scene 0." + new string('0', 400) + "1 seconds" },
        { "json", """{"pacing":"fast","scenes":[{"duration":2}]}""" },
        { "html", "<div style=\"color:#FF5500\">no emojis</div><script>alert(1)</script>" },
        { "url only", "https://example.com/dark/fast/2-seconds-per-scene/no-emojis.png" },
        { "windows newlines", "dark\r\nfast\r\n2 seconds per scene\r\n" },
    };

    public static TheoryData<string, string> LongInputs => new()
    {
        { "32 KB of prose", Repeat("Make the intro dark and fast, 2 seconds per scene, no emojis. ") },
        { "32 KB of one letter", new string('a', Size) },
        { "32 KB of capitals", new string('A', Size) },
        { "32 KB of dots then a letter", new string('.', Size) + "x" },
        { "font then 32 KB of spaces", "font" + new string(' ', Size) + "x" },
        { "typeface colon then spaces", "typeface:" + new string(' ', Size) + "x" },
        { "cubic-bezier then 32 KB of digits", "cubic-bezier(" + new string('1', Size) + "x" },
        { "repeated cubic-bezier openers", Repeat("cubic-bezier(0.1, ") },
        { "repeated no", Repeat("no ") },
        { "repeated not too", Repeat("not too ") + "fast" },
        { "repeated durations", Repeat("2s ") },
        { "repeated clock", Repeat("1:") },
        { "repeated hashes", Repeat("#") },
        { "repeated hex", Repeat("#fff ") },
        { "repeated urls", Repeat("http://") },
        { "repeated scene numbers", Repeat("scene 1 ") },
        { "repeated capitalised words then font", Repeat("Aa ") + "font" },
        { "repeated always show", Repeat("always show ") },
        { "repeated include in every", Repeat("include a ") + "in every scene" },
        { "repeated commas after no", "no " + Repeat("a, ") },
        { "repeated dashes", Repeat("-") },
        { "repeated rgb", Repeat("rgb(1, ") },
        { "digits and dots", Repeat("1.") },
        { "between and", Repeat("between 2 and ") + "4 seconds per scene" },
        { "long word", "x" + new string('y', Size) + " fast" },
        { "repeated newlines", Repeat("\n") },
        { "repeated apostrophes", Repeat("'a") },
        { "repeated descriptions", Repeat("it is fast ") },
        { "every scene then spaces", "every scene" + new string(' ', Size) + "x" },
        { "all then spaces", "all" + new string(' ', Size) + "x" },
        { "scene then spaces", "scene" + new string(' ', Size) + "x" },
        { "no then spaces then a digit", "no" + new string(' ', Size) + "1" },
        { "include then spaces", "include" + new string(' ', Size) + "in every scene" },
        { "bezier with spaced commas", "cubic-bezier(0" + new string(' ', Size) + ",1" },
        { "repeated unique hex colours", string.Join(' ', Enumerable.Range(0, Size / 8).Select(i => $"#{i:X6}")) },
        { "repeated unique components", "no " + string.Join(", ", Enumerable.Range(0, Size / 8).Select(i => $"thing{i}")) },
    };

    [Theory]
    [MemberData(nameof(OddInputs))]
    public void Odd_input_never_throws(string name, string text)
    {
        var act = () => PreferenceKit.Extract(text);

        act.Should().NotThrow(name).Which.Should().NotBeNull();
    }

    [Theory]
    [MemberData(nameof(LongInputs))]
    public void Adversarial_32_KB_input_completes(string name, string text)
    {
        var act = () => PreferenceKit.Extract(text);

        act.Should().NotThrow(name).Which.Should().NotBeNull();
    }

    [Fact]
    public void Null_text_is_an_argument_error() =>
        FluentActions.Invoking(() => PreferenceKit.Extract(null!)).Should().Throw<ArgumentNullException>().WithParameterName("text");

    [Fact]
    public void Null_options_are_an_argument_error() =>
        FluentActions.Invoking(() => new RuleBasedPreferenceExtractor(null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void An_fps_below_one_is_an_argument_error() =>
        FluentActions.Invoking(() => new RuleBasedPreferenceExtractor(Options.Create(new ContextOptions { Fps = 0 })))
            .Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void Empty_text_gives_the_shared_empty_extraction() =>
        PreferenceKit.Extract(string.Empty).Should().BeSameAs(PreferenceExtraction.None);

    [Fact]
    public void Urls_are_not_read_as_preferences() =>
        PreferenceKit.Extract("here https://cdn.example.com/dark/2-seconds-per-scene/no-emojis.png").Observations.Should().BeEmpty();

    [Fact]
    public void Evidence_offsets_survive_a_url_before_the_statement() =>
        PreferenceKit.Extract("see https://x.test/a.png then always show our logo").Of(PreferenceKind.PreferComponent)
            .Single().Evidence.Should().Be("always show our logo");

    [Fact]
    public void Observations_come_in_text_order()
    {
        var extraction = PreferenceKit.Extract("No emojis. 2 seconds per scene. Dark style, fast, in Inter font, navy blue.");

        extraction.Observations.Select(o => o.Kind).Should().Equal(
            PreferenceKind.AvoidComponent, PreferenceKind.SceneDuration, PreferenceKind.VisualStyle,
            PreferenceKind.Pacing, PreferenceKind.Font, PreferenceKind.Color);
    }

    [Theory]
    [InlineData("Make an intro for Spinlio, a cyber security company. Dark and fast, 2 seconds per scene, neon accents, smooth animations, no emojis, always show the logo, font: Space Grotesk, cubic-bezier(0.4, 0, 0.2, 1), 500 seconds per scene.")]
    [InlineData("not too fast; dark, not corporate, modern; navy blue and #f50; I prefer icons over emojis")]
    public void The_same_text_gives_equal_output_every_time_and_in_every_culture(string text)
    {
        var first = Serialize(PreferenceKit.Extract(text));
        var again = Serialize(PreferenceKit.Create().Extract(text));
        var cultures = new[] { "tr-TR", "de-DE", "ar-SA", "ja-JP" }.Select(name => WithCulture(name, () => Serialize(PreferenceKit.Create().Extract(text))));

        first.Should().NotBe("[]|[]");
        again.Should().Be(first);
        cultures.Should().AllBe(first);
    }

    private static string Serialize(PreferenceExtraction extraction)
    {
        var observations = extraction.Observations.Select(o => JsonSerializer.Serialize(o, ContextJsonContext.Default.PreferenceObservation));
        var rejections = extraction.Rejections.Select(r => $"{r.Kind}:{r.Evidence}:{r.Reason}");
        return "[" + string.Join(",", observations) + "]|[" + string.Join(",", rejections) + "]";
    }

    private static string WithCulture(string name, Func<string> action)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private static string Repeat(string unit) => string.Concat(Enumerable.Repeat(unit, (Size / unit.Length) + 1));
}
