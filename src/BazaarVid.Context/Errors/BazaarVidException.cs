namespace BazaarVid.Context;

/// <summary>
/// The base of every exception the BazaarVid SDK throws on purpose. <see cref="Code"/> is a stable,
/// machine-readable kebab-case code (for example <c>message-too-large</c>) that hosts can branch on.
/// </summary>
public abstract class BazaarVidException : Exception
{
    /// <summary>Creates the exception with its machine-readable code and a message for people.</summary>
    protected BazaarVidException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
    }

    /// <summary>A stable machine-readable code for this failure.</summary>
    public string Code { get; }
}
