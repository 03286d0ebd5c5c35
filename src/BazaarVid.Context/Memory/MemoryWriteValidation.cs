namespace BazaarVid.Context;

/// <summary>Argument checks shared by every <see cref="IProjectMemoryStore"/> implementation.</summary>
public static class MemoryWriteValidation
{
    /// <summary>The longest type or key accepted.</summary>
    public const int MaxNameLength = 400;

    /// <summary>The longest value accepted, in characters.</summary>
    public const int MaxValueLength = 256 * 1024;

    /// <summary>Throws an <see cref="ArgumentException"/> naming what is wrong with <paramref name="write"/>.</summary>
    public static void Validate(MemoryWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentException.ThrowIfNullOrWhiteSpace(write.Type, nameof(write));
        ArgumentException.ThrowIfNullOrWhiteSpace(write.Key, nameof(write));
        ArgumentNullException.ThrowIfNull(write.Value, nameof(write));
        if (write.Type.Length > MaxNameLength || write.Key.Length > MaxNameLength)
        {
            throw new ArgumentException($"A memory type or key is at most {MaxNameLength} characters.", nameof(write));
        }

        if (write.Value.Length > MaxValueLength)
        {
            throw new ArgumentException($"A memory value is at most {MaxValueLength} characters.", nameof(write));
        }

        if (!Enum.IsDefined(write.Tier))
        {
            throw new ArgumentOutOfRangeException(nameof(write), write.Tier, "Unknown memory tier.");
        }

        if (double.IsNaN(write.Confidence) || write.Confidence is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(write), write.Confidence, "Confidence is between 0 and 1.");
        }
    }
}
