using System.Collections.Immutable;
using BazaarVid.Context;

namespace BazaarVid.Brain;

/// <summary>What an intent analyzer sees: the prompt, the context before this turn's decision, and this message's own attachments.</summary>
/// <param name="Prompt">The person's text, verbatim.</param>
/// <param name="Context">The conversation context (storyboard, preferences, ledger, image facts that have arrived).</param>
/// <param name="AttachedSceneIds">Scenes attached to THIS message only; attachments are never inherited from earlier messages.</param>
/// <param name="AttachedAssetUrls">Asset URLs uploaded or attached with THIS message only.</param>
/// <param name="Fps">The project fps, to turn "4 seconds" into frames.</param>
public sealed record IntentRequest(
    string Prompt,
    ConversationContext Context,
    ImmutableArray<string> AttachedSceneIds,
    ImmutableArray<string> AttachedAssetUrls,
    int Fps);

/// <summary>Decides what a prompt asks for: a new scene, an edit or delete of which scene, or a question back.</summary>
public interface IIntentAnalyzer
{
    /// <summary>Returns the decision. Implementations never return a target that is not a live scene of the storyboard.</summary>
    ValueTask<BrainDecision> AnalyzeAsync(IntentRequest request, CancellationToken cancellationToken = default);
}
