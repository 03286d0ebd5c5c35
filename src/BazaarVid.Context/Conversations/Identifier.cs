namespace BazaarVid.Context;

/// <summary>Validation of the ids the SDK accepts: non-empty, at most 200 characters, no control characters.</summary>
public static class Identifier
{
    /// <summary>The longest id accepted.</summary>
    public const int MaxLength = 200;

    /// <summary>Returns <paramref name="value"/> when it is a valid id; otherwise throws <see cref="InvalidIdentifierException"/>.</summary>
    public static string Validate(string? value, string parameterName)
    {
        if (TryGetError(value, out var reason))
        {
            throw new InvalidIdentifierException(parameterName, reason);
        }

        return value!;
    }

    /// <summary>True when <paramref name="value"/> is a valid id.</summary>
    public static bool IsValid(string? value) => !TryGetError(value, out _);

    private static bool TryGetError(string? value, out string reason)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            reason = "it is null, empty or white space";
            return true;
        }

        if (value.Length > MaxLength)
        {
            reason = $"it is {value.Length} characters long; the maximum is {MaxLength}";
            return true;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsControl(c) || char.IsSurrogate(c))
            {
                reason = $"it contains the control or invalid character U+{(int)c:X4} at position {i}";
                return true;
            }
        }

        reason = string.Empty;
        return false;
    }
}
