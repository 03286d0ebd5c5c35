namespace BazaarVid.Assets.Validation;

/// <summary>Span helpers for URL text, following what browsers do (leading/trailing C0 and spaces trimmed, tabs and newlines ignored).</summary>
internal static class UrlText
{
    /// <summary>Trims what the URL parser trims: C0 controls and spaces (and other JS white space) at both ends.</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsTrimmed(text[start]))
        {
            start++;
        }

        while (end > start && IsTrimmed(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    /// <summary>How many characters <see cref="Trim"/> removes at the start.</summary>
    public static int LeadingTrimLength(ReadOnlySpan<char> text)
    {
        var start = 0;
        while (start < text.Length && IsTrimmed(text[start]))
        {
            start++;
        }

        return start == text.Length ? 0 : start;
    }

    private static bool IsTrimmed(char c) => c <= ' ' || c is '\u00A0' or '\uFEFF' or '\u2028' or '\u2029';

    /// <summary>The scheme of <paramref name="text"/>, ignoring tabs and newlines inside it as browsers do.</summary>
    public static UrlScheme SchemeOf(ReadOnlySpan<char> text)
    {
        Span<char> scheme = stackalloc char[12];
        var length = 0;
        var i = 0;
        while (i < text.Length && text[i] <= ' ')
        {
            i++;
        }

        if (i >= text.Length || !char.IsAsciiLetter(text[i]))
        {
            return UrlScheme.None;
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\t' or '\n' or '\r')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')
            {
                if (length < scheme.Length)
                {
                    scheme[length] = char.ToLowerInvariant(c);
                }

                length++;
                continue;
            }

            break;
        }

        if (i >= text.Length || text[i] != ':')
        {
            return UrlScheme.None;
        }

        if (length > scheme.Length)
        {
            return UrlScheme.Other;
        }

        return scheme[..length] switch
        {
            "http" => UrlScheme.Http,
            "https" => UrlScheme.Https,
            "ws" => UrlScheme.Ws,
            "wss" => UrlScheme.Wss,
            "ftp" => UrlScheme.Ftp,
            "data" => UrlScheme.Data,
            "blob" => UrlScheme.Blob,
            "file" => UrlScheme.File,
            "javascript" => UrlScheme.Javascript,
            "vbscript" => UrlScheme.Vbscript,
            _ => UrlScheme.Other,
        };
    }

    public static bool IsHttpLike(UrlScheme scheme) => scheme is UrlScheme.Http or UrlScheme.Https or UrlScheme.Ws or UrlScheme.Wss or UrlScheme.Ftp;

    /// <summary>True for <c>data:image/…</c> (the MIME type compared case-insensitively).</summary>
    public static bool IsImageData(ReadOnlySpan<char> text)
    {
        var colon = text.IndexOf(':');
        if (colon < 0)
        {
            return false;
        }

        var rest = text[(colon + 1)..].TrimStart();
        return rest.StartsWith("image/", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The host of an absolute or protocol-relative URL (no user info, no port, no trailing dot), or empty.</summary>
    public static ReadOnlySpan<char> HostOf(ReadOnlySpan<char> url)
    {
        var i = 0;
        var colon = url.IndexOf(':');
        var firstSlash = url.IndexOfAny('/', '\\');
        if (colon >= 0 && (firstSlash < 0 || colon < firstSlash))
        {
            i = colon + 1;
        }

        while (i < url.Length && url[i] is '/' or '\\' or '\t' or '\n' or '\r')
        {
            i++;
        }

        var rest = url[i..];
        var end = rest.IndexOfAny("/\\?#");
        var authority = end < 0 ? rest : rest[..end];
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            authority = authority[(at + 1)..];
        }

        if (authority.StartsWith("["))
        {
            var close = authority.IndexOf(']');
            return close < 0 ? authority : authority[..(close + 1)];
        }

        var port = authority.LastIndexOf(':');
        if (port >= 0)
        {
            authority = authority[..port];
        }

        return authority.TrimEnd('.');
    }

    /// <summary>True for <c>name.name…</c> made of letters, digits and hyphens (or <c>localhost</c>).</summary>
    public static bool LooksLikeHost(ReadOnlySpan<char> host)
    {
        if (host.SequenceEqual("localhost"))
        {
            return true;
        }

        var dot = host.IndexOf('.');
        if (dot <= 0 || dot == host.Length - 1)
        {
            return false;
        }

        foreach (var c in host)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '-' and not '.' && c < 0x80)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for a single token (no white space, no scheme) whose extension is an image, video, audio, font, 3D or animation file.</summary>
    public static bool IsMediaFile(ReadOnlySpan<char> text)
    {
        var value = Trim(text);
        if (value.IsEmpty || value.Length > 2048 || value.ContainsAny(" \t\r\n") || TextDecoding.IndexOfHole(value) >= 0)
        {
            return false;
        }

        var end = value.IndexOfAny('?', '#');
        var path = end < 0 ? value : value[..end];
        var dot = path.LastIndexOf('.');
        if (dot <= 0 || path.Length - dot - 1 is < 2 or > 6 || path[..dot].IsEmpty)
        {
            return false;
        }

        Span<char> ext = stackalloc char[6];
        var length = path[(dot + 1)..].ToLowerInvariant(ext);
        return ext[..length] switch
        {
            "png" or "jpg" or "jpeg" or "gif" or "webp" or "svg" or "avif" or "bmp" or "ico" or "tif" or "tiff" or "heic"
                or "mp4" or "webm" or "mov" or "m4v" or "mkv" or "ogv" or "mp3" or "wav" or "ogg" or "oga" or "m4a"
                or "aac" or "flac" or "opus" or "woff" or "woff2" or "ttf" or "otf" or "eot" or "lottie" or "riv"
                or "glb" or "gltf" or "fbx" or "hdr" or "apng" => true,
            _ => false,
        };
    }

    /// <summary>True when <paramref name="text"/> ends with <c>.ext</c> where ext is a media extension (<c>${name}.png</c>).</summary>
    public static bool EndsWithMediaExtension(ReadOnlySpan<char> text)
    {
        var dot = text.LastIndexOf('.');
        if (dot < 0 || text.Length - dot - 1 is < 2 or > 6)
        {
            return false;
        }

        Span<char> probe = stackalloc char[8];
        probe[0] = 'x';
        text[dot..].CopyTo(probe[1..]);
        return IsMediaFile(probe[..(text.Length - dot + 1)]);
    }

    /// <summary>True when the text is only letters (a scheme may still be completed by a computed part).</summary>
    public static bool CouldBeScheme(ReadOnlySpan<char> prefix)
    {
        foreach (var c in prefix)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where an absolute URL embedded in prose or markup ends.</summary>
    public static int EmbeddedUrlEnd(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        var parentheses = 0;
        while (end < text.Length)
        {
            var c = text[end];
            if (c <= ' ' || c is '"' or '\'' or '`' or '<' or '>' or '\\' or '^' or '{' or '}' or '|' or '\u00A0' or TextDecoding.Hole or TextDecoding.StaticHole)
            {
                break;
            }

            if (c == '(')
            {
                parentheses++;
            }
            else if (c == ')')
            {
                if (parentheses == 0)
                {
                    break;
                }

                parentheses--;
            }

            end++;
        }

        while (end > start && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '*')
        {
            end--;
        }

        return end;
    }

    /// <summary>The URL candidates of a <c>srcset</c> value: (start, length) pairs.</summary>
    public static void SrcSetCandidates(ReadOnlySpan<char> text, List<(int Start, int Length)> into)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && (text[i] <= ' ' || text[i] == ','))
            {
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            var start = i;
            while (i < text.Length && text[i] > ' ')
            {
                i++;
            }

            var end = i;
            while (end > start && text[end - 1] == ',')
            {
                end--;
            }

            if (end > start)
            {
                into.Add((start, end - start));
            }

            if (end < i)
            {
                // The URL ended with the separating comma: no descriptors follow.
                continue;
            }

            // Skip the descriptors up to the next comma.
            var parentheses = 0;
            while (i < text.Length && (text[i] != ',' || parentheses > 0))
            {
                parentheses += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
                i++;
            }
        }
    }
}
