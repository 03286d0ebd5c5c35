using System.Globalization;

namespace BazaarVid.Context;

/// <summary>
/// A tokenizer-free estimate from character classes, tuned to BPE tokenizers of current chat models:
/// ASCII words cost about one token per 4 letters, digits one per 3, other scripts' letters one per 2,
/// CJK and kana/hangul one per character, every punctuation or symbol character one (so URLs, code and
/// numbers come out denser than prose), white space nothing, and each chat message 4 more.
/// It errs on the high side, which is the safe side for a budget.
/// </summary>
public sealed class CharacterClassTokenEstimator : ITokenEstimator
{
    /// <summary>Tokens a chat message costs besides its text (role and separators).</summary>
    public const int MessageOverhead = 4;

    /// <summary>A shared instance (the estimator has no state).</summary>
    public static CharacterClassTokenEstimator Instance { get; } = new();

    /// <inheritdoc />
    public int Estimate(ReadOnlySpan<char> text)
    {
        var tokens = 0;
        var i = 0;
        while (i < text.Length)
        {
            var kind = Classify(text, i, out var width);
            var start = i;
            i += width;
            switch (kind)
            {
                case CharClass.Space:
                    break;
                case CharClass.Symbol:
                case CharClass.Cjk:
                    tokens++;
                    break;
                default:
                    while (i < text.Length && Classify(text, i, out var next) == kind)
                    {
                        i += next;
                    }

                    tokens += Cost(kind, i - start);
                    break;
            }
        }

        return tokens;
    }

    /// <inheritdoc />
    public int EstimateMessage(ReadOnlySpan<char> text) => Estimate(text) + MessageOverhead;

    private static int Cost(CharClass kind, int length) => kind switch
    {
        CharClass.AsciiLetter => (length + 3) / 4,
        CharClass.Digit => (length + 2) / 3,
        _ => (length + 1) / 2,
    };

    private static CharClass Classify(ReadOnlySpan<char> text, int index, out int width)
    {
        var c = text[index];
        width = 1;
        if (c < 128)
        {
            return char.IsAsciiLetter(c) ? CharClass.AsciiLetter
                : char.IsAsciiDigit(c) ? CharClass.Digit
                : char.IsWhiteSpace(c) ? CharClass.Space
                : CharClass.Symbol;
        }

        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            width = 2;
            var codePoint = char.ConvertToUtf32(c, text[index + 1]);
            return codePoint is >= 0x20000 and <= 0x3FFFF ? CharClass.Cjk : CharClass.Symbol;
        }

        if (IsCjk(c))
        {
            return CharClass.Cjk;
        }

        if (char.IsWhiteSpace(c))
        {
            return CharClass.Space;
        }

        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark => CharClass.OtherLetter,
            UnicodeCategory.DecimalDigitNumber => CharClass.Digit,
            _ => CharClass.Symbol,
        };
    }

    private static bool IsCjk(char c) =>
        c is (>= '\u3040' and <= '\u30FF') // hiragana, katakana
            or (>= '\u3400' and <= '\u4DBF') // CJK extension A
            or (>= '\u4E00' and <= '\u9FFF') // CJK unified ideographs
            or (>= '\uAC00' and <= '\uD7AF') // hangul syllables
            or (>= '\uF900' and <= '\uFAFF') // CJK compatibility ideographs
            or (>= '\u3000' and <= '\u303F') // CJK punctuation
            or (>= '\uFF00' and <= '\uFFEF'); // full-width forms

    private enum CharClass
    {
        Space,
        AsciiLetter,
        Digit,
        OtherLetter,
        Cjk,
        Symbol,
    }
}
