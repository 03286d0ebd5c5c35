namespace BazaarVid.Context;

/// <summary>What a message carried besides its text.</summary>
public enum AttachmentKind
{
    /// <summary>A file the person uploaded; <see cref="MessageAttachment.Value"/> is its permanent URL.</summary>
    Upload,

    /// <summary>An image URL the person attached; <see cref="MessageAttachment.Value"/> is the URL.</summary>
    ImageUrl,

    /// <summary>A scene the person attached; <see cref="MessageAttachment.Value"/> is the scene id.</summary>
    Scene,
}

/// <summary>An attachment of one message. Attachments belong to their message only and are never inherited by later ones.</summary>
/// <param name="Kind">What was attached.</param>
/// <param name="Value">The URL (uploads and image URLs) or the scene id.</param>
/// <param name="FileName">The sanitized original file name of an upload, when known.</param>
/// <param name="MediaType">The asset type (image, svg, logo, video, audio, font, other), when known.</param>
public sealed record MessageAttachment(AttachmentKind Kind, string Value, string? FileName = null, string? MediaType = null);
