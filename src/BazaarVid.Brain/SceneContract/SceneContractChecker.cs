using Microsoft.Extensions.Options;

namespace BazaarVid.Brain;

/// <summary>
/// Checks scene code against the scene contract (SCENE_CONTRACT.md): Remotion names destructured from
/// <c>window.Remotion</c> in the first statement, no imports, one <c>export default function Scene_&lt;ID&gt;()</c>,
/// top-level names suffixed <c>_&lt;ID&gt;</c>, an integer duration export in range, frame hooks, no
/// non-deterministic, timer, network or eval APIs, and clamped interpolations with ranges of equal length.
/// It reads a light tokenization (strings, template literals, comments, regular expressions and JSX text never
/// trigger a finding), runs in linear time, never throws on malformed code and never hangs. Asset URLs are not
/// checked here. Thread-safe.
/// </summary>
public sealed class SceneContractChecker
{
    private readonly SceneContractOptions _defaults;

    /// <summary>Creates a checker with the default limits.</summary>
    public SceneContractChecker()
        : this(Options.Create(new SceneContractOptions()))
    {
    }

    /// <summary>Creates a checker whose limits default to <paramref name="options"/>.</summary>
    public SceneContractChecker(IOptions<SceneContractOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _defaults = Validated(options.Value);
    }

    /// <summary>Checks <paramref name="code"/>; <paramref name="options"/> overrides the checker's limits for this call.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> is invalid.</exception>
    public SceneContractResult Check(string code, SceneContractOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        var limits = options is null ? _defaults : Validated(options);
        var sink = new FindingSink(code, limits.MaxFindings);
        if (code.Length > limits.MaxCodeLength)
        {
            sink.Error(SceneContractCodes.CodeTooLarge, $"The code is {code.Length} characters long; the limit is {limits.MaxCodeLength}.", 0);
            return sink.ToResult(null, null);
        }

        var lexed = JsTokenizer.Tokenize(code);
        foreach (var issue in lexed.Issues)
        {
            sink.Error(SceneContractCodes.SyntaxError, issue.Message + ".", issue.Position);
        }

        var source = new SceneSource(code, lexed.Tokens);
        var module = ModuleRules.Check(source, limits, sink);
        ApiRules.Check(source, module, sink);
        return sink.ToResult(module.SceneId, module.DurationInFrames);
    }

    private static SceneContractOptions Validated(SceneContractOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = new SceneContractOptionsValidator().Validate(null, options);
        if (result.Failed)
        {
            throw new ArgumentException(result.FailureMessage, nameof(options));
        }

        if (options.MinDurationInFrames > options.MaxDurationInFrames)
        {
            throw new ArgumentException($"MinDurationInFrames ({options.MinDurationInFrames}) is greater than MaxDurationInFrames ({options.MaxDurationInFrames}).", nameof(options));
        }

        return options;
    }
}
