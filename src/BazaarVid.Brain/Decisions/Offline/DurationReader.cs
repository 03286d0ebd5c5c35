namespace BazaarVid.Brain;

/// <summary>How a duration in a prompt relates to the scene's length.</summary>
internal enum DurationUse
{
    /// <summary>The scene should last this long ("make it 3s", "4 seconds", "90 frames").</summary>
    SceneLength,

    /// <summary>"for 5 seconds" / "in 5 seconds": the scene's length for a new scene, an element's timing in an edit.</summary>
    ForOrIn,

    /// <summary>Changes the current length by an amount ("shorten by 1 second", "add 2 seconds").</summary>
    Relative,

    /// <summary>"make it shorter" / "longer" with no amount.</summary>
    Implied,
}

/// <summary>A duration read from a prompt.</summary>
/// <param name="Start">First token (the amount), or -1 for an implied change.</param>
/// <param name="End">Last token (the unit).</param>
/// <param name="Frames">The amount in frames at the project fps (for implied changes: 0).</param>
/// <param name="Use">How it applies.</param>
/// <param name="Sign">For relative and implied changes: +1 longer, -1 shorter.</param>
internal readonly record struct DurationRequest(int Start, int End, int Frames, DurationUse Use, int Sign)
{
    /// <summary>Shorter without an amount: three quarters of the current length.</summary>
    public const double ImpliedShorterFactor = 0.75;

    /// <summary>Longer without an amount: one and a half times the current length.</summary>
    public const double ImpliedLongerFactor = 1.5;

    /// <summary>The requested length in frames given the scene's current length.</summary>
    public int Resolve(int currentFrames) => Use switch
    {
        DurationUse.Relative => (int)Math.Clamp(currentFrames + ((long)Sign * Frames), int.MinValue, int.MaxValue),
        DurationUse.Implied => (int)Math.Round(currentFrames * (Sign < 0 ? ImpliedShorterFactor : ImpliedLongerFactor), MidpointRounding.AwayFromZero),
        _ => Frames,
    };

    public bool Covers(int token) => Start >= 0 && token >= Start && token <= End;
}

/// <summary>Reads the first duration of a prompt in one pass: "4 seconds", "3s", "1.5 s", "90 frames", "a second", "half a second".</summary>
internal static class DurationReader
{
    public static DurationRequest? Read(Token[] t, int fps, bool forNewScene)
    {
        DurationRequest? forOrIn = null;
        var sign = 0;
        var implied = 0;
        foreach (var token in t)
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            if (token.Is(WordClass.Longer))
            {
                sign = 1;
            }
            else if (token.Is(WordClass.Shorter))
            {
                sign = -1;
            }

            if (token.Surface is "shorter" or "shorten" or "shortened" or "trim" or "briefer")
            {
                implied = -1;
            }
            else if (token.Surface is "longer" or "lengthen" or "extend" or "extended" or "stretch" or "prolong")
            {
                implied = 1;
            }
        }

        for (var i = 0; i + 1 < t.Length; i++)
        {
            if (!TryAmount(t, i, out var amount) || t[i + 1].Kind != TokenKind.Word || !t[i + 1].Is(WordClass.Unit))
            {
                continue;
            }

            var unit = t[i + 1].Text;
            if (t[i].Kind == TokenKind.Word && unit == "second" && i + 2 < t.Length
                && IsNounAfterOrdinal(t[i + 2]))
            {
                // "a second scene", "one second version": an ordinal, not a duration.
                continue;
            }

            var frames = unit == "frame" ? amount : amount * IntentLexicon.UnitSeconds[unit] * fps;
            var rounded = (int)Math.Clamp(Math.Round(frames, MidpointRounding.AwayFromZero), 0, int.MaxValue);
            if (i > 0 && t[i - 1].Kind == TokenKind.Word && t[i - 1].Text == "add")
            {
                return new DurationRequest(i, i + 1, rounded, DurationUse.Relative, 1);
            }

            var use = UseOf(t, i);
            switch (use)
            {
                case null:
                    continue;
                case DurationUse.ForOrIn:
                    forOrIn ??= new DurationRequest(i, i + 1, rounded, DurationUse.ForOrIn, 0);
                    continue;
                case DurationUse.Relative when sign == 0:
                    continue;
                default:
                    return new DurationRequest(i, i + 1, rounded, use.Value, use == DurationUse.Relative ? sign : 0);
            }
        }

        if (forNewScene && forOrIn is not null)
        {
            return forOrIn.Value with { Use = DurationUse.SceneLength };
        }

        return implied != 0 ? new DurationRequest(-1, -1, 0, DurationUse.Implied, implied) : null;
    }

    private static bool IsNounAfterOrdinal(in Token next) =>
        next.Kind == TokenKind.Word && (next.IsUnknownWord || next.Is(WordClass.SceneNoun | WordClass.SceneKind | WordClass.Element)) && !next.Is(WordClass.Unit);

    private static bool TryAmount(Token[] t, int i, out double amount)
    {
        var token = t[i];
        amount = 0;
        if (token.Kind == TokenKind.Number)
        {
            amount = token.Value;
            return true;
        }

        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        if (token.Is(WordClass.NumberWord) && IntentLexicon.NumberWords.TryGetValue(token.Text, out var n))
        {
            amount = n;
            return true;
        }

        if (token.Text is "a" or "an")
        {
            amount = 1;
            return true;
        }

        return false;
    }

    private static DurationUse? UseOf(Token[] t, int i)
    {
        var prev = i > 0 ? t[i - 1] : default;
        var prev2 = i > 1 ? t[i - 2] : default;
        if (prev.Is(WordClass.By))
        {
            return DurationUse.Relative;
        }

        if (prev.Is(WordClass.NotSceneLength) || (prev.Kind == TokenKind.Word && prev.Is(WordClass.Stop) && prev2.Is(WordClass.NotSceneLength)))
        {
            return null;
        }

        return prev.Surface is "for" or "in" ? DurationUse.ForOrIn : DurationUse.SceneLength;
    }
}
