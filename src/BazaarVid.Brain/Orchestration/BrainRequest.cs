using System.Collections.Immutable;

namespace BazaarVid.Brain;

/// <summary>A file uploaded with a prompt. The brain reads the stream once and does not dispose it.</summary>
/// <param name="Content">The bytes.</param>
/// <param name="FileName">The original file name (sanitized on ingestion; the content decides the type).</param>
public sealed record UploadedFile(Stream Content, string FileName);

/// <summary>One turn of a conversation as the host receives it.</summary>
/// <param name="ProjectId">The project.</param>
/// <param name="ConversationId">The conversation.</param>
/// <param name="Prompt">The person's text.</param>
/// <param name="Uploads">Files uploaded with THIS message.</param>
/// <param name="ImageUrls">Image URLs attached to THIS message (kept by reference).</param>
/// <param name="AttachedSceneIds">Scenes attached to THIS message.</param>
public sealed record BrainRequest(
    string ProjectId,
    string ConversationId,
    string Prompt,
    ImmutableArray<UploadedFile> Uploads = default,
    ImmutableArray<string> ImageUrls = default,
    ImmutableArray<string> AttachedSceneIds = default);
