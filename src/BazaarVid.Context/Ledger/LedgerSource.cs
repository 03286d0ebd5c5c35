namespace BazaarVid.Context;

/// <summary>How an asset URL reached the ledger.</summary>
public enum LedgerSource
{
    /// <summary>A file the person uploaded (the URL is the blob store's permanent URL).</summary>
    Upload,

    /// <summary>A URL the person attached to a message.</summary>
    Attachment,

    /// <summary>A URL found in the text of a message.</summary>
    MessageText,

    /// <summary>A URL the host registered directly.</summary>
    Host,
}
