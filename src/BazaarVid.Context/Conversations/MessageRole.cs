namespace BazaarVid.Context;

/// <summary>Who wrote a message.</summary>
public enum MessageRole
{
    /// <summary>The person making the video.</summary>
    User,

    /// <summary>The brain's reply.</summary>
    Assistant,
}
