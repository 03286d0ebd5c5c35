namespace BazaarVid.Brain;

/// <summary>Host overrides of the embedded prompt templates.</summary>
public sealed class PromptTemplateOptions
{
    /// <summary>
    /// Template text by kind, replacing the embedded one. Partials <c>{{> contract}}</c>, <c>{{> assets}}</c> and
    /// <c>{{> context}}</c> stay available. Templates are compiled once, when the renderer is created.
    /// </summary>
    public IDictionary<PromptTemplateKind, string> Overrides { get; } = new Dictionary<PromptTemplateKind, string>();
}
