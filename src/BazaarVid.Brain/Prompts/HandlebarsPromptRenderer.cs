using System.Collections.Frozen;
using HandlebarsDotNet;
using Microsoft.Extensions.Options;

namespace BazaarVid.Brain;

/// <summary>Renders scene prompts from templates.</summary>
public interface IPromptRenderer
{
    /// <summary>Renders <paramref name="kind"/> with <paramref name="model"/>. User text in the model is rendered literally.</summary>
    string Render(PromptTemplateKind kind, ScenePromptModel model);
}

/// <summary>
/// The default <see cref="IPromptRenderer"/>: Handlebars.Net templates embedded in the assembly (or overridden through
/// <see cref="PromptTemplateOptions"/>), compiled once at construction, with HTML escaping off (code and URLs go out verbatim)
/// and unresolved bindings as errors, so a typo in a template fails at the first render instead of emitting a blank.
/// Values are never evaluated as templates: a prompt containing <c>{{#each}}</c> renders literally.
/// </summary>
public sealed class HandlebarsPromptRenderer : IPromptRenderer
{
    private static readonly FrozenDictionary<PromptTemplateKind, string> FileNames = new Dictionary<PromptTemplateKind, string>
    {
        [PromptTemplateKind.SceneBuilder] = "scene-builder.hbs",
        [PromptTemplateKind.SceneEditor] = "scene-editor.hbs",
        [PromptTemplateKind.SceneSpec] = "scene-spec.hbs",
        [PromptTemplateKind.SceneCodeFromSpec] = "scene-code-from-spec.hbs",
        [PromptTemplateKind.SceneRepair] = "scene-repair.hbs",
    }.ToFrozenDictionary();

    private readonly FrozenDictionary<PromptTemplateKind, HandlebarsTemplate<object, object>> _templates;

    /// <summary>Compiles every template (embedded or overridden) once.</summary>
    public HandlebarsPromptRenderer(IOptions<PromptTemplateOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            NoEscape = true,
            ThrowOnUnresolvedBindingExpression = true,
        });
        handlebars.RegisterTemplate("contract", ReadEmbedded("_contract.hbs"));
        handlebars.RegisterTemplate("assets", ReadEmbedded("_assets.hbs"));
        handlebars.RegisterTemplate("context", ReadEmbedded("_context.hbs"));
        _templates = FileNames.ToFrozenDictionary(
            pair => pair.Key,
            pair => handlebars.Compile(options.Value.Overrides.TryGetValue(pair.Key, out var text) ? text : ReadEmbedded(pair.Value)));
    }

    /// <inheritdoc />
    public string Render(PromptTemplateKind kind, ScenePromptModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!_templates.TryGetValue(kind, out var template))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown prompt template.");
        }

        return template(model);
    }

    private static string ReadEmbedded(string fileName)
    {
        var assembly = typeof(HandlebarsPromptRenderer).Assembly;
        var name = "BazaarVid.Brain.Prompts.Templates." + fileName;
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"The embedded template {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
