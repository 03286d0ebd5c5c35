using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace BazaarVid.Assets.Validation;

/// <summary>
/// One validation: tokenizes the code, walks the tokens once looking for media positions (JSX attributes, media
/// calls and constructors, DOM property assignments, <c>{ src: … }</c>) and URL-like literals (strings, template
/// literals, concatenations, JSX text), resolves values with <see cref="Evaluator"/> and classifies every URL with
/// <see cref="ValidationRules"/>. Not thread-safe; one instance per call.
/// </summary>
internal sealed class ScanSession : IDisposable
{
    private const int MaxLeaves = 256;
    private const int MaxShownUrl = 200;

    // Longer candidate texts are checked without remembering them (a copy of the text is the key).
    private const int MaxRememberedText = 2048;

    private static readonly SearchValues<string> ScriptSchemes = SearchValues.Create(["javascript:", "vbscript:"], StringComparison.OrdinalIgnoreCase);

    private readonly string _code;
    private readonly AssetContext _context;
    private readonly ValidationRules _rules;
    private readonly TokenCursor _c;
    private readonly Evaluator _eval;
    private readonly List<RawFinding> _findings = [];
    private readonly PooledList<RawUrl> _urls = new();
    private readonly List<JsValue> _leaves = [];
    private readonly List<(int Start, int Length)> _ranges = [];
    private readonly List<(int Start, int End)> _covered = [];
    private readonly List<int> _tags = [];
    private readonly PooledList<int> _deferred = new();
    private readonly AssetIndex _assets;
    private LineMap? _lines;
    private List<(string Label, bool Display, Dictionary<string, CandidateOutcome> Outcomes)>? _outcomes;
    private Dictionary<(int Tag, int Attribute), string>? _labels;
    private int _evaluatedUntil;

    private ScanSession(string code, AssetContext context, AssetIndex assets, ValidationRules rules, TokenBuffer tokens)
    {
        _code = code;
        _context = context;
        _assets = assets;
        _rules = rules;
        _c = new TokenCursor(code, tokens);
        _eval = new Evaluator(_c, rules.PlaceholderIdentifier);
    }

    public static AssetValidationResult Run(string code, AssetContext context, AssetIndex assets, ValidationRules rules)
    {
        using var tokens = JsLexer.Tokenize(code, out var diagnostics);
        using var session = new ScanSession(code, context, assets, rules, tokens);
        return session.Run(diagnostics);
    }

    public void Dispose()
    {
        _eval.Dispose();
        _urls.Dispose();
        _deferred.Dispose();
    }

    private AssetValidationResult Run(List<LexDiagnostic>? diagnostics)
    {
        foreach (var diagnostic in diagnostics ?? [])
        {
            Report(AssetFindingCodes.SyntaxError, true, null,
                $"The code is malformed: {diagnostic.Message}; media references after this point may not be checked.", diagnostic.Offset);
        }

        Walk();
        CheckDeferredLiterals();
        CheckRequiredAssets();
        return Build();
    }

    private void Walk()
    {
        // Only the tokens the switch below acts on (every other kind was a no-op), in order.
        var visits = _c.Visits;
        for (var v = 0; v < _c.VisitCount; v++)
        {
            var i = visits[v];
            switch (_c.Tokens[i].Kind)
            {
                case TokenKind.JsxTagStart:
                    _tags.Add(i + 1 < _c.Count && _c.Tokens[i + 1].Kind == TokenKind.JsxName ? i + 1 : -1);
                    break;
                case TokenKind.JsxTagEnd:
                case TokenKind.JsxSelfClose:
                    if (_tags.Count > 0)
                    {
                        _tags.RemoveAt(_tags.Count - 1);
                    }

                    break;
                case TokenKind.JsxName:
                    VisitAttribute(i);
                    break;
                case TokenKind.Identifier:
                    VisitIdentifier(i);
                    break;
                case TokenKind.String:
                    VisitString(i);
                    break;
                case TokenKind.Template:
                case TokenKind.TemplateHead:
                    VisitTemplate(i);
                    break;
                case TokenKind.JsxString:
                    VisitJsxString(i);
                    break;
                case TokenKind.JsxText:
                    VisitJsxText(i);
                    break;
            }
        }
    }

    private void VisitAttribute(int i)
    {
        if (_tags.Count == 0 || _tags[^1] == i || !_c.IsPunct(i + 1, "="))
        {
            return;
        }

        var tag = _tags[^1];
        var tagName = tag >= 0 ? _c.Text(tag) : [];
        if (!MediaSurface.IsMediaAttribute(tagName, _c.Text(i), out var shape))
        {
            return;
        }

        var v = i + 2;
        if (v >= _c.Count)
        {
            return;
        }

        ref var value = ref _c.Tokens[v];
        if (value.Kind == TokenKind.JsxString)
        {
            value.Flags |= TokenFlags.Consumed;
            var site = new Site(UrlReferenceKind.Media, null, tag, i, v, v + 1, shape, true);
            var (start, length) = QuotedContent(value);
            var raw = _code.AsSpan(start, length);
            if (!TextDecoding.JsxNeedsDecoding(raw))
            {
                CheckSinkText(raw, new TextOrigin(start, true), site);
            }
            else
            {
                CheckSinkText(TextDecoding.DecodeJsx(raw), new TextOrigin(start, false), site);
            }
        }
        else if (_c.IsPunct(v, "{"))
        {
            var close = _c.CloserOf(v);
            var end = close < 0 ? _c.Count : close;
            var site = new Site(UrlReferenceKind.Media, null, tag, i, v + 1, end, shape, true);
            CheckSinkValue(_eval.Evaluate(v + 1, end), site);
        }
    }

    private void VisitIdentifier(int i)
    {
        // Only an identifier followed by "(", "=" or ":" can be a media position.
        var next = i + 1;
        if (next >= _c.Count || _c.Tokens[next].Kind != TokenKind.Punct || _code[_c.Tokens[next].Start] is not ('(' or '=' or ':'))
        {
            return;
        }

        var name = _c.Text(i);
        if (_c.IsPunct(i + 1, "("))
        {
            VisitCall(i, name);
            return;
        }

        if ((_c.IsPunct(i - 1, ".") || _c.IsPunct(i - 1, "?.")) && _c.IsPunct(i + 1, "=") && MediaSurface.IsMediaProperty(name, out var shape))
        {
            var start = i + 2;
            var end = _c.ExpressionEnd(start, _c.Count);
            var label = name switch
            {
                "src" => ".src =",
                "poster" => ".poster =",
                _ => ".srcset =",
            };
            CheckSinkValue(_eval.Evaluate(start, end), new Site(UrlReferenceKind.Media, label, -1, -1, start, end, shape, true));
            return;
        }

        VisitObjectKey(i, name);
    }

    private void VisitCall(int i, ReadOnlySpan<char> name)
    {
        var open = i + 1;
        var close = _c.CloserOf(open);
        var end = close < 0 ? _c.Count : close;
        if (_c.IsIdent(i - 1, "new"))
        {
            if (MediaSurface.TryGetConstructor(name, out var constructor))
            {
                CheckCall(open, end, constructor);
            }

            return;
        }

        var isDefinition = _c.IsIdent(i - 1, "function") || (close > 0 && _c.IsPunct(close + 1, "{"));
        if (isDefinition)
        {
            return;
        }

        if (MediaSurface.TryGetCall(name, out var sink))
        {
            CheckCall(open, end, sink);
            return;
        }

        var isMember = _c.IsPunct(i - 1, ".") || _c.IsPunct(i - 1, "?.");
        if (isMember && name is "open" && MediaSurface.IsHttpMethod(FirstStringArgument(open, end)))
        {
            CheckCall(open, end, new CallSink(1, null, ValueShape.Url, "XMLHttpRequest.open()"));
        }
        else if (isMember && name is "setAttribute" && MediaSurface.IsMediaAttributeName(FirstStringArgument(open, end)))
        {
            CheckCall(open, end, new CallSink(1, null, ValueShape.Url, "setAttribute()"));
        }
    }

    private string FirstStringArgument(int open, int end)
    {
        var (start, argumentEnd) = _eval.ArgumentRange(open + 1, end, 0);
        if (start < 0 || argumentEnd != start + 1 || _c.Tokens[start].Kind != TokenKind.String)
        {
            return string.Empty;
        }

        var (contentStart, length) = QuotedContent(_c.Tokens[start]);
        return TextDecoding.CookJs(_code.AsSpan(contentStart, length));
    }

    private void CheckCall(int open, int end, CallSink sink)
    {
        var (start, argumentEnd) = _eval.ArgumentRange(open + 1, end, sink.Argument);
        if (start < 0)
        {
            return;
        }

        var site = new Site(UrlReferenceKind.Media, sink.Label, -1, -1, start, argumentEnd, sink.Shape, true);
        if (sink.Property is null)
        {
            CheckSinkValue(_eval.Evaluate(start, argumentEnd), site);
            return;
        }

        if (sink.ObjectOnly && !_c.IsPunct(start, "{"))
        {
            return;
        }

        var value = _eval.Evaluate(start, argumentEnd);
        var property = value switch
        {
            ObjectValue obj => obj.Get(sink.Property) ?? (obj.Open ? JsValue.Unknown : Evaluator.Null),
            _ => JsValue.Unknown,
        };
        CheckSinkValue(property, site);
    }

    private void VisitObjectKey(int i, ReadOnlySpan<char> key)
    {
        if (!_c.IsPunct(i + 1, ":") || !(_c.IsPunct(i - 1, "{") || _c.IsPunct(i - 1, ",")) || !_c.Tokens[i].Has(TokenFlags.InBraces))
        {
            return;
        }

        if (!MediaSurface.IsMediaProperty(key, out var shape))
        {
            return;
        }

        var start = i + 2;
        var end = _c.ExpressionEnd(start, _c.Count);
        var label = key switch
        {
            "src" => "{ src: … }",
            "poster" => "{ poster: … }",
            _ => "{ srcSet: … }",
        };

        // Object keys are media only by convention, so a value that is not known is not reported.
        CheckSinkValue(_eval.Evaluate(start, end), new Site(UrlReferenceKind.Media, label, -1, -1, start, end, shape, false));
    }

    private void VisitString(int i)
    {
        ref readonly var token = ref _c.Tokens[i];
        if (token.Has(TokenFlags.Consumed))
        {
            return;
        }

        var (start, length) = QuotedContent(token);
        var raw = _code.AsSpan(start, length);
        if (_c.IsPunct(i + 1, ":"))
        {
            VisitObjectKey(i, raw);
        }

        if (IsChainOperand(i, i + 1))
        {
            EvaluateChain(i);
            if (_c.Tokens[i].Has(TokenFlags.Consumed))
            {
                return;
            }
        }

        // Checked after the walk, so that a media position using this literal (even one further down) checks it first.
        _deferred.Add(i);
    }

    private void CheckDeferredLiterals()
    {
        foreach (var i in _deferred.Span)
        {
            ref readonly var token = ref _c.Tokens[i];
            if (token.Has(TokenFlags.Consumed))
            {
                continue;
            }

            switch (token.Kind)
            {
                case TokenKind.String:
                    {
                        var (start, length) = QuotedContent(token);
                        CheckLiteral(_code.AsSpan(start, length), start, token.Has(TokenFlags.HasEscapes), "string literal");
                        break;
                    }

                case TokenKind.Template:
                    {
                        var (start, length) = TemplateContent(token);
                        CheckLiteral(_code.AsSpan(start, length), start, token.Has(TokenFlags.HasEscapes), "template literal");
                        break;
                    }

                case TokenKind.JsxString:
                    {
                        var (start, length) = QuotedContent(token);
                        var raw = _code.AsSpan(start, length);
                        if (!TextDecoding.JsxNeedsDecoding(raw))
                        {
                            CheckCandidateText(raw, new TextOrigin(start, true), "JSX attribute", display: false);
                        }
                        else
                        {
                            CheckCandidateText(TextDecoding.DecodeJsx(raw), new TextOrigin(start, false), "JSX attribute", display: false);
                        }

                        break;
                    }
            }
        }
    }

    private void CheckLiteral(ReadOnlySpan<char> raw, int start, bool escaped, string label)
    {
        if (!escaped)
        {
            CheckCandidateText(raw, new TextOrigin(start, true), label, display: false);
        }
        else
        {
            CheckCandidateText(TextDecoding.CookJs(raw), new TextOrigin(start, false), label, display: false);
        }
    }

    private void VisitTemplate(int i)
    {
        ref readonly var token = ref _c.Tokens[i];
        if (token.Has(TokenFlags.Consumed) || i < _evaluatedUntil)
        {
            return;
        }

        var after = _c.SkipBalanced(i, _c.Count);
        if (IsChainOperand(i, after))
        {
            EvaluateChain(i);
            if (_c.Tokens[i].Has(TokenFlags.Consumed))
            {
                return;
            }
        }

        if (token.Kind == TokenKind.Template)
        {
            _deferred.Add(i);
            return;
        }

        if (TemplateNeedsEvaluation(i))
        {
            CheckCandidateValue(_eval.Template(i, out _), "template literal");
        }
    }

    private bool TemplateNeedsEvaluation(int head)
    {
        var part = head;
        for (var guard = 0; guard < 100_000; guard++)
        {
            ref readonly var token = ref _c.Tokens[part];
            var (start, length) = TemplateContent(token);
            var raw = _code.AsSpan(start, length);
            if (_rules.ContainsMarker(raw))
            {
                return true;
            }

            if (token.Kind is TokenKind.TemplateTail)
            {
                return UrlText.EndsWithMediaExtension(raw);
            }

            var next = _c.Match[part];
            if (next <= part || next >= _c.Count)
            {
                return false;
            }

            part = next;
        }

        return false;
    }

    private bool IsChainOperand(int first, int after) =>
        first >= _evaluatedUntil && (_c.IsPunct(first - 1, "+") || _c.IsPunct(after, "+"));

    private void EvaluateChain(int i)
    {
        var start = i;
        for (var guard = 0; guard < 100_000 && _c.IsPunct(start - 1, "+"); guard++)
        {
            var operand = _c.OperandStart(start - 2);
            if (operand < 0 || operand >= start)
            {
                break;
            }

            start = operand;
        }

        var value = _eval.Evaluate(start, _c.Count, out var end);
        _evaluatedUntil = Math.Max(_evaluatedUntil, end);
        CheckCandidateValue(value, "string concatenation");
    }

    private void VisitJsxString(int i)
    {
        if (!_c.Tokens[i].Has(TokenFlags.Consumed))
        {
            _deferred.Add(i);
        }
    }

    private void VisitJsxText(int i)
    {
        ref readonly var token = ref _c.Tokens[i];
        var raw = _code.AsSpan(token.Start, token.Length);
        if (!TextDecoding.JsxNeedsDecoding(raw))
        {
            CheckCandidateText(raw, new TextOrigin(token.Start, true), "JSX text", display: true);
        }
        else
        {
            CheckCandidateText(TextDecoding.DecodeJsx(raw), new TextOrigin(token.Start, false), "JSX text", display: true);
        }
    }

    private void CheckSinkValue(JsValue value, in Site site)
    {
        _leaves.Clear();
        Evaluator.Leaves(value, _leaves, MaxLeaves);
        var dynamicReported = false;
        var count = _leaves.Count;
        for (var k = 0; k < count; k++)
        {
            switch (_leaves[k])
            {
                case StrValue s:
                    MarkConsumed(s);
                    if (site.Shape == ValueShape.StaticFile)
                    {
                        CheckStaticFile(s, site);
                    }
                    else
                    {
                        CheckSinkText(s.Span, s.Position, site);
                    }

                    break;
                case StaticFileValue file:
                    {
                        var paths = new List<JsValue>();
                        Evaluator.Leaves(file.Path, paths, MaxLeaves);
                        foreach (var path in paths)
                        {
                            if (path is StrValue p)
                            {
                                MarkConsumed(p);
                                CheckStaticFile(p, site);
                            }
                            else if (!ReferenceEquals(path, Evaluator.Null) && !dynamicReported)
                            {
                                ReportDynamic(site, file.Origin);
                                dynamicReported = true;
                            }
                        }

                        break;
                    }

                case var leaf when ReferenceEquals(leaf, Evaluator.Null):
                    break;
                default:
                    if (!dynamicReported)
                    {
                        ReportDynamic(site, -1);
                        dynamicReported = true;
                    }

                    break;
            }
        }

        if (count >= MaxLeaves && !dynamicReported)
        {
            ReportDynamic(site, -1);
        }
    }

    private void CheckSinkText(ReadOnlySpan<char> text, in TextOrigin at, in Site site)
    {
        switch (site.Shape)
        {
            case ValueShape.SrcSet:
                {
                    var candidates = new List<(int Start, int Length)>();
                    UrlText.SrcSetCandidates(text, candidates);
                    foreach (var (start, length) in candidates)
                    {
                        CheckUrl(text.Slice(start, length), at.Slice(start), media: true, site, site.Kind);
                    }

                    break;
                }

            case ValueShape.Css:
                {
                    _ranges.Clear();
                    CssUrlScanner.Scan(text, _ranges);
                    var cssSite = site with { Kind = UrlReferenceKind.Css };
                    foreach (var (start, length) in _ranges)
                    {
                        CheckUrl(text.Slice(start, length), at.Slice(start), media: true, cssSite, UrlReferenceKind.Css);
                    }

                    break;
                }

            default:
                CheckUrl(text, at, media: true, site, site.Kind);
                break;
        }
    }

    private void CheckStaticFile(StrValue path, in Site site)
    {
        var file = UrlText.Trim(path.Span);
        if (path.HasHole)
        {
            ReportDynamic(site, path.Origin);
            return;
        }

        var name = file.ToString();
        var label = Label(site);
        RecordUrl(name, path.Origin, UrlReferenceKind.Media, label, null);
        if (!_rules.IsAllowedStaticFile(file))
        {
            Report(AssetFindingCodes.UnknownUrl, true, name,
                $"{label} uses staticFile(\"{Shorten(name)}\"), a file of the host's public folder, not a project asset; use one of the project's asset URLs.",
                path.Origin);
        }
    }

    /// <summary>Classifies one URL and records it (and its finding, if any).</summary>
    private void CheckUrl(ReadOnlySpan<char> text, in TextOrigin at, bool media, in Site site, UrlReferenceKind kind)
    {
        var verdict = _rules.Classify(text, media, _assets, out var asset);
        if (verdict == UrlVerdict.Ignore)
        {
            return;
        }

        if (verdict == UrlVerdict.Dynamic)
        {
            if (media)
            {
                ReportDynamic(site, at.At(LeadingTrim(text)));
            }

            return;
        }

        var trimmed = UrlText.Trim(text);
        var offset = at.At(LeadingTrim(text));
        var url = asset is not null && trimmed.SequenceEqual(asset.Url) ? asset.Url : Display(trimmed);
        var label = Label(site);
        RecordUrl(url, offset, kind, label, asset?.Id);
        var display = kind == UrlReferenceKind.DisplayText;
        if (display && !_rules.WarnOnDisplayTextUrls)
        {
            return;
        }

        if (verdict is not (UrlVerdict.Placeholder or UrlVerdict.Unknown or UrlVerdict.Forbidden or UrlVerdict.DataTooLarge))
        {
            return;
        }

        var literal = kind is UrlReferenceKind.Literal or UrlReferenceKind.DisplayText;
        var shown = display ? $"{label} shows" : $"{label} uses";
        var suffix = display ? " It is only shown as text, never loaded." : string.Empty;
        switch (verdict)
        {
            case UrlVerdict.Placeholder:
                Report(AssetFindingCodes.PlaceholderUrl, !display, url,
                    $"{shown} the placeholder URL \"{Shorten(url)}\"; use one of the project's asset URLs instead.{suffix}", offset, literal);
                break;
            case UrlVerdict.Unknown:
                Report(AssetFindingCodes.UnknownUrl, !display, url,
                    $"{shown} \"{Shorten(url)}\", which is not one of the project's asset URLs; use an asset URL exactly as listed.{suffix}", offset, literal);
                break;
            case UrlVerdict.Forbidden:
                Report(AssetFindingCodes.ForbiddenScheme, !display, url,
                    $"{shown} a {SchemeName(trimmed)}: URL, which is never allowed in scene code (only the project's asset URLs and small data:image URLs are).{suffix}", offset, literal);
                break;
            case UrlVerdict.DataTooLarge:
                Report(AssetFindingCodes.DataUrlTooLarge, !display, url,
                    $"{shown} an inline data: image of {trimmed.Length.ToString(CultureInfo.InvariantCulture)} characters; the limit is {_rules.MaxDataUrlLength.ToString(CultureInfo.InvariantCulture)}. Use an asset URL instead.{suffix}", offset, literal);
                break;
        }
    }

    private void CheckCandidateValue(JsValue value, string label)
    {
        _leaves.Clear();
        Evaluator.Leaves(value, _leaves, MaxLeaves);
        foreach (var leaf in _leaves)
        {
            if (leaf is StrValue s)
            {
                MarkConsumed(s);
                CheckCandidateText(s.Span, s.Position, label, display: false);
            }
        }
    }

    /// <summary>
    /// Looks for URLs in text that is not in a media position: CSS <c>url()</c> (which is media), a whole-string URL,
    /// absolute URLs embedded in prose or markup, placeholder tokens, and a bare media file name.
    /// </summary>
    private void CheckCandidateText(ReadOnlySpan<char> text, in TextOrigin at, string label, bool display)
    {
        if (_rules.MarkerChars is { } chars && text.IndexOfAny(chars) < 0)
        {
            return;
        }

        // Without a marker (a bare media file name), there is no CSS keyword, no "//" (so no "://") and no script
        // scheme either: every marker-based search below is skipped.
        var hasMarker = text.IndexOfAny(_rules.Markers) >= 0;
        if (!hasMarker && (display || !UrlText.IsMediaFile(text)))
        {
            return;
        }

        if (text.Length > MaxRememberedText)
        {
            CheckCandidateTextOnce(text, at, label, display, hasMarker);
            return;
        }

        // The outcome depends on the text, the label and display only, apart from offsets: check each distinct text
        // once with offsets relative to it, and place the remembered findings and URLs for every occurrence.
        var outcomes = OutcomesFor(label, display).GetAlternateLookup<ReadOnlySpan<char>>();
        if (!outcomes.TryGetValue(text, out var outcome))
        {
            var urlsBefore = _urls.Count;
            var findingsBefore = _findings.Count;
            CheckCandidateTextOnce(text, new TextOrigin(0, true), label, display, hasMarker);
            outcome = new CandidateOutcome(
                _urls.Span[urlsBefore..].ToArray(), CollectionsMarshal.AsSpan(_findings)[findingsBefore..].ToArray());
            outcomes[text] = outcome;
            _urls.Truncate(urlsBefore);
            _findings.RemoveRange(findingsBefore, _findings.Count - findingsBefore);
        }

        foreach (var url in outcome.Urls)
        {
            _urls.Add(url with { Offset = at.At(url.Offset) });
        }

        foreach (var finding in outcome.Findings)
        {
            _findings.Add(finding with { Offset = at.At(finding.Offset) });
        }
    }

    private Dictionary<string, CandidateOutcome> OutcomesFor(string label, bool display)
    {
        _outcomes ??= [];
        foreach (var (l, d, outcomes) in _outcomes)
        {
            if (ReferenceEquals(l, label) && d == display)
            {
                return outcomes;
            }
        }

        var added = new Dictionary<string, CandidateOutcome>(StringComparer.Ordinal);
        _outcomes.Add((label, display, added));
        return added;
    }

    private void CheckCandidateTextOnce(ReadOnlySpan<char> text, in TextOrigin at, string label, bool display, bool hasMarker)
    {
        var site = new Site(display ? UrlReferenceKind.DisplayText : UrlReferenceKind.Literal, label, -1, -1, -1, -1, ValueShape.Url, false);
        var kind = site.Kind;
        _covered.Clear();
        if (!display)
        {
            _ranges.Clear();
            if (hasMarker)
            {
                CssUrlScanner.Scan(text, _ranges);
            }

            var cssSite = site with { Kind = UrlReferenceKind.Css, Label = "css url()", ReportDynamic = true, ExprStart = -1 };
            foreach (var (start, length) in _ranges)
            {
                if (!IsCovered(start))
                {
                    _covered.Add((start, start + length));
                    CheckUrl(text.Slice(start, length), at.Slice(start), media: true, cssSite, UrlReferenceKind.Css);
                }
            }

            var lead = LeadingTrim(text);
            var trimmed = UrlText.Trim(text);
            var scheme = UrlText.SchemeOf(trimmed);
            var whole = scheme is UrlScheme.Data or UrlScheme.Blob or UrlScheme.File or UrlScheme.Javascript or UrlScheme.Vbscript
                || (!trimmed.ContainsAny(" \t\r\n") && (UrlText.IsHttpLike(scheme)
                    || (trimmed.StartsWith("//") && UrlText.LooksLikeHost(UrlText.HostOf(trimmed)))));
            if (whole && !IsCovered(lead))
            {
                _covered.Add((lead, lead + trimmed.Length));
                CheckUrl(trimmed, at.Slice(lead), media: false, site, kind);
            }
        }

        if (hasMarker)
        {
            ScanEmbeddedUrls(text, at, site, kind);
        }

        if (!display && hasMarker && text.IndexOfAny(ScriptSchemes) >= 0)
        {
            ScanEmbeddedScheme(text, "javascript:", at, site, kind);
            ScanEmbeddedScheme(text, "vbscript:", at, site, kind);
        }

        var reportedToken = false;
        var from = 0;
        while (from < text.Length && _rules.FindToken(text, from, out var index, out var length))
        {
            if (!IsCovered(index))
            {
                reportedToken = true;
                var token = text.Slice(index, length).ToString();
                if (!display || _rules.WarnOnDisplayTextUrls)
                {
                    Report(AssetFindingCodes.PlaceholderUrl, !display, token,
                        display
                            ? $"{label} shows the placeholder token \"{token}\". It is only shown as text, never loaded."
                            : $"{label} contains the placeholder token \"{token}\"; use one of the project's asset URLs instead.",
                        at.At(index),
                        literal: true);
                }
            }

            from = index + length;
        }

        if (!display && !reportedToken && _covered.Count == 0 && UrlText.IsMediaFile(text))
        {
            var trimmed = UrlText.Trim(text);
            if (UrlText.SchemeOf(trimmed) == UrlScheme.None && !trimmed.StartsWith("//"))
            {
                CheckUrl(trimmed, at.Slice(LeadingTrim(text)), media: true, site, kind);
            }
        }
    }

    private void ScanEmbeddedUrls(ReadOnlySpan<char> text, in TextOrigin at, in Site site, UrlReferenceKind kind)
    {
        var from = 0;
        while (from < text.Length)
        {
            var found = text[from..].IndexOf("://", StringComparison.Ordinal);
            if (found < 0)
            {
                return;
            }

            var separator = from + found;
            var start = separator;
            while (start > 0 && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] is '+' or '-' or '.'))
            {
                start--;
            }

            from = separator + 3;
            if (start == separator || IsCovered(start) || !UrlText.IsHttpLike(UrlText.SchemeOf(text[start..(separator + 1)])))
            {
                continue;
            }

            var end = UrlText.EmbeddedUrlEnd(text, separator + 3);
            _covered.Add((start, end));
            if (end > separator + 3)
            {
                CheckUrl(text[start..end], at.Slice(start), media: false, site, kind);
            }

            from = Math.Max(from, end);
        }
    }

    private void ScanEmbeddedScheme(ReadOnlySpan<char> text, string scheme, in TextOrigin at, in Site site, UrlReferenceKind kind)
    {
        var from = 0;
        while (from < text.Length)
        {
            var found = text[from..].IndexOf(scheme, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return;
            }

            var start = from + found;
            from = start + scheme.Length;
            if (IsCovered(start) || (start > 0 && char.IsAsciiLetterOrDigit(text[start - 1])))
            {
                continue;
            }

            var end = Math.Max(UrlText.EmbeddedUrlEnd(text, start), start + scheme.Length);
            _covered.Add((start, end));
            CheckUrl(text[start..end], at.Slice(start), media: false, site, kind);
            from = Math.Max(from, end);
        }
    }

    private bool IsCovered(int index)
    {
        foreach (var (start, end) in _covered)
        {
            if (index >= start && index < Math.Max(end, start + 1))
            {
                return true;
            }
        }

        return false;
    }

    private void MarkConsumed(StrValue value)
    {
        if ((uint)value.Source < (uint)_c.Count)
        {
            _c.Tokens[value.Source].Flags |= TokenFlags.Consumed;
        }

        foreach (var source in value.Sources)
        {
            if ((uint)source < (uint)_c.Count)
            {
                _c.Tokens[source].Flags |= TokenFlags.Consumed;
            }
        }
    }

    private void ReportDynamic(in Site site, int fallbackOffset)
    {
        if (!site.ReportDynamic)
        {
            return;
        }

        var offset = site.ExprStart >= 0 && site.ExprStart < _c.Count ? _c.Tokens[site.ExprStart].Start : Math.Max(0, fallbackOffset);
        var snippet = string.Empty;
        if (site.ExprStart >= 0 && site.ExprEnd > site.ExprStart)
        {
            var last = Math.Min(site.ExprEnd, _c.Count) - 1;
            var endOffset = last >= site.ExprStart ? _c.Tokens[last].End : offset;
            snippet = Snippet(_code.AsSpan(offset, Math.Max(0, endOffset - offset)));
        }

        var label = Label(site);
        var what = snippet.Length > 0 ? $" ({snippet})" : string.Empty;
        Report(AssetFindingCodes.DynamicUrl, _rules.Strict, null,
            $"{label} gets a URL computed at run time{what}, so it cannot be checked; use an asset URL literal or a constant that holds one.",
            offset);
    }

    private void CheckRequiredAssets()
    {
        if (!_rules.RequireRequiredAssets || _context.Assets.IsDefault)
        {
            return;
        }

        var required = 0;
        foreach (var asset in _context.Assets)
        {
            required += asset is { Required: true } ? 1 : 0;
        }

        if (required == 0)
        {
            return;
        }

        // A few required assets (the usual case) are looked up directly; many go through a set of the used ids.
        HashSet<string>? used = null;
        if (required > 4)
        {
            used = new HashSet<string>(StringComparer.Ordinal);
            foreach (ref readonly var url in _urls.Span)
            {
                if (url.AssetId is not null && url.Kind != UrlReferenceKind.DisplayText)
                {
                    used.Add(url.AssetId);
                }
            }
        }

        foreach (var asset in _context.Assets)
        {
            if (asset is { Required: true } && !(used?.Contains(asset.Id) ?? IsUsed(asset.Id)))
            {
                var name = asset.FileName is null ? string.Empty : $" ({asset.FileName})";
                _findings.Add(new RawFinding(AssetFindingCodes.MissingRequiredAsset, true, asset.Url,
                    $"The required asset {asset.Url}{name} is not used; the scene must use it, with its URL exactly as listed.", -1));
            }
        }
    }

    private bool IsUsed(string assetId)
    {
        foreach (ref readonly var url in _urls.Span)
        {
            if (url.Kind != UrlReferenceKind.DisplayText && string.Equals(url.AssetId, assetId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private AssetValidationResult Build()
    {
        (int Line, int Column) Locate(int offset)
        {
            if (offset < 0)
            {
                return (0, 0);
            }

            _lines ??= new LineMap(_code);
            return _lines.Locate(Math.Min(offset, _code.Length));
        }

        if (_findings.Count == 0 && _urls.Count == 0)
        {
            return new AssetValidationResult(true, [], [], []);
        }

        ImmutableArray<AssetFinding> sortedErrors = [];
        ImmutableArray<AssetFinding> sortedWarnings = [];
        if (_findings.Count > 0)
        {
            var errors = ImmutableArray.CreateBuilder<AssetFinding>();
            var warnings = ImmutableArray.CreateBuilder<AssetFinding>();
            var seen = new HashSet<(string Code, string? Url, int Line, int Column, bool Error)>();

            // At one position, a finding from a media position wins over the same finding from the literal that holds the URL.
            _findings.Sort(static (a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : a.Literal.CompareTo(b.Literal));
            foreach (var finding in _findings)
            {
                var (line, column) = Locate(finding.Offset);
                var key = (finding.Code, finding.Url, line, finding.Url is null ? column : 0, finding.Error);
                if (!seen.Add(key))
                {
                    continue;
                }

                var item = new AssetFinding(finding.Code, finding.Url, finding.Message, line, column);
                (finding.Error ? errors : warnings).Add(item);
            }

            sortedErrors = Sorted(errors);
            sortedWarnings = Sorted(warnings);
        }

        // Sorting (offset, kind, index) keys with the same comparison gives the same order as sorting the records
        // themselves (the sort only sees comparison results), without moving references around.
        var raw = _urls.Span;
        var order = ArrayPool<UrlOrder>.Shared.Rent(raw.Length);
        for (var k = 0; k < raw.Length; k++)
        {
            order[k] = new UrlOrder(raw[k].Offset, raw[k].Kind, k);
        }

        order.AsSpan(0, raw.Length).Sort(static (a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : ((int)a.Kind).CompareTo((int)b.Kind));
        var urls = ArrayPool<FoundUrl>.Shared.Rent(raw.Length);
        var kept = 0;
        var groupStart = 0;
        for (var k = 0; k < raw.Length; k++)
        {
            ref readonly var url = ref raw[order[k].Index];
            if (k == 0 || url.Offset != raw[order[k - 1].Index].Offset)
            {
                groupStart = kept;
            }

            // A URL already kept at this offset: comparing with the kept ones is comparing with all earlier ones,
            // since every dropped one equals a kept one.
            var duplicate = false;
            for (var j = groupStart; j < kept && !duplicate; j++)
            {
                duplicate = string.Equals(urls[j].Url, url.Url, StringComparison.Ordinal);
            }

            if (duplicate)
            {
                continue;
            }

            var (line, column) = Locate(url.Offset);
            urls[kept++] = new FoundUrl(url.Url, line, column, url.Kind, url.Via, url.AssetId);
        }

        ArrayPool<UrlOrder>.Shared.Return(order);
        var found = ImmutableArray.Create(urls.AsSpan(0, kept));
        urls.AsSpan(0, kept).Clear();
        ArrayPool<FoundUrl>.Shared.Return(urls);
        return new AssetValidationResult(sortedErrors.IsEmpty, sortedErrors, sortedWarnings, found);
    }

    private static ImmutableArray<AssetFinding> Sorted(ImmutableArray<AssetFinding>.Builder findings)
    {
        if (findings.Count == 0)
        {
            return [];
        }

        var array = findings.ToArray();
        Array.Sort(array, static (a, b) =>
            a.Line != b.Line ? a.Line.CompareTo(b.Line)
            : a.Column != b.Column ? a.Column.CompareTo(b.Column)
            : string.CompareOrdinal(a.Code, b.Code));
        return ImmutableArray.Create(array);
    }

    private void Report(string code, bool error, string? url, string message, int offset, bool literal = false) =>
        _findings.Add(new RawFinding(code, error, url is null ? null : Shorten(url), message, offset, literal));

    private void RecordUrl(string url, int offset, UrlReferenceKind kind, string via, string? assetId) =>
        _urls.Add(new RawUrl(url, offset, kind, via, assetId));

    private string Label(in Site site)
    {
        if (site.Label is not null)
        {
            return site.Label;
        }

        var tag = site.Tag >= 0 ? _c.Text(site.Tag) : [];
        var attribute = site.Attribute >= 0 ? _c.Text(site.Attribute) : [];
        var key = (string.GetHashCode(tag), string.GetHashCode(attribute));
        _labels ??= [];
        if (!_labels.TryGetValue(key, out var label))
        {
            label = string.Concat("<".AsSpan(), tag, " ".AsSpan(), attribute) + ">";
            _labels[key] = label;
        }

        return label;
    }

    private static int LeadingTrim(ReadOnlySpan<char> text) => UrlText.LeadingTrimLength(text);

    private static (int Start, int Length) QuotedContent(in Token token)
    {
        var length = token.Length - (token.Has(TokenFlags.Unterminated) ? 1 : 2);
        return (token.Start + 1, Math.Max(0, length));
    }

    private static (int Start, int Length) TemplateContent(in Token token)
    {
        var trailer = token.Has(TokenFlags.Unterminated) ? 0 : token.Kind is TokenKind.TemplateHead or TokenKind.TemplateMiddle ? 2 : 1;
        return (token.Start + 1, Math.Max(0, token.Length - 1 - trailer));
    }

    private static string Display(ReadOnlySpan<char> url) =>
        TextDecoding.IndexOfHole(url) < 0
            ? url.ToString()
            : url.ToString().Replace(TextDecoding.Hole.ToString(), "${…}", StringComparison.Ordinal)
                .Replace(TextDecoding.StaticHole.ToString(), "${staticFile(…)}", StringComparison.Ordinal);

    private static string Shorten(string text) =>
        text.Length <= MaxShownUrl ? text : string.Concat(text.AsSpan(0, MaxShownUrl), "…");

    private static string SchemeName(ReadOnlySpan<char> url)
    {
        var colon = url.IndexOf(':');
        if (colon <= 0)
        {
            return "forbidden";
        }

        var builder = new StringBuilder(colon);
        foreach (var c in url[..colon])
        {
            if (c > ' ')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        var scheme = builder.ToString();
        return scheme == "data" ? "non-image data" : scheme;
    }

    private static string Snippet(ReadOnlySpan<char> code)
    {
        var builder = new StringBuilder(Math.Min(code.Length, 64));
        var space = false;
        foreach (var c in code)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
            if (builder.Length >= 60)
            {
                builder.Append('…');
                break;
            }
        }

        return builder.ToString();
    }

    private readonly record struct Site(
        UrlReferenceKind Kind, string? Label, int Tag, int Attribute, int ExprStart, int ExprEnd, ValueShape Shape, bool ReportDynamic);

    private readonly record struct RawFinding(string Code, bool Error, string? Url, string Message, int Offset, bool Literal = false);

    private readonly record struct RawUrl(string Url, int Offset, UrlReferenceKind Kind, string Via, string? AssetId);

    private readonly record struct UrlOrder(int Offset, UrlReferenceKind Kind, int Index);

    /// <summary>What checking one candidate text added, offsets relative to the text.</summary>
    private sealed record CandidateOutcome(RawUrl[] Urls, RawFinding[] Findings);
}
