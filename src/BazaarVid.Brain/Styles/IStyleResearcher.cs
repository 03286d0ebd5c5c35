namespace BazaarVid.Brain;

/// <summary>
/// Describes a style the library does not know ("in the style of a Wes Anderson film"). The answer is untrusted:
/// the <see cref="StyleAgent"/> gives it its key and aliases, validates and repairs it (colours, contrast, font
/// stacks, easing, ranges), applies a timeout, and falls back to the generic style when this returns null or throws.
/// </summary>
public interface IStyleResearcher
{
    /// <summary>A style for <paramref name="phrase"/> (its key and aliases are replaced by the agent), or null when there is none.</summary>
    ValueTask<StyleProfile?> ResearchAsync(string phrase, CancellationToken cancellationToken = default);
}
