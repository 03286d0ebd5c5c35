namespace BazaarVid.Context;

/// <summary>Estimates how many LLM tokens a text costs. The default needs no tokenizer package; hosts with a real tokenizer can plug it in.</summary>
public interface ITokenEstimator
{
    /// <summary>The estimated tokens of <paramref name="text"/>.</summary>
    int Estimate(ReadOnlySpan<char> text);

    /// <summary>The estimated tokens of a chat message with this text, including the per-message overhead.</summary>
    int EstimateMessage(ReadOnlySpan<char> text);
}
