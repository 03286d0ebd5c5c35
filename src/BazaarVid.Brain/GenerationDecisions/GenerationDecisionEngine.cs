using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BazaarVid.Brain;

/// <summary>
/// The default <see cref="IGenerationDecisionEngine"/>: a deterministic score from element count, layout cues,
/// animation cues and assets (see <see cref="GenerationDecisionOptions"/> for the formula and thresholds). Simple
/// requests ("a title card saying Hello") get direct code; plans with grids, charts, staggered sequences or many
/// elements get a JSON spec first.
/// </summary>
public sealed partial class GenerationDecisionEngine : IGenerationDecisionEngine
{
    private readonly GenerationDecisionOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates the engine with its options.</summary>
    public GenerationDecisionEngine(IOptions<GenerationDecisionOptions> options, ILogger<GenerationDecisionEngine>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger ?? NullLogger<GenerationDecisionEngine>.Instance;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException">The request, its prompt or its preferences are null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The asset count is negative.</exception>
    public GenerationDecision Decide(GenerationDecisionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Prompt, nameof(request));
        ArgumentNullException.ThrowIfNull(request.Preferences, nameof(request));
        ArgumentOutOfRangeException.ThrowIfNegative(request.AssetCount, nameof(request));

        var cues = ComplexityAnalyzer.Analyze(request.Prompt, request.AssetCount, request.Preferences, _options.MaxAnalyzedCharacters);
        var cueCount = cues.LayoutCues.Length + cues.AnimationCues.Length;
        var raw = (_options.ElementWeight * (cues.ElementCount - 1))
            + (_options.LayoutCueWeight * cues.LayoutCues.Length)
            + (_options.AnimationCueWeight * cues.AnimationCues.Length)
            + (_options.AssetWeight * cues.AssetCount);
        var score = Math.Max(0, raw - (request.IsEdit ? _options.EditDiscount : 0));
        var approach = score >= _options.JsonThenCodeThreshold ? GenerationApproach.JsonThenCode : GenerationApproach.DirectCode;
        var tokens = _options.BaseTokens
            + (_options.TokensPerElement * cues.ElementCount)
            + (_options.TokensPerAsset * cues.AssetCount)
            + (_options.TokensPerCue * cueCount)
            + (approach == GenerationApproach.JsonThenCode ? _options.JsonSpecTokens : 0);
        var decision = new GenerationDecision(approach, score, Rationale(approach, score, cues, request.IsEdit), tokens, cues);
        Decided(_logger, approach, score, _options.JsonThenCodeThreshold, tokens);
        return decision;
    }

    private string Rationale(GenerationApproach approach, int score, ComplexityCues cues, bool isEdit)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{approach}: score {score} ")
            .Append(approach == GenerationApproach.JsonThenCode ? ">= " : "< ")
            .Append(CultureInfo.InvariantCulture, $"threshold {_options.JsonThenCodeThreshold} (")
            .Append(CultureInfo.InvariantCulture, $"{cues.ElementCount} element{(cues.ElementCount == 1 ? string.Empty : "s")}");
        if (cues.LayoutCues.Length > 0)
        {
            text.Append("; layout: ").AppendJoin(", ", cues.LayoutCues);
        }

        if (cues.AnimationCues.Length > 0)
        {
            text.Append("; animation: ").AppendJoin(", ", cues.AnimationCues);
        }

        if (cues.AssetCount > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"; {cues.AssetCount} asset{(cues.AssetCount == 1 ? string.Empty : "s")}");
        }

        if (isEdit && _options.EditDiscount > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"; edit -{_options.EditDiscount}");
        }

        return text.Append(").").ToString();
    }

    [LoggerMessage(EventId = 3150, Level = LogLevel.Debug, Message = "Generation decision {Approach}: score {Score} (threshold {Threshold}), about {Tokens} output tokens")]
    private static partial void Decided(ILogger logger, GenerationApproach approach, int score, int threshold, int tokens);
}
