namespace BazaarVid.Context;

/// <summary>A URL offered to the asset ledger is not an absolute http or https URL of acceptable length.</summary>
public sealed class InvalidAssetUrlException : BazaarVidException
{
    /// <summary>Creates the exception for the refused URL.</summary>
    public InvalidAssetUrlException(string url, string reason)
        : base("invalid-asset-url", $"The asset URL is invalid: {reason}")
    {
        Url = url;
        Reason = reason;
    }

    /// <summary>The refused URL (possibly truncated to 500 characters).</summary>
    public string Url { get; }

    /// <summary>Why it was refused.</summary>
    public string Reason { get; }
}
