using System.Collections.Immutable;

namespace BazaarVid.Assets;

/// <summary>One asset of a project. Immutable; <see cref="Url"/> is permanent.</summary>
/// <param name="Id">A stable id (for uploads derived from the SHA-256, so the same bytes get the same id in a project).</param>
/// <param name="ProjectId">The owning project; an asset is never visible to another project.</param>
/// <param name="ConversationId">The conversation it was first added in.</param>
/// <param name="Url">The permanent URL generated code must use, verbatim.</param>
/// <param name="Type">What it is, from its content.</param>
/// <param name="MimeType">The MIME type from its content (for references: from the URL or a probe; may be <c>application/octet-stream</c>).</param>
/// <param name="Width">Pixel width, when known.</param>
/// <param name="Height">Pixel height, when known.</param>
/// <param name="Duration">Video or audio duration, when known.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the bytes (uploads), or null for references never fetched.</param>
/// <param name="ByteSize">Size in bytes (uploads), or null.</param>
/// <param name="FileName">The sanitized original file name, or null.</param>
/// <param name="Tags">Tags (logo, screenshot, ui, photo, icon, transparent, landscape, portrait, square, …), sorted.</param>
/// <param name="Required">True when generated code must use it.</param>
/// <param name="UsageCount">How many stored scenes use it.</param>
/// <param name="Source">Upload or reference.</param>
/// <param name="CreatedAt">When it was added (from <see cref="TimeProvider"/>).</param>
public sealed record Asset(
    string Id,
    string ProjectId,
    string ConversationId,
    string Url,
    AssetType Type,
    string MimeType,
    int? Width,
    int? Height,
    TimeSpan? Duration,
    string? Sha256,
    long? ByteSize,
    string? FileName,
    ImmutableArray<string> Tags,
    bool Required,
    int UsageCount,
    AssetSource Source,
    DateTimeOffset CreatedAt)
{
    /// <inheritdoc />
    public bool Equals(Asset? other) =>
        other is not null
        && Id == other.Id && ProjectId == other.ProjectId && ConversationId == other.ConversationId && Url == other.Url
        && Type == other.Type && MimeType == other.MimeType && Width == other.Width && Height == other.Height
        && Duration == other.Duration && Sha256 == other.Sha256 && ByteSize == other.ByteSize && FileName == other.FileName
        && Tags.SequenceEqual(other.Tags) && Required == other.Required && UsageCount == other.UsageCount
        && Source == other.Source && CreatedAt == other.CreatedAt;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, ProjectId, Url);
}
