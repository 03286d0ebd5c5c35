using System.Globalization;
using BazaarVid.Context;

namespace BazaarVid.Storage.Postgres;

/// <summary>What a notification on the schema's channel says.</summary>
internal enum NotificationKind
{
    /// <summary>A conversation was committed.</summary>
    ConversationChanged,

    /// <summary>An image-analysis job was queued.</summary>
    JobQueued,

    /// <summary>An image-analysis job finished and its facts are in the contexts.</summary>
    FactsReady,

    /// <summary>Not sent by anyone: the listener reconnected and notifications since <see cref="StorageNotification.Since"/> may have been missed.</summary>
    Resumed,
}

/// <summary>
/// One notification between host instances. The payload is small and never carries user content beyond ids:
/// fields separated by U+001F, which ids cannot contain (ids refuse control characters).
/// </summary>
internal sealed record StorageNotification(
    NotificationKind Kind,
    string Origin,
    ConversationKey? Conversation = null,
    long Version = 0,
    long JobId = 0,
    DateTimeOffset Since = default)
{
    private const char Separator = '\u001f';

    public static string ConversationChanged(string origin, ConversationKey key, long version) =>
        string.Join(Separator, "c", origin, key.ProjectId, key.ConversationId, version.ToString(CultureInfo.InvariantCulture));

    public static string JobQueued(string origin) => string.Join(Separator, "j", origin);

    public static string FactsReady(string origin, long jobId) => string.Join(Separator, "f", origin, jobId.ToString(CultureInfo.InvariantCulture));

    /// <summary>Parses a payload; null when it is not one of ours.</summary>
    public static StorageNotification? Parse(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var parts = payload.Split(Separator);
        if (parts.Length < 2 || parts[1].Length == 0)
        {
            return null;
        }

        switch (parts[0])
        {
            case "c" when parts.Length == 5
                && Identifier.IsValid(parts[2]) && Identifier.IsValid(parts[3])
                && long.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var version):
                return new StorageNotification(NotificationKind.ConversationChanged, parts[1], new ConversationKey(parts[2], parts[3]), version);
            case "j" when parts.Length == 2:
                return new StorageNotification(NotificationKind.JobQueued, parts[1]);
            case "f" when parts.Length == 3 && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var jobId):
                return new StorageNotification(NotificationKind.FactsReady, parts[1], JobId: jobId);
            default:
                return null;
        }
    }
}
