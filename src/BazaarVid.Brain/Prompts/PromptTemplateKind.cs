namespace BazaarVid.Brain;

/// <summary>The prompt templates of the scene generator.</summary>
public enum PromptTemplateKind
{
    /// <summary>A new scene, code directly (<c>scene-builder.hbs</c>).</summary>
    SceneBuilder,

    /// <summary>An edit, code directly (<c>scene-editor.hbs</c>).</summary>
    SceneEditor,

    /// <summary>The JSON spec of a new or edited scene (<c>scene-spec.hbs</c>).</summary>
    SceneSpec,

    /// <summary>Code from a JSON spec (<c>scene-code-from-spec.hbs</c>).</summary>
    SceneCodeFromSpec,

    /// <summary>A repair of rejected code (<c>scene-repair.hbs</c>).</summary>
    SceneRepair,
}
