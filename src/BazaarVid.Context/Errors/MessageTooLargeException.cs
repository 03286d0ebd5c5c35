namespace BazaarVid.Context;

/// <summary>A message was larger than <see cref="ContextOptions.MaxMessageBytes"/>; nothing was stored.</summary>
public sealed class MessageTooLargeException : BazaarVidException
{
    /// <summary>Creates the exception with the measured and allowed sizes in UTF-8 bytes.</summary>
    public MessageTooLargeException(int actualBytes, int maximumBytes)
        : base("message-too-large", $"The message is {actualBytes} bytes (UTF-8); the maximum is {maximumBytes} bytes. Nothing was stored.")
    {
        ActualBytes = actualBytes;
        MaximumBytes = maximumBytes;
    }

    /// <summary>The message size in UTF-8 bytes.</summary>
    public int ActualBytes { get; }

    /// <summary>The configured maximum in UTF-8 bytes.</summary>
    public int MaximumBytes { get; }
}
