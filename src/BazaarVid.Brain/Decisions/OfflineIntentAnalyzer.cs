namespace BazaarVid.Brain;

/// <summary>
/// The default intent analyzer: deterministic, offline, and fast (well under a millisecond). It reads the prompt
/// with a fixed lexicon, resolves which scene it means ("scene 3", "the third scene", "the last one", "the pricing
/// one", "it" = the most recent scene), and decides between a new scene, an edit (surgical, creative or duration
/// only), a delete, or a question back that names the options. Only the storyboard and THIS message's attachments
/// are used: nothing is inherited from earlier messages, and the asset ledger never picks a target.
/// </summary>
/// <remarks>
/// A pure question to the assistant ("what fonts are you using?") is answered with
/// <see cref="DecisionType.AskClarification"/> whose <see cref="BrainDecision.ClarificationQuestion"/> is the person's
/// question itself, so the host answers it instead of changing the video.
/// </remarks>
public sealed class OfflineIntentAnalyzer : IIntentAnalyzer
{
    /// <inheritdoc />
    public ValueTask<BrainDecision> AnalyzeAsync(IntentRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Analyze(request));
    }

    /// <summary>The decision for <paramref name="request"/>, synchronously. The same input always gives the same decision.</summary>
    /// <exception cref="ArgumentNullException">The request, its prompt or its context is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The fps is not positive.</exception>
    public static BrainDecision Analyze(IntentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Prompt, nameof(request));
        ArgumentNullException.ThrowIfNull(request.Context, nameof(request));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(request.Fps, nameof(request));
        return new IntentReading(request).Decide();
    }
}
