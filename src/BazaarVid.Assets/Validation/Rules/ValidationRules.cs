using System.Buffers;

namespace BazaarVid.Assets.Validation;

internal enum UrlVerdict : byte
{
    /// <summary>Not a URL worth reporting (prose, a relative string outside a media position).</summary>
    Ignore,

    /// <summary>Allowed without being an asset (allowlisted host, small data image, fragment, allowed static file).</summary>
    Allowed,

    Asset,
    Placeholder,
    Unknown,
    Forbidden,
    DataTooLarge,
    Dynamic,
}

internal enum UrlScheme : byte
{
    None,
    Http,
    Https,
    Ws,
    Wss,
    Ftp,
    Data,
    Blob,
    File,
    Javascript,
    Vbscript,
    Other,
}

/// <summary>
/// The options of a validation compiled into fast lookups, plus the URL classification rules. Immutable and safe to
/// share between threads; the validator keeps one for its configured options.
/// </summary>
internal sealed class ValidationRules
{
    private readonly HashSet<string> _allowedHosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _allowedSuffixes = [];
    private readonly List<string> _placeholderHosts = [];
    private readonly List<PlaceholderToken> _tokens = [];
    private readonly HashSet<string> _placeholderFiles = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _staticFiles = new(StringComparer.Ordinal);

    private ValidationRules(AssetValidationOptions options)
    {
        Strict = options.Strict;
        MaxDataUrlLength = options.MaxDataUrlBytes;
        RequireRequiredAssets = options.RequireRequiredAssets;
        WarnOnDisplayTextUrls = options.WarnOnDisplayTextUrls;
        foreach (var host in options.AllowedHosts.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h.Trim()))
        {
            if (host.StartsWith("*.", StringComparison.Ordinal) || host.StartsWith('.'))
            {
                _allowedSuffixes.Add(host[host.IndexOf('.', StringComparison.Ordinal)..]);
            }
            else
            {
                _allowedHosts.Add(host);
            }
        }

        _placeholderHosts.AddRange(options.PlaceholderHosts.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h.Trim().TrimStart('.')));
        foreach (var token in options.PlaceholderTokens.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            var hash = token.IndexOf('#', StringComparison.Ordinal);
            _tokens.Add(hash < 0 ? new PlaceholderToken(token, false, string.Empty) : new PlaceholderToken(token[..hash], true, token[(hash + 1)..]));
        }

        foreach (var file in options.PlaceholderFileNames.Where(f => !string.IsNullOrWhiteSpace(f)))
        {
            _placeholderFiles.Add(file.Trim());
        }

        foreach (var file in options.AllowedStaticFiles.Where(f => !string.IsNullOrWhiteSpace(f)))
        {
            _staticFiles.Add(StaticFileKey(file));
        }

        var markers = new List<string> { "//", "url(", "@import", "image-set(", "javascript:", "vbscript:", "data:", "blob:", "file:" };
        markers.AddRange(_tokens.Where(t => t.Prefix.Length > 0).Select(t => t.Prefix));
        Markers = SearchValues.Create([.. markers.Distinct(StringComparer.OrdinalIgnoreCase)], StringComparison.OrdinalIgnoreCase);

        // A string can hold a marker or a media file name only if it holds one of these characters; when some
        // marker is made of letters and digits only, there is no such cheap test.
        var punctuation = new HashSet<char> { '.' };
        var prefilter = true;
        foreach (var marker in markers)
        {
            var symbols = marker.Where(c => !char.IsLetterOrDigit(c)).ToList();
            prefilter &= symbols.Count > 0;
            punctuation.UnionWith(symbols);
        }

        MarkerChars = prefilter ? SearchValues.Create([.. punctuation]) : null;
        var prefixes = _tokens.Where(t => t.Prefix.Length > 0).Select(t => t.Prefix).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        TokenPrefixes = prefixes.Length > 0 && prefixes.Length == _tokens.Count ? SearchValues.Create(prefixes, StringComparison.OrdinalIgnoreCase) : null;
    }

    public bool Strict { get; }

    public int MaxDataUrlLength { get; }

    public bool RequireRequiredAssets { get; }

    public bool WarnOnDisplayTextUrls { get; }

    /// <summary>The placeholder tokens' fixed prefixes (null when some token has none): no match, no token.</summary>
    public SearchValues<string>? TokenPrefixes { get; }

    /// <summary>Characters at least one of which any string worth a closer look contains, or null when there is no such set.</summary>
    public SearchValues<char>? MarkerChars { get; }

    /// <summary>Substrings at least one of which any string worth a closer look contains (besides media file names).</summary>
    public SearchValues<string> Markers { get; }

    /// <summary>True when <paramref name="text"/> holds one of <see cref="Markers"/> (the cheap character test first).</summary>
    public bool ContainsMarker(ReadOnlySpan<char> text) =>
        (MarkerChars is null || text.IndexOfAny(MarkerChars) >= 0) && text.IndexOfAny(Markers) >= 0;

    /// <summary>Compiles validated options.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static ValidationRules Create(AssetValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var validation = new AssetValidationOptionsValidator().Validate(null, options);
        if (validation.Failed)
        {
            throw new ArgumentException($"Invalid asset validation options: {validation.FailureMessage}", nameof(options));
        }

        return new ValidationRules(options);
    }

    public static string StaticFileKey(string path)
    {
        var key = path.Trim();
        while (key.StartsWith("./", StringComparison.Ordinal))
        {
            key = key[2..];
        }

        return key.TrimStart('/');
    }

    public bool IsAllowedStaticFile(ReadOnlySpan<char> path) => _staticFiles.Contains(StaticFileKey(path.ToString()));

    /// <summary>Classifies one URL-like value. <paramref name="media"/>: it is in a media position (relative values count).</summary>
    public UrlVerdict Classify(ReadOnlySpan<char> raw, bool media, AssetIndex assets, out Asset? asset)
    {
        asset = null;
        var text = UrlText.Trim(raw);
        if (text.IsEmpty)
        {
            return media ? UrlVerdict.Unknown : UrlVerdict.Ignore;
        }

        if (text.Length == 1 && text[0] == TextDecoding.StaticHole)
        {
            // Exactly the result of staticFile(…): checked where staticFile is called.
            return UrlVerdict.Ignore;
        }

        if (TextDecoding.IndexOfHole(text) >= 0)
        {
            return ClassifyPartial(text, media, assets);
        }

        switch (UrlText.SchemeOf(text))
        {
            case UrlScheme.Javascript:
            case UrlScheme.Vbscript:
            case UrlScheme.File:
            case UrlScheme.Blob:
                return UrlVerdict.Forbidden;
            case UrlScheme.Data:
                if (!UrlText.IsImageData(text))
                {
                    return UrlVerdict.Forbidden;
                }

                return text.Length > MaxDataUrlLength ? UrlVerdict.DataTooLarge : UrlVerdict.Allowed;
            case UrlScheme.Http:
            case UrlScheme.Https:
            case UrlScheme.Ws:
            case UrlScheme.Wss:
            case UrlScheme.Ftp:
                return ClassifyAbsolute(text, relativeScheme: false, media, assets, out asset);
            case UrlScheme.Other:
                return media ? UrlVerdict.Unknown : UrlVerdict.Ignore;
        }

        if (text.StartsWith("//"))
        {
            return media || UrlText.LooksLikeHost(UrlText.HostOf(text)) ? ClassifyAbsolute(text, relativeScheme: true, media, assets, out asset) : UrlVerdict.Ignore;
        }

        if (media && text[0] == '#')
        {
            // A same-document reference (<use href="#icon">, fill="url(#gradient)"): nothing is fetched.
            return UrlVerdict.Ignore;
        }

        if (FindToken(text, 0, out _, out _) || IsPlaceholderFile(text))
        {
            return UrlVerdict.Placeholder;
        }

        return media || UrlText.IsMediaFile(text) ? UrlVerdict.Unknown : UrlVerdict.Ignore;
    }

    private UrlVerdict ClassifyAbsolute(ReadOnlySpan<char> text, bool relativeScheme, bool media, AssetIndex assets, out Asset? asset)
    {
        asset = relativeScheme ? null : assets.FindExact(text);
        if (asset is not null)
        {
            return UrlVerdict.Asset;
        }

        var url = relativeScheme ? string.Concat("https:", text) : text.ToString();
        asset = assets.Find(url) ?? (relativeScheme ? assets.Find(string.Concat("http:", text)) : null);
        if (asset is not null)
        {
            return UrlVerdict.Asset;
        }

        if (!media && IsNamespaceUri(text))
        {
            // XML namespace names (xmlns="http://www.w3.org/2000/svg") are identifiers, never fetched.
            return UrlVerdict.Ignore;
        }

        if (!media && assets.IsBaseOfAsset(url))
        {
            // A base URL outside a media position: whatever is built from it is checked where it is used.
            return UrlVerdict.Ignore;
        }

        var host = UrlText.HostOf(text);
        if (host.IsEmpty)
        {
            return media ? UrlVerdict.Unknown : UrlVerdict.Ignore;
        }

        if (IsAllowedHost(host))
        {
            return UrlVerdict.Allowed;
        }

        return IsPlaceholderHost(host) || FindToken(text, 0, out _, out _) ? UrlVerdict.Placeholder : UrlVerdict.Unknown;
    }

    private UrlVerdict ClassifyPartial(ReadOnlySpan<char> text, bool media, AssetIndex assets)
    {
        if (FindToken(text, 0, out _, out _))
        {
            return UrlVerdict.Placeholder;
        }

        var prefix = text[..TextDecoding.IndexOfHole(text)];
        var scheme = UrlText.SchemeOf(prefix);
        switch (scheme)
        {
            case UrlScheme.Javascript:
            case UrlScheme.Vbscript:
            case UrlScheme.File:
            case UrlScheme.Blob:
                return UrlVerdict.Forbidden;
            case UrlScheme.Data:
                return UrlText.IsImageData(prefix) ? (media ? UrlVerdict.Dynamic : UrlVerdict.Ignore) : UrlVerdict.Forbidden;
            case UrlScheme.Other:
                return media ? UrlVerdict.Unknown : UrlVerdict.Ignore;
        }

        if (scheme != UrlScheme.None || prefix.StartsWith("//"))
        {
            var afterSlashes = prefix.IndexOf("//");
            var authority = afterSlashes < 0 ? ReadOnlySpan<char>.Empty : prefix[(afterSlashes + 2)..];
            if (authority.IndexOfAny('/', '?', '#') < 0)
            {
                // The host itself is computed: nothing is known.
                return media ? UrlVerdict.Dynamic : UrlVerdict.Ignore;
            }

            var host = UrlText.HostOf(prefix);
            if (IsAllowedHost(host))
            {
                return UrlVerdict.Allowed;
            }

            if (IsPlaceholderHost(host))
            {
                return UrlVerdict.Placeholder;
            }

            return assets.HasHost(host) ? (media ? UrlVerdict.Dynamic : UrlVerdict.Ignore) : UrlVerdict.Unknown;
        }

        if (prefix.IsEmpty || UrlText.CouldBeScheme(prefix))
        {
            return media ? UrlVerdict.Dynamic : UrlVerdict.Ignore;
        }

        // A relative path with a computed part can never be an asset URL.
        return media ? UrlVerdict.Unknown : UrlVerdict.Ignore;
    }

    private static bool IsNamespaceUri(ReadOnlySpan<char> url) =>
        url is "http://www.w3.org/2000/svg" or "http://www.w3.org/1999/xlink" or "http://www.w3.org/1999/xhtml"
            or "http://www.w3.org/XML/1998/namespace" or "http://www.w3.org/2000/xmlns/" or "http://www.w3.org/1998/Math/MathML";

    public bool IsAllowedHost(ReadOnlySpan<char> host)
    {
        if (_allowedHosts.Count > 0 && _allowedHosts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(host))
        {
            return true;
        }

        foreach (var suffix in _allowedSuffixes)
        {
            if (host.Length > suffix.Length && host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsPlaceholderHost(ReadOnlySpan<char> host)
    {
        foreach (var placeholder in _placeholderHosts)
        {
            if (host.EndsWith(placeholder, StringComparison.OrdinalIgnoreCase)
                && (host.Length == placeholder.Length || host[host.Length - placeholder.Length - 1] == '.'))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsPlaceholderFile(ReadOnlySpan<char> relative)
    {
        var end = relative.IndexOfAny('?', '#');
        var path = end < 0 ? relative : relative[..end];
        var slash = path.LastIndexOfAny('/', '\\');
        var name = slash < 0 ? path : path[(slash + 1)..];
        return !name.IsEmpty && _placeholderFiles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);
    }

    /// <summary>Finds the first placeholder token in <paramref name="text"/> at or after <paramref name="from"/>.</summary>
    public bool FindToken(ReadOnlySpan<char> text, int from, out int index, out int length)
    {
        index = -1;
        length = 0;
        if (TokenPrefixes is not null && (uint)from <= (uint)text.Length && text[from..].IndexOfAny(TokenPrefixes) < 0)
        {
            return false;
        }

        foreach (var token in _tokens)
        {
            var searchFrom = from;
            while (searchFrom < text.Length)
            {
                var found = token.Prefix.Length == 0 ? 0 : text[searchFrom..].IndexOf(token.Prefix, StringComparison.OrdinalIgnoreCase);
                if (found < 0)
                {
                    break;
                }

                var start = searchFrom + found;
                var end = start + token.Prefix.Length;
                if (token.Digits)
                {
                    var digits = end;
                    while (digits < text.Length && char.IsAsciiDigit(text[digits]))
                    {
                        digits++;
                    }

                    if (digits == end)
                    {
                        searchFrom = start + 1;
                        continue;
                    }

                    end = digits;
                }

                if (token.Suffix.Length > 0)
                {
                    if (!text[end..].StartsWith(token.Suffix, StringComparison.OrdinalIgnoreCase))
                    {
                        searchFrom = start + 1;
                        continue;
                    }

                    end += token.Suffix.Length;
                }

                if (index < 0 || start < index)
                {
                    index = start;
                    length = end - start;
                }

                break;
            }
        }

        return index >= 0;
    }

    /// <summary>For an undeclared identifier used as a value: the placeholder text it stands for (<c>imageUrl1</c> → <c>{imageUrl1}</c>), or null.</summary>
    public string? PlaceholderIdentifier(ReadOnlySpan<char> name)
    {
        if (name.Length is 0 or > 64 || !char.IsAsciiDigit(name[^1]))
        {
            return null;
        }

        if (FindToken(name, 0, out var index, out var length) && index == 0 && length == name.Length)
        {
            return name.ToString();
        }

        var braced = string.Concat("{", name, "}");
        return FindToken(braced, 0, out index, out length) && index == 0 && length == braced.Length ? braced : null;
    }

    private readonly record struct PlaceholderToken(string Prefix, bool Digits, string Suffix);
}
