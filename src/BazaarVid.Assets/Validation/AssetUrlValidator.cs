using System.Runtime.CompilerServices;
using BazaarVid.Assets.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BazaarVid.Assets;

/// <summary>
/// The default <see cref="IAssetUrlValidator"/>: a lexical scanner for JS/TSX (comments, strings with escapes, template
/// literals, regex literals, JSX text and attributes) plus a small evaluator for constants, concatenations, arrays and
/// objects, checking every media position of Remotion, HTML/SVG, CSS and plain JS. Thread-safe and stateless between
/// calls; time and memory are linear in the code's length.
/// </summary>
public sealed class AssetUrlValidator : IAssetUrlValidator
{
    private readonly ValidationRules _defaults;
    private readonly ILogger _logger;

    // Asset URLs normalized once per context instance (the repair loop validates against the same context again).
    private readonly ConditionalWeakTable<AssetContext, AssetIndex> _indexes = new();

    /// <summary>Creates the validator with configured options (or the defaults) and an optional logger.</summary>
    /// <exception cref="ArgumentException">The configured options are invalid.</exception>
    public AssetUrlValidator(IOptions<AssetValidationOptions>? options = null, ILogger<AssetUrlValidator>? logger = null)
    {
        _defaults = ValidationRules.Create(options?.Value ?? new AssetValidationOptions());
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    public AssetValidationResult Validate(string code, AssetContext assetContext, AssetValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(assetContext);
        var rules = options is null ? _defaults : ValidationRules.Create(options);
        var assets = _indexes.GetValue(assetContext, static context => new AssetIndex(context));
        var result = ScanSession.Run(code, assetContext, assets, rules);
        ValidationLog.Validated(_logger, code.Length, result.Errors.Length, result.Warnings.Length, result.UrlsFound.Length);
        if (_logger.IsEnabled(LogLevel.Trace))
        {
            foreach (var finding in result.Errors.Concat(result.Warnings))
            {
                ValidationLog.Finding(_logger, finding.Code, finding.Line, finding.Column, finding.Url);
            }
        }

        return result;
    }
}
