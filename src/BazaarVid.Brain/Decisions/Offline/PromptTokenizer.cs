using System.Globalization;

namespace BazaarVid.Brain;

/// <summary>What a token is.</summary>
internal enum TokenKind : byte
{
    Word,
    Number,
    Punct,
    Hex,
    Quote,
    Url,
}

/// <summary>
/// One token of a prompt. <see cref="Surface"/> is the lower-case word as written, <see cref="Text"/> its canonical
/// form (lemma or synonym); both are the lexicon's own strings for known words, so reading a prompt allocates
/// only for unknown words, numbers, quotes and URLs.
/// </summary>
internal readonly record struct Token(TokenKind Kind, string Surface, string Text, WordClass Class, double Value)
{
    public bool Is(WordClass c) => (Class & c) != 0;

    public bool IsWord(string canonical) => Kind == TokenKind.Word && string.Equals(Text, canonical, StringComparison.Ordinal);

    public bool IsPunct => Kind == TokenKind.Punct;

    /// <summary>A word the lexicon does not know: a name, a topic, a brand.</summary>
    public bool IsUnknownWord => Kind == TokenKind.Word && Class == WordClass.None;
}

/// <summary>
/// Splits a prompt into tokens in one pass: words (lower-cased, looked up by span), numbers ("3s" is 3 then s),
/// hex colours, punctuation, URLs, and quoted text as a single opaque token (what a headline says is never read as
/// an instruction). Multi-word phrases of the lexicon are then folded into one token.
/// </summary>
internal static class PromptTokenizer
{
    private const int MaxWordLength = 64;

    public static Token[] Tokenize(string text)
    {
        var raw = new List<Token>(Math.Min(text.Length / 3 + 4, 512));
        Span<char> buffer = stackalloc char[MaxWordLength];
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n')
                {
                    AddPunct(raw, '.');
                }

                i++;
            }
            else if (IsOpeningQuote(c))
            {
                var close = FindClosingQuote(text, i);
                if (close < 0)
                {
                    i++;
                    continue;
                }

                raw.Add(new Token(TokenKind.Quote, string.Empty, text.Substring(i + 1, close - i - 1), WordClass.None, 0));
                i = close + 1;
            }
            else if (c is 'h' or 'H' && IsUrlStart(text, i))
            {
                var end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]))
                {
                    end++;
                }

                raw.Add(new Token(TokenKind.Url, string.Empty, text[i..end], WordClass.None, 0));
                i = end;
            }
            else if (c == '#')
            {
                i = ReadHash(text, i, raw);
            }
            else if (char.IsAsciiDigit(c))
            {
                i = ReadNumber(text, i, raw, buffer);
            }
            else if (char.IsLetter(c))
            {
                i = ReadWord(text, i, raw, buffer);
            }
            else if (c is '.' or ',' or '!' or '?' or ';' or ':' or '…')
            {
                AddPunct(raw, c == '…' ? '.' : c);
                i++;
            }
            else if (c == '&')
            {
                raw.Add(Lookup("and", "and"));
                i++;
            }
            else
            {
                i++;
            }
        }

        return FoldPhrases(raw);
    }

    private static bool IsOpeningQuote(char c) => c is '"' or '“' or '«' or '„';

    private static int FindClosingQuote(string text, int open)
    {
        var opener = text[open];
        for (var j = open + 1; j < text.Length; j++)
        {
            var c = text[j];
            var closes = opener switch
            {
                '"' => c is '"' or '”',
                '“' => c is '”' or '"',
                '«' => c == '»',
                _ => c is '“' or '”' or '"',
            };
            if (closes)
            {
                return j;
            }
        }

        return -1;
    }

    private static bool IsUrlStart(string text, int i) =>
        text.AsSpan(i).StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || text.AsSpan(i).StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static int ReadHash(string text, int i, List<Token> tokens)
    {
        var j = i + 1;
        while (j < text.Length && char.IsAsciiHexDigit(text[j]) && j - i <= 7)
        {
            j++;
        }

        var digits = j - i - 1;
        var boundary = j == text.Length || !char.IsLetterOrDigit(text[j]);
        if ((digits is 3 or 6) && boundary && !IsAllDigits(text.AsSpan(i + 1, digits)))
        {
            tokens.Add(new Token(TokenKind.Hex, string.Empty, text.Substring(i, digits + 1).ToLowerInvariant(), WordClass.None, 0));
            return j;
        }

        // "#3" (a scene number) or a six-digit hex made only of digits: let the number reader see it.
        if (digits is 6 && boundary)
        {
            tokens.Add(new Token(TokenKind.Hex, string.Empty, text.Substring(i, 7), WordClass.None, 0));
            return j;
        }

        return i + 1;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int ReadNumber(string text, int i, List<Token> tokens, Span<char> buffer)
    {
        var j = i;
        while (j < text.Length && char.IsAsciiDigit(text[j]))
        {
            j++;
        }

        if (j + 1 < text.Length && text[j] is '.' or ',' && char.IsAsciiDigit(text[j + 1]) && text[j] == '.')
        {
            j++;
            while (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                j++;
            }
        }

        var value = double.Parse(text.AsSpan(i, j - i), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var letters = j;
        while (letters < text.Length && char.IsAsciiLetter(text[letters]))
        {
            letters++;
        }

        var suffix = text.AsSpan(j, letters - j);
        if (suffix.Length == 2 && (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase)))
        {
            tokens.Add(new Token(TokenKind.Word, "nth", "nth", WordClass.Ordinal, value));
            return letters;
        }

        tokens.Add(new Token(TokenKind.Number, string.Empty, string.Empty, WordClass.None, value));
        return suffix.Length == 0 ? j : ReadWord(text, j, tokens, buffer);
    }

    private static int ReadWord(string text, int i, List<Token> tokens, Span<char> buffer)
    {
        var j = i;
        var apostrophe = -1;
        while (j < text.Length)
        {
            var c = text[j];
            if (char.IsLetterOrDigit(c))
            {
                j++;
            }
            else if (c is '\'' or '’' && j + 1 < text.Length && char.IsLetter(text[j + 1]) && apostrophe < 0)
            {
                apostrophe = j;
                j++;
            }
            else if (c == '.' && j + 1 < text.Length && char.IsLetter(text[j + 1]) && j > i && char.IsLetter(text[j - 1]))
            {
                // spinlio.io, e.g: a dot between letters is part of the word.
                j++;
            }
            else
            {
                break;
            }
        }

        // Split the possessive 's and 'd (it's, here's, I'd); keep don't, can't whole.
        var end = j;
        var suffix = string.Empty;
        if (apostrophe > 0 && j - apostrophe == 2 && char.ToLowerInvariant(text[apostrophe + 1]) is 's' or 'd')
        {
            end = apostrophe;
            suffix = char.ToLowerInvariant(text[apostrophe + 1]) == 's' ? "'s" : "'d";
        }

        AddWord(text.AsSpan(i, end - i), tokens, buffer);
        if (suffix.Length > 0)
        {
            tokens.Add(Lookup(suffix, suffix));
        }

        return j;
    }

    private static void AddWord(ReadOnlySpan<char> word, List<Token> tokens, Span<char> buffer)
    {
        if (word.Length > MaxWordLength)
        {
            // Not a word anyone types (a hash, base64): content, but never a name or a command.
            tokens.Add(new Token(TokenKind.Word, "~", "~", WordClass.None, 0));
            return;
        }

        var lower = buffer[..word.Length];
        word.ToLowerInvariant(lower);
        for (var k = 0; k < lower.Length; k++)
        {
            if (lower[k] == '’')
            {
                lower[k] = '\'';
            }
        }

        if (IntentLexicon.WordsBySpan.TryGetValue(lower, out var entry))
        {
            tokens.Add(new Token(TokenKind.Word, entry.Surface, entry.Canonical, entry.Class, 0));
            return;
        }

        var text = new string(lower);
        tokens.Add(new Token(TokenKind.Word, text, text, WordClass.None, 0));
    }

    private static Token Lookup(string surface, string fallback) =>
        IntentLexicon.Words.TryGetValue(surface, out var entry)
            ? new Token(TokenKind.Word, surface, entry.Canonical, entry.Class, 0)
            : new Token(TokenKind.Word, fallback, fallback, WordClass.None, 0);

    private static readonly string[] PunctStrings = [".", ",", "!", "?", ";", ":"];

    private static void AddPunct(List<Token> tokens, char c)
    {
        var text = PunctStrings[".,!?;:".IndexOf(c, StringComparison.Ordinal)];
        if (tokens.Count > 0 && tokens[^1].IsPunct && c == '.')
        {
            return;
        }

        tokens.Add(new Token(TokenKind.Punct, text, text, WordClass.None, 0));
    }

    private static Token[] FoldPhrases(List<Token> raw)
    {
        var folded = new List<Token>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            var token = raw[i];
            if (token.Kind == TokenKind.Word && IntentLexicon.PhrasesByFirstWord.TryGetValue(token.Surface, out var candidates)
                && Match(raw, i, candidates) is { } phrase)
            {
                folded.Add(PhraseToken(phrase));
                i += phrase.Words.Length - 1;
                continue;
            }

            folded.Add(token);
        }

        return [.. folded];
    }

    private static LexPhrase? Match(List<Token> raw, int start, LexPhrase[] candidates)
    {
        foreach (var phrase in candidates)
        {
            if (start + phrase.Words.Length > raw.Count)
            {
                continue;
            }

            var matches = true;
            for (var k = 1; k < phrase.Words.Length && matches; k++)
            {
                var t = raw[start + k];
                matches = t.Kind == TokenKind.Word && string.Equals(t.Surface, phrase.Words[k], StringComparison.Ordinal);
            }

            if (matches)
            {
                return phrase;
            }
        }

        return null;
    }

    private static Token PhraseToken(LexPhrase phrase)
    {
        if (double.TryParse(phrase.Canonical, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return new Token(TokenKind.Number, string.Empty, string.Empty, WordClass.None, number);
        }

        var known = IntentLexicon.Words.TryGetValue(phrase.Canonical, out var entry) ? entry.Class : WordClass.None;
        return new Token(TokenKind.Word, phrase.Canonical, phrase.Canonical, phrase.Class | known, 0);
    }
}
