using BazaarVid.Assets.Validation;

namespace BazaarVid.Assets.Tests.Validation;

public sealed class JsLexerTests
{
    private static List<(TokenKind Kind, string Text)> Lex(string code, out List<LexDiagnostic>? diagnostics)
    {
        using var buffer = JsLexer.Tokenize(code, out diagnostics);
        var list = new List<(TokenKind, string)>();
        for (var i = 0; i < buffer.Count; i++)
        {
            var t = buffer.Tokens[i];
            list.Add((t.Kind, code.Substring(t.Start, t.Length)));
        }

        return list;
    }

    private static List<(TokenKind Kind, string Text)> Lex(string code) => Lex(code, out _);

    [Fact]
    public void Tokenize_skips_line_and_block_comments()
    {
        var tokens = Lex("a // \"x\" `y`\n/* 'z' */ b");

        tokens.Should().Equal((TokenKind.Identifier, "a"), (TokenKind.Identifier, "b"));
    }

    [Fact]
    public void Tokenize_reads_strings_with_escaped_quotes_and_line_continuations()
    {
        var tokens = Lex("x = \"a\\\"b\" + 'c\\'d' + \"e\\\nf\"");

        tokens.Where(t => t.Kind == TokenKind.String).Select(t => t.Text)
            .Should().Equal("\"a\\\"b\"", "'c\\'d'", "\"e\\\nf\"");
    }

    [Fact]
    public void Tokenize_splits_template_literals_with_nested_substitutions()
    {
        var tokens = Lex("`a${ `b${c}d` }e${f}g`");

        tokens.Select(t => t.Kind).Should().Equal(
            TokenKind.TemplateHead, TokenKind.TemplateHead, TokenKind.Identifier, TokenKind.TemplateTail,
            TokenKind.TemplateMiddle, TokenKind.Identifier, TokenKind.TemplateTail);
        tokens[0].Text.Should().Be("`a${");
        tokens[4].Text.Should().Be("}e${");
        tokens[6].Text.Should().Be("}g`");
    }

    [Fact]
    public void Tokenize_links_template_parts_and_brackets_to_their_partners()
    {
        const string code = "f(`a${x}b${y}c`, [1])";
        using var buffer = JsLexer.Tokenize(code, out _);
        var kinds = Enumerable.Range(0, buffer.Count).Select(i => buffer.Tokens[i].Kind).ToList();
        var head = kinds.IndexOf(TokenKind.TemplateHead);
        var middle = kinds.IndexOf(TokenKind.TemplateMiddle);
        var tail = kinds.IndexOf(TokenKind.TemplateTail);

        buffer.Match[head].Should().Be(middle);
        buffer.Match[middle].Should().Be(tail);
        buffer.Match[tail].Should().Be(head);
        buffer.Match[1].Should().Be(buffer.Count - 1, "the call's ( closes at the last token");
    }

    [Theory]
    [InlineData("a = b / c / d", 0)]
    [InlineData("a = (b) / 2 / (c)", 0)]
    [InlineData("a = /x\\/y/g.test(s)", 1)]
    [InlineData("return /[/]\"/.test(s)", 1)]
    [InlineData("f(/'/, x)", 1)]
    public void Tokenize_tells_regex_literals_from_division(string code, int regexCount)
    {
        var tokens = Lex(code);

        tokens.Count(t => t.Kind == TokenKind.Regex).Should().Be(regexCount);
        tokens.Should().NotContain(t => t.Kind == TokenKind.String);
    }

    [Fact]
    public void Tokenize_reads_jsx_attributes_text_and_expression_containers()
    {
        var tokens = Lex("const e = <Img src=\"a'b\" alt={`x`}>Don't {n} stop</Img>;");

        tokens.Should().ContainInOrder(
            (TokenKind.JsxTagStart, "<"), (TokenKind.JsxName, "Img"), (TokenKind.JsxName, "src"), (TokenKind.Punct, "="),
            (TokenKind.JsxString, "\"a'b\""), (TokenKind.JsxName, "alt"), (TokenKind.Template, "`x`"), (TokenKind.JsxTagEnd, ">"),
            (TokenKind.JsxText, "Don't "), (TokenKind.Identifier, "n"), (TokenKind.JsxText, " stop"), (TokenKind.JsxCloseTag, "</Img>"),
            (TokenKind.Punct, ";"));
    }

    [Fact]
    public void Tokenize_treats_less_than_after_a_value_as_comparison_and_generic_arrows_as_code()
    {
        Lex("if (a < b) { c = d <e; }").Should().NotContain(t => t.Kind == TokenKind.JsxTagStart);
        Lex("const f = <T,>(x: T) => x;").Should().NotContain(t => t.Kind == TokenKind.JsxTagStart);
        Lex("const g = <T extends object>(x: T) => x;").Should().NotContain(t => t.Kind == TokenKind.JsxTagStart);
        Lex("return cond ? <A /> : <>b</>;").Count(t => t.Kind == TokenKind.JsxTagStart).Should().Be(2);
    }

    [Fact]
    public void Tokenize_reads_nested_jsx_inside_attribute_containers()
    {
        var tokens = Lex("x = <A icon={<Img src=\"s\" />} title='t'>{list.map(i => <B key={i} />)}</A>;");

        tokens.Count(t => t.Kind == TokenKind.JsxTagStart).Should().Be(3);
        tokens.Count(t => t.Kind == TokenKind.JsxSelfClose).Should().Be(2);
        tokens.Should().Contain((TokenKind.JsxString, "'t'"));
        tokens[^1].Should().Be((TokenKind.Punct, ";"));
    }

    [Theory]
    [InlineData("const a = \"abc", "string literal is not terminated")]
    [InlineData("const a = \"abc\nconst b = 1;", "before the end of the line")]
    [InlineData("const a = `abc ${x}", "template literal")]
    [InlineData("const a = `abc ${x", "substitution")]
    [InlineData("/* never closed", "block comment")]
    [InlineData("x = <div><span>text</div>", "JSX element")]
    [InlineData("x = <Img src=\"abc />;", "JSX attribute string")]
    public void Tokenize_reports_unterminated_constructs_without_throwing(string code, string message)
    {
        var act = () => Lex(code, out _);

        act.Should().NotThrow();
        Lex(code, out var diagnostics);
        diagnostics.Should().NotBeNull();
        diagnostics!.Should().Contain(d => d.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Tokenize_handles_a_hashbang_and_non_ascii_identifiers()
    {
        Lex("#!/usr/bin/env node\nconst café = 'ü';").Should().Equal(
            (TokenKind.Identifier, "const"), (TokenKind.Identifier, "café"), (TokenKind.Punct, "="), (TokenKind.String, "'ü'"), (TokenKind.Punct, ";"));
    }

    [Fact]
    public void Tokenize_marks_tokens_after_a_line_break()
    {
        using var buffer = JsLexer.Tokenize("a\n/* x\n */ b c", out _);

        buffer.Tokens[1].Has(TokenFlags.NewlineBefore).Should().BeTrue();
        buffer.Tokens[2].Has(TokenFlags.NewlineBefore).Should().BeFalse();
    }
}
