namespace BazaarVid.Context;

/// <summary>
/// Identifies one conversation inside one project. Both ids are validated on construction
/// (<see cref="Identifier"/>), so a key that exists is always valid. Every store scopes by both parts:
/// equal conversation ids in different projects are different conversations.
/// </summary>
public sealed record ConversationKey
{
    /// <summary>Creates a key; throws <see cref="InvalidIdentifierException"/> for an invalid id.</summary>
    public ConversationKey(string projectId, string conversationId)
    {
        ProjectId = Identifier.Validate(projectId, nameof(projectId));
        ConversationId = Identifier.Validate(conversationId, nameof(conversationId));
    }

    /// <summary>The project (tenant) the conversation belongs to.</summary>
    public string ProjectId { get; }

    /// <summary>The conversation inside the project.</summary>
    public string ConversationId { get; }

    /// <inheritdoc />
    public override string ToString() => $"{ProjectId}/{ConversationId}";
}
