using BazaarVid.Context;

namespace BazaarVid.Assets;

/// <summary>
/// An asset was refused (bad content, unsafe SVG, too large, unsafe URL, …). <see cref="BazaarVidException.Code"/>
/// says which rule refused it, for example <c>unsupported-content</c>, <c>file-too-large</c> or <c>unsafe-svg</c>;
/// nothing was stored.
/// </summary>
public class AssetRejectedException : BazaarVidException
{
    /// <summary>Creates the exception with a machine-readable code and a reason for people.</summary>
    public AssetRejectedException(string code, string reason, Exception? innerException = null)
        : base(code, reason, innerException)
    {
        Reason = reason;
    }

    /// <summary>Why the asset was refused.</summary>
    public string Reason { get; }
}
