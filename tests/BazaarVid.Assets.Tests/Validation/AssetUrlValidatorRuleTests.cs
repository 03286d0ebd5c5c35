using static BazaarVid.Assets.Tests.Validation.ValidationFixtures;

namespace BazaarVid.Assets.Tests.Validation;

/// <summary>One test (or theory) per rule of the validator.</summary>
public sealed class AssetUrlValidatorRuleTests
{
    [Fact]
    public void Validate_accepts_a_scene_that_uses_only_asset_urls()
    {
        var result = Validate(Scene($"""<Img src="{Logo}" /><Video src="{Clip}" /><Audio src="{Music}" />"""));

        result.Valid.Should().BeTrue();
        result.Errors.Should().BeEmpty();
        result.Warnings.Should().BeEmpty();
        result.UrlsFound.Select(u => u.AssetId).Should().Equal("a-logo", "a-clip", "a-music");
        result.UrlsFound.Should().OnlyContain(u => u.Kind == UrlReferenceKind.Media && u.IsAsset);
    }

    [Theory]
    [InlineData("https://placeholder.com/300")]
    [InlineData("https://via.placeholder.com/300x200")]
    [InlineData("http://placehold.it/350x150")]
    [InlineData("https://placehold.co/600x400/png")]
    [InlineData("http://lorempixel.com/400/200")]
    [InlineData("https://dummyimage.com/600x400/000/fff")]
    [InlineData("https://picsum.photos/seed/x/200")]
    [InlineData("https://source.unsplash.com/random")]
    [InlineData("https://images.unsplash.com/photo-1?w=800")]
    [InlineData("https://example.com/logo.png")]
    [InlineData("https://cdn.example.org/logo.png")]
    [InlineData("https://app.bazaarvid.test/api/placeholder/400/300")]
    [InlineData("/api/placeholder/64/64")]
    [InlineData("IMAGE_URL_12")]
    [InlineData("{imageUrl3}")]
    [InlineData("https://mycompany.com/your-logo-here.svg")]
    [InlineData("logo.png")]
    [InlineData("/static/LOGO.PNG")]
    public void Validate_reports_a_placeholder_url_in_a_media_position(string url)
    {
        var result = Validate(Scene($"""<Img src="{url}" />"""));

        result.Codes().Should().Equal(AssetFindingCodes.PlaceholderUrl);
    }

    [Theory]
    [InlineData("https://notexample.com/a.png")]
    [InlineData("https://example.com.evil.io/a.png")]
    [InlineData("https://cdn.fakeassets.io/logo.png")]
    public void Validate_reports_a_lookalike_of_a_placeholder_host_as_unknown(string url)
    {
        Validate(Scene($"""<Img src="{url}" />""")).Codes().Should().Equal(AssetFindingCodes.UnknownUrl);
    }

    [Fact]
    public void Validate_allows_an_asset_whose_url_is_on_a_placeholder_host()
    {
        var context = ContextOf(Asset("u", "https://images.unsplash.com/photo-42?w=1920", required: true));

        Validate(Scene("""<Img src="https://images.unsplash.com/photo-42?w=1920" />"""), context).Valid.Should().BeTrue();
    }

    [Fact]
    public void Validate_uses_configured_placeholder_hosts_tokens_and_file_names()
    {
        var options = new AssetValidationOptions();
        options.PlaceholderHosts.Clear();
        options.PlaceholderHosts.Add("stock.test");
        options.PlaceholderTokens.Clear();
        options.PlaceholderTokens.Add("__ASSET_#__");
        options.PlaceholderFileNames.Clear();
        options.PlaceholderFileNames.Add("brand.png");

        Validate(Scene("""<Img src="https://img.stock.test/a.png" />"""), options: options).Codes().Should().Equal(AssetFindingCodes.PlaceholderUrl);
        Validate(Scene("""<Img src="__ASSET_7__" />"""), options: options).Codes().Should().Equal(AssetFindingCodes.PlaceholderUrl);
        Validate(Scene("""<Img src="img/brand.png" />"""), options: options).Codes().Should().Equal(AssetFindingCodes.PlaceholderUrl);
        Validate(Scene("""<Img src="https://placehold.co/1" />"""), options: options).Codes().Should().Equal(AssetFindingCodes.UnknownUrl);
    }

    [Theory]
    [InlineData("HTTPS://CDN.BAZAARVID.TEST/p1/logo.png")]
    [InlineData("https://cdn.bazaarvid.test:443/p1/logo.png")]
    [InlineData("https://cdn.bazaarvid.test/p1/logo.png#top")]
    public void Validate_matches_asset_urls_after_normalization(string url)
    {
        var result = Validate(Scene($"""<Img src="{url}" />"""));

        result.Valid.Should().BeTrue();
        result.UrlsFound.Single().AssetId.Should().Be("a-logo");
    }

    [Fact]
    public void Validate_matches_percent_escapes_in_the_path_case_insensitively_but_keeps_the_query_verbatim()
    {
        var context = ContextOf(Asset("s", "https://cdn.bazaarvid.test/p1/my%2flogo.png?sig=Ab%2fC"));

        Validate(Scene("""<Img src="https://cdn.bazaarvid.test/p1/my%2Flogo.png?sig=Ab%2fC" />"""), context).Valid.Should().BeTrue();
        Validate(Scene("""<Img src="https://cdn.bazaarvid.test/p1/my%2flogo.png?sig=Ab%2FC" />"""), context).Codes()
            .Should().Equal(AssetFindingCodes.UnknownUrl);
    }

    [Fact]
    public void Validate_reports_an_unknown_url_with_its_position_and_a_repair_message()
    {
        var code = "const { Img } = window.Remotion;\nexport default function S() {\n  return <Img src=\"https://cdn.fakeassets.io/a.png\" />;\n}";

        var error = Validate(code).Errors.Single();

        error.Should().BeEquivalentTo(new { Code = AssetFindingCodes.UnknownUrl, Url = "https://cdn.fakeassets.io/a.png", Line = 3, Column = 20 });
        error.Message.Should().Contain("<Img src>").And.Contain("not one of the project's asset URLs");
    }

    [Fact]
    public void Validate_allows_allowlisted_hosts_exactly_or_by_wildcard()
    {
        var options = new AssetValidationOptions { AllowedHosts = { "fonts.gstatic.com", "*.brand.test" } };

        Validate(Scene("""<Img src="https://fonts.gstatic.com/a.woff2" /><Img src="https://cdn.brand.test/x.png" />"""), options: options).Valid.Should().BeTrue();
        Validate(Scene("""<Img src="https://brand.test/x.png" />"""), options: options).Codes().Should().Equal(AssetFindingCodes.UnknownUrl);
        Validate(Scene("""<Img src="https://gstatic.com/x.png" />"""), options: options).Codes().Should().Equal(AssetFindingCodes.UnknownUrl);
    }

    [Fact]
    public void Validate_lets_an_allowlisted_host_win_over_the_placeholder_list()
    {
        var options = new AssetValidationOptions { AllowedHosts = { "images.unsplash.com" } };

        Validate(Scene("""<Img src="https://images.unsplash.com/photo-9" />"""), options: options).Valid.Should().BeTrue();
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("  JavaScript:alert(1)")]
    [InlineData("java&#x9;script:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("blob:https://app.bazaarvid.test/5d0c")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("data:application/javascript,alert(1)")]
    public void Validate_reports_forbidden_schemes(string url)
    {
        Validate(Scene($"""<Img src="{url}" />""")).Codes().Should().Equal(AssetFindingCodes.ForbiddenScheme);
    }

    [Fact]
    public void Validate_reports_a_javascript_url_anywhere_in_code()
    {
        var result = Validate(Scene($"""<a href="javascript:void(0)">x</a><Img src="{Logo}" />""", before: "const GO_x = 'javascript:run()';"));

        result.Errors.Should().HaveCount(2).And.OnlyContain(e => e.Code == AssetFindingCodes.ForbiddenScheme);
    }

    [Fact]
    public void Validate_allows_a_small_data_image_and_rejects_a_large_one_with_the_configured_cap()
    {
        var small = "data:image/png;base64," + new string('A', 1000);
        var large = "data:image/png;base64," + new string('A', 17 * 1024);

        Validate(Scene($"""<Img src="{small}" />""")).Valid.Should().BeTrue();
        Validate(Scene($"""<Img src="{large}" />""")).Codes().Should().Equal(AssetFindingCodes.DataUrlTooLarge);
        Validate(Scene($"""<Img src="{small}" />"""), options: new AssetValidationOptions { MaxDataUrlBytes = 500 }).Codes()
            .Should().Equal(AssetFindingCodes.DataUrlTooLarge);
        Validate(Scene($"""<Img src="{large}" />"""), options: new AssetValidationOptions { MaxDataUrlBytes = 64 * 1024 }).Valid.Should().BeTrue();
    }

    [Fact]
    public void Validate_reports_a_missing_required_asset_without_a_position()
    {
        var context = ContextOf(Asset("logo", Logo, AssetType.Logo, required: true, fileName: "logo.png"), Asset("hero", Hero));

        var error = Validate(Scene($"""<Img src="{Hero}" />"""), context).Errors.Single();

        error.Should().BeEquivalentTo(new { Code = AssetFindingCodes.MissingRequiredAsset, Url = Logo, Line = 0, Column = 0 });
        error.Message.Should().Contain("logo.png");
    }

    [Fact]
    public void Validate_does_not_count_a_required_asset_that_is_only_in_a_comment_or_in_jsx_text()
    {
        var context = ContextOf(Asset("logo", Logo, required: true), Asset("hero", Hero));
        var code = Scene($$"""<p>{{Logo}}</p><Img src="{{Hero}}" />{/* <Img src="{{Logo}}" /> */}""");

        Validate(code, context).Errors.Should().ContainSingle(e => e.Code == AssetFindingCodes.MissingRequiredAsset);
    }

    [Fact]
    public void Validate_counts_a_required_asset_used_through_a_constant_and_can_skip_the_required_check()
    {
        var context = ContextOf(Asset("logo", Logo, required: true));

        Validate(Scene("<Img src={LOGO_x} />", before: $"const LOGO_x = \"{Logo}\";"), context).Valid.Should().BeTrue();
        Validate(Scene("<p>no media</p>"), context, new AssetValidationOptions { RequireRequiredAssets = false }).Valid.Should().BeTrue();
    }

    [Fact]
    public void Validate_warns_about_a_dynamic_media_url_and_fails_it_under_strict()
    {
        var code = Scene("<Img src={props.logo} /><Img src={getUrl()} />");

        var lenient = Validate(code);
        var strict = Validate(code, options: new AssetValidationOptions { Strict = true });

        lenient.Valid.Should().BeTrue();
        lenient.Warnings.Select(w => w.Code).Should().Equal(AssetFindingCodes.DynamicUrl, AssetFindingCodes.DynamicUrl);
        lenient.Warnings[0].Message.Should().Contain("props.logo");
        strict.Codes().Should().Equal(AssetFindingCodes.DynamicUrl, AssetFindingCodes.DynamicUrl);
    }

    [Fact]
    public void Validate_treats_null_and_undefined_media_values_as_no_media()
    {
        var result = Validate(Scene($"<Img src={{frame > 10 ? \"{Logo}\" : undefined}} /><Img src={{null}} />"));

        result.Valid.Should().BeTrue();
        result.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Validate_reports_a_partly_computed_url_by_what_is_known_of_it()
    {
        Validate(Scene("<Img src={`https://cdn.fakeassets.io/${name}.png`} />")).Codes().Should().Equal(AssetFindingCodes.UnknownUrl);
        Validate(Scene("<Img src={`https://placehold.co/${w}x${h}`} />")).Codes().Should().Equal(AssetFindingCodes.PlaceholderUrl);
        Validate(Scene("<Img src={`/images/${name}.png`} />")).Codes().Should().Equal(AssetFindingCodes.UnknownUrl);

        var sameHost = Validate(Scene("<Img src={`https://cdn.bazaarvid.test/p1/${name}`} />"));
        sameHost.Valid.Should().BeTrue();
        sameHost.Warnings.Select(w => w.Code).Should().Equal(AssetFindingCodes.DynamicUrl);
        Validate(Scene("<Img src={`${base}/logo.png`} />")).Warnings.Select(w => w.Code).Should().Equal(AssetFindingCodes.DynamicUrl);
    }

    [Fact]
    public void Validate_reports_staticFile_as_unknown_unless_the_file_is_allowed()
    {
        var code = Scene("""<Img src={staticFile("/images/brand.png")} />""");

        var result = Validate(code);
        result.Errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = AssetFindingCodes.UnknownUrl, Url = "/images/brand.png" });
        result.Errors[0].Message.Should().Contain("public folder");
        Validate(code, options: new AssetValidationOptions { AllowedStaticFiles = { "images/brand.png" } }).Valid.Should().BeTrue();
    }

    [Fact]
    public void Validate_ignores_urls_in_comments()
    {
        var code = Scene($$"""<Img src="{{Logo}}" />{/* <Img src="https://placehold.co/1" /> */}""",
            before: "// const A = \"https://fake.io/a.png\";\n/* <Img src=\"https://example.com/x.png\" /> */");

        var result = Validate(code);

        result.Valid.Should().BeTrue();
        result.UrlsFound.Should().ContainSingle();
    }

    [Fact]
    public void Validate_reports_a_url_in_jsx_text_as_a_warning_only_and_can_be_told_not_to()
    {
        var code = Scene($"""<p>See https://spinlio.com/pricing, or IMAGE_URL_1.</p><Img src="{Logo}" />""");

        var result = Validate(code);
        result.Valid.Should().BeTrue();
        result.Warnings.Select(w => (w.Code, w.Url)).Should().Equal(
            (AssetFindingCodes.UnknownUrl, "https://spinlio.com/pricing"), (AssetFindingCodes.PlaceholderUrl, "IMAGE_URL_1"));
        result.UrlsFound.Should().Contain(u => u.Kind == UrlReferenceKind.DisplayText && u.Url == "https://spinlio.com/pricing");
        Validate(code, options: new AssetValidationOptions { WarnOnDisplayTextUrls = false }).Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Validate_reports_an_absolute_url_hidden_in_a_constant_outside_any_media_position()
    {
        var result = Validate(Scene($"""<Img src="{Logo}" />""", before: "const SITE_x = \"https://spinlio-promo.com\";"));

        result.Errors.Single().Should().BeEquivalentTo(new { Code = AssetFindingCodes.UnknownUrl, Url = "https://spinlio-promo.com" });
        result.UrlsFound.Should().Contain(u => u.Kind == UrlReferenceKind.Literal);
    }

    [Fact]
    public void Validate_does_not_report_svg_namespace_names_or_a_base_of_asset_urls()
    {
        var code = Scene("""<svg xmlns="http://www.w3.org/2000/svg"><image href={BASE_x + "/logo.png"} /></svg>""",
            before: "const BASE_x = \"https://cdn.bazaarvid.test/p1\"; const ROOT_x = \"https://cdn.bazaarvid.test/p1/\";");

        Validate(code).Valid.Should().BeTrue();
    }

    [Fact]
    public void Validate_ignores_same_document_fragment_references()
    {
        var result = Validate(Scene($$$"""<svg><use href="#icon" /><rect fill="url(#grad)" style={{ mask: "url(#m)" }} /></svg><Img src="{{{Logo}}}" />"""));

        result.Valid.Should().BeTrue();
        result.UrlsFound.Select(u => u.Url).Should().Equal(Logo);
    }

    [Fact]
    public void Validate_resolves_constants_concatenations_templates_arrays_and_objects()
    {
        var code = Scene(
            "<Img src={A_x} /><Img src={B_x + \"/hero.jpg\"} /><Img src={`${B_x}/clip.mp4`} /><Img src={L_x[1]} />" +
            "<Img src={O_x.m} /><Img src={O_x[\"f\"]} />",
            before: $"const A_x = \"{Logo}\"; const B_x = \"https://\" + \"cdn.bazaarvid.test\" + \"/p1\"; " +
                    $"const L_x = [\"x\", \"{Music}\"]; const O_x = {{ m: \"{Music}\", f: `{Font}` }};");

        var result = Validate(code);

        result.Codes().Should().BeEmpty();
        result.UrlsFound.Where(u => u.Kind == UrlReferenceKind.Media).Select(u => u.AssetId).Distinct()
            .Should().BeEquivalentTo("a-logo", "a-hero", "a-clip", "a-music", "a-font");
    }

    [Fact]
    public void Validate_resolves_array_elements_mapped_into_an_img_even_through_destructuring()
    {
        var good = Scene("{ITEMS_x.map(({ src }) => <Img src={src} />)}", before: $"const ITEMS_x = [{{ src: \"{Logo}\" }}, {{ src: \"{Hero}\" }}];");
        var bad = Scene("{NAMES_x.map((n) => <Img key={n} src={n} />)}", before: "const NAMES_x = [\"team\", \"office\"];");

        Validate(good).Valid.Should().BeTrue();
        Validate(bad).Errors.Select(e => e.Url).Should().BeEquivalentTo("team", "office");
    }

    [Fact]
    public void Validate_prefers_the_innermost_declaration_of_a_name()
    {
        var code = Scene("<Img src={src} />",
            before: "const src = \"https://cdn.fakeassets.io/outer.png\";\nfunction Inner_x() { const src = \"" + Logo + "\"; return <Img src={src} />; }");

        var result = Validate(code);

        result.Errors.Select(e => e.Url).Should().Equal("https://cdn.fakeassets.io/outer.png");
        result.Errors.Single().Line.Should().Be(2);
    }

    [Fact]
    public void Validate_reports_an_unresolvable_identifier_that_names_a_placeholder()
    {
        Validate(Scene("<Img src={imageUrl1} /><Img src={IMAGE_URL_2} />")).Errors.Select(e => e.Url)
            .Should().Equal("{imageUrl1}", "IMAGE_URL_2");
    }

    [Fact]
    public void Validate_reports_a_relative_media_file_literal_that_no_media_position_uses()
    {
        Validate(Scene($"""<Img src="{Logo}" />""", before: "const FILES_x = ['intro.mp4'];")).Errors.Single().Url.Should().Be("intro.mp4");
    }

    [Fact]
    public void Validate_reports_every_srcset_candidate_and_css_url_individually()
    {
        var result = Validate(Scene($$$"""
            <img srcSet="{{{Logo}}} 1x, https://a.fake.io/2.png 2x,https://b.fake.io/3.png 3x" />
            <div style={{ background: "url(https://c.fake.io/bg.png), url('{{{Hero}}}')", maskImage: `url("https://d.fake.io/m.svg")` }} />
            """));

        result.Errors.Select(e => e.Url).Should().Equal("https://a.fake.io/2.png", "https://b.fake.io/3.png", "https://c.fake.io/bg.png", "https://d.fake.io/m.svg");
        result.UrlsFound.Where(u => u.IsAsset).Select(u => u.AssetId).Should().Equal("a-logo", "a-hero");
    }

    [Fact]
    public void Validate_reports_findings_sorted_by_position_with_correct_columns_after_tabs_and_crlf()
    {
        var code = "const { Img } = window.Remotion;\r\nconst A = \"https://a.fake.io/1.png\";\r\n\tconst B = `x ${\"y\"} https://b.fake.io/2.png`;\r\nexport default () => <Img\r\n\tsrc=\"https://placehold.co/3\" />;";

        var errors = Validate(code).Errors;

        errors.Select(e => (e.Line, e.Column)).Should().Equal((2, 12), (3, 22), (5, 7));
        errors.Select(e => e.Code).Should().Equal(AssetFindingCodes.UnknownUrl, AssetFindingCodes.UnknownUrl, AssetFindingCodes.PlaceholderUrl);
    }

    [Fact]
    public void Validate_points_at_the_url_inside_a_literal_that_has_text_before_it()
    {
        var code = "const CSS = \"body { background: url(https://x.fake.io/a.png) }\";";

        var error = Validate(code).Errors.Single();

        error.Column.Should().Be(code.IndexOf("https", StringComparison.Ordinal) + 1);
        error.Line.Should().Be(1);
    }
}
