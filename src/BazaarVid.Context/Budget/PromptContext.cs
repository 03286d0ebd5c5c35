using System.Collections.Immutable;

namespace BazaarVid.Context;

/// <summary>The sections of a built prompt context, in priority order (what is evicted last comes first).</summary>
public enum PromptSectionKind
{
    /// <summary>The host's system text. Never evicted.</summary>
    System,

    /// <summary>The pinned asset ledger. Never evicted.</summary>
    Assets,

    /// <summary>Learned preferences.</summary>
    Preferences,

    /// <summary>The storyboard, relationships and image facts.</summary>
    Storyboard,

    /// <summary>The structured summary of older messages (Goal, Decisions, Open questions).</summary>
    Summary,

    /// <summary>The newest messages, verbatim; the oldest go first when the budget is short.</summary>
    RecentTurns,
}

/// <summary>One rendered section and what the budget did to it.</summary>
/// <param name="Kind">Which section.</param>
/// <param name="Text">The rendered text (empty when omitted).</param>
/// <param name="EstimatedTokens">Its estimated tokens.</param>
/// <param name="Truncated">True when part of it was left out to fit the budget.</param>
public sealed record PromptSection(PromptSectionKind Kind, string Text, int EstimatedTokens, bool Truncated);

/// <summary>A conversation context rendered as prompt text within a token budget.</summary>
/// <param name="Text">The sections joined, in priority order.</param>
/// <param name="EstimatedTokens">The estimated tokens of <paramref name="Text"/>.</param>
/// <param name="Budget">The budget it was built for.</param>
/// <param name="Sections">Every included section.</param>
/// <param name="Omitted">Sections left out entirely.</param>
/// <param name="OverBudget">True when the sections that are never evicted (system and assets) alone exceed the budget.</param>
public sealed record PromptContext(
    string Text,
    int EstimatedTokens,
    int Budget,
    ImmutableArray<PromptSection> Sections,
    ImmutableArray<PromptSectionKind> Omitted,
    bool OverBudget);

/// <summary>Renders a conversation context as prompt text within a token budget.</summary>
public interface IPromptContextBuilder
{
    /// <summary>
    /// Builds the prompt context in priority order: system, assets (never evicted), preferences, storyboard and
    /// relationships, summary, recent turns (newest kept first). Every asset URL of the ledger is always in the text.
    /// </summary>
    PromptContext Build(ConversationContext context, int? maxTokens = null, string? systemText = null);
}
