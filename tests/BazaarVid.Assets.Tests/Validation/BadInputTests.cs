using System.Text;
using static BazaarVid.Assets.Tests.Validation.ValidationFixtures;

namespace BazaarVid.Assets.Tests.Validation;

/// <summary>Malformed, hostile and huge input: never throws, never hangs, still finds what it can.</summary>
public sealed class BadInputTests
{
    private readonly AssetUrlValidator _validator = new();

    [Fact]
    public void Validate_throws_ArgumentNullException_for_null_code_or_context()
    {
        var nullCode = () => _validator.Validate(null!, Standard());
        var nullContext = () => _validator.Validate("x", null!);

        nullCode.Should().Throw<ArgumentNullException>().WithParameterName("code");
        nullContext.Should().Throw<ArgumentNullException>().WithParameterName("assetContext");
    }

    [Fact]
    public void Validate_throws_ArgumentException_for_invalid_options()
    {
        var perCall = () => _validator.Validate("x", Standard(), new AssetValidationOptions { MaxDataUrlBytes = -1 });
        var configured = () => new AssetUrlValidator(Microsoft.Extensions.Options.Options.Create(new AssetValidationOptions { MaxDataUrlBytes = -5 }));

        perCall.Should().Throw<ArgumentException>().WithParameterName("options").WithMessage("*MaxDataUrlBytes*");
        configured.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Validate_accepts_empty_code_and_still_reports_missing_required_assets()
    {
        _validator.Validate(string.Empty, Standard()).Should().BeEquivalentTo(new { Valid = true, Errors = Array.Empty<AssetFinding>() });

        var required = ContextOf(Asset("logo", Logo, required: true));
        _validator.Validate("   \n", required).Codes().Should().Equal(AssetFindingCodes.MissingRequiredAsset);
    }

    [Fact]
    public void Validate_accepts_a_context_with_no_assets_or_a_default_asset_array()
    {
        var empty = AssetContext.Empty("p", "c");
        var defaulted = new AssetContext("p", "c", default);

        _validator.Validate(Scene("<Img src=\"https://x.fake.io/a.png\" />"), empty).Codes().Should().Equal(AssetFindingCodes.UnknownUrl);
        _validator.Validate(Scene("<Img src=\"https://x.fake.io/a.png\" />"), defaulted).Codes().Should().Equal(AssetFindingCodes.UnknownUrl);
    }

    [Theory]
    [InlineData("const A = \"https://x.fake.io/a.png", 1, 11)]
    [InlineData("const { Img } = window.Remotion;\nconst T = `https://x.fake.io/${a}", 2, 11)]
    [InlineData("x;\n  /* never closed https://x.fake.io/a.png", 2, 3)]
    [InlineData("const e = (\n  <div>\n    <Img src=\"x\" />\n", 2, 3)]
    public void Validate_reports_an_unterminated_construct_as_a_syntax_error_at_its_start(string code, int line, int column)
    {
        var result = _validator.Validate(code, Standard());

        result.Errors.Should().Contain(e => e.Code == AssetFindingCodes.SyntaxError && e.Line == line && e.Column == column);
        result.Valid.Should().BeFalse();
    }

    [Fact]
    public void Validate_still_checks_the_url_inside_an_unterminated_string()
    {
        var result = _validator.Validate("const A = \"https://placehold.co/1\nconst B = 2;", Standard());

        result.Codes().Should().BeEquivalentTo(AssetFindingCodes.SyntaxError, AssetFindingCodes.PlaceholderUrl);
    }

    [Fact]
    public void Validate_never_throws_on_random_characters()
    {
        var random = new Random(12345);
        for (var run = 0; run < 300; run++)
        {
            var length = random.Next(0, 2000);
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = random.Next(4) == 0 ? (char)random.Next(0, 0xFFFF) : (char)random.Next(0, 128);
            }

            var code = new string(chars);
            var act = () => _validator.Validate(code, Standard());
            act.Should().NotThrow($"random input #{run} must not throw");
        }
    }

    [Fact]
    public void Validate_never_throws_on_random_sequences_of_javascript_and_jsx_fragments()
    {
        string[] pieces =
        [
            "\"", "'", "`", "${", "}", "{", "(", ")", "[", "]", "<", ">", "/>", "</", "/", "//", "/*", "*/", "\\", "\n", " ",
            "<Img src=", "src={", "https://", "x.fake.io/a.png", "+", "=", "=>", "const A = ", "A", ".map((u) => ", "staticFile(",
            "fetch(", "url(", "@import ", "\\u002F", "&#x2F;", "?", ":", ",", ";", "new ", "Worker(", ".src = ", "...", "as const",
            "data:image/png;base64,", "javascript:", "<>", "</>", "IMAGE_URL_1", "function f(a) ", "return ", "`${`${", "\r\n",
        ];
        var random = new Random(777);
        for (var run = 0; run < 500; run++)
        {
            var builder = new StringBuilder();
            var count = random.Next(1, 200);
            for (var i = 0; i < count; i++)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }

            var code = builder.ToString();
            var act = () => _validator.Validate(code, Standard());
            act.Should().NotThrow($"fragment soup #{run} must not throw: {code}");
        }
    }

    [Theory]
    [InlineData("(", ")")]
    [InlineData("[", "]")]
    [InlineData("{", "}")]
    [InlineData("`${", "}`")]
    [InlineData("<a>{", "}</a>")]
    [InlineData("!", "")]
    [InlineData("-", "")]
    [InlineData("a ? b : ", "c")]
    [InlineData("\"x\" + ", "\"y\"")]
    public void Validate_survives_deep_nesting_without_exhausting_the_stack(string open, string close)
    {
        const int depth = 50_000;
        var code = "const { Img } = window.Remotion;\nconst A = " + string.Concat(Enumerable.Repeat(open, depth)) + "\"https://x.fake.io/deep.png\""
            + string.Concat(Enumerable.Repeat(close, depth)) + ";\n<Img src={A} />;";

        var act = () => _validator.Validate(code, Standard());

        act.Should().NotThrow();
    }

    [Fact]
    public void Validate_handles_a_very_long_concatenation_chain()
    {
        var code = "const A = " + string.Join(" + ", Enumerable.Repeat("\"abcdefgh\"", 100_000)) + ";\nconst B = \"https://x.fake.io/z.png\";";

        var result = _validator.Validate(code, Standard());

        result.Errors.Should().ContainSingle().Which.Url.Should().Be("https://x.fake.io/z.png");
    }

    [Fact]
    public void Validate_handles_a_megabyte_data_url_and_a_megabyte_string()
    {
        var data = "data:image/png;base64," + new string('Q', 1024 * 1024);
        var result = _validator.Validate(Scene($"<Img src=\"{data}\" />", before: $"const S_x = \"{new string('x', 1024 * 1024)}\";"), Standard());

        result.Errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = AssetFindingCodes.DataUrlTooLarge });
        result.Errors[0].Url!.Length.Should().BeLessThan(300, "long URLs are shortened in findings");
    }

    [Fact]
    public void Validate_finds_every_url_in_a_megabyte_of_repeated_scenes()
    {
        var scene = Scene($$$"""<Img src="{{{Logo}}}" /><Img src="https://x.fake.io/a.png" /><div style={{ backgroundImage: `url(${B_x})` }} />""",
            before: "const B_x = \"https://placehold.co/1\";");
        var builder = new StringBuilder();
        var copies = 0;
        while (builder.Length < 1024 * 1024)
        {
            builder.Append(scene).Append('\n');
            copies++;
        }

        var result = _validator.Validate(builder.ToString(), Standard());

        result.Errors.Count(e => e.Code == AssetFindingCodes.UnknownUrl).Should().Be(copies);
        result.Errors.Count(e => e.Code == AssetFindingCodes.PlaceholderUrl).Should().Be(copies);
        result.UrlsFound.Count(u => u.AssetId == "a-logo").Should().Be(copies);
        result.Errors.Select(e => e.Line).Should().BeInAscendingOrder();
    }

    [Fact]
    public void Validate_resolves_names_reused_by_every_scene_of_a_megabyte_file()
    {
        var builder = new StringBuilder();
        for (var scene = 0; builder.Length < 1024 * 1024; scene++)
        {
            builder.Append(Scene(
                $$$"""{S_{{{scene}}}.map(({ src, title }) => <div key={title} style={{ backgroundImage: `url(${src})` }}><Img src={src} /></div>)}""",
                before: $"const S_{scene} = [{{ src: \"{Hero}\", title: \"a\" }}, {{ src: \"{Logo}\", title: \"b\" }}];"));
        }

        var result = _validator.Validate(builder.ToString(), Standard());

        result.Errors.Should().BeEmpty();
        result.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Validate_is_safe_to_call_concurrently_and_deterministic()
    {
        var scenes = Enumerable.Range(0, 40).Select(i => Scene(
            $$"""<Img src="{{(i % 2 == 0 ? Logo : "https://x.fake.io/" + i + ".png")}}" /><Img src={L_x[{{i % 3}}]} />""",
            before: $"const L_x = [\"{Hero}\", \"https://placehold.co/{i}\", \"{Clip}\"];")).ToArray();
        var expected = scenes.Select(s => _validator.Validate(s, Standard())).ToArray();

        var actual = new AssetValidationResult[scenes.Length * 5];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = _validator.Validate(scenes[i % scenes.Length], Standard()));

        for (var i = 0; i < actual.Length; i++)
        {
            actual[i].Should().Be(expected[i % scenes.Length]);
        }
    }
}
