using Microsoft.Extensions.Logging;

namespace BazaarVid.Assets;

/// <summary>Source-generated log messages of the safe fetcher (event ids 2250-2269). URLs only at Trace.</summary>
internal static partial class FetchLog
{
    [LoggerMessage(EventId = 2250, Level = LogLevel.Warning, Message = "Remote fetch refused or failed ({Code})")]
    public static partial void FetchRejected(ILogger logger, string code);

    [LoggerMessage(EventId = 2251, Level = LogLevel.Trace, Message = "Remote fetch of {Url} refused or failed ({Code}): {Reason}")]
    public static partial void FetchRejectedDetail(ILogger logger, Uri url, string code, string reason);

    [LoggerMessage(EventId = 2252, Level = LogLevel.Debug, Message = "Following redirect {Hop} of at most {MaxRedirects}")]
    public static partial void RedirectFollowed(ILogger logger, int hop, int maxRedirects);

    [LoggerMessage(EventId = 2253, Level = LogLevel.Debug, Message = "Fetched {Bytes} bytes after {Redirects} redirects")]
    public static partial void Fetched(ILogger logger, int bytes, int redirects);

    [LoggerMessage(EventId = 2254, Level = LogLevel.Trace, Message = "Connecting to {Address} for {Host}")]
    public static partial void Connecting(ILogger logger, System.Net.IPAddress address, string host);
}
