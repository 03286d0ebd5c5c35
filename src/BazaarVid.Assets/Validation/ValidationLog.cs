using Microsoft.Extensions.Logging;

namespace BazaarVid.Assets.Validation;

/// <summary>Source-generated log messages of the asset URL validator (event ids 2400-2419). URLs only at Trace.</summary>
internal static partial class ValidationLog
{
    [LoggerMessage(EventId = 2401, Level = LogLevel.Debug, Message = "Validated {Length} characters of scene code: {Errors} errors, {Warnings} warnings, {Urls} URLs")]
    public static partial void Validated(ILogger logger, int length, int errors, int warnings, int urls);

    [LoggerMessage(EventId = 2402, Level = LogLevel.Trace, Message = "Asset URL finding {Code} at {Line}:{Column}: {Url}")]
    public static partial void Finding(ILogger logger, string code, int line, int column, string? url);
}
