using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BazaarVid.Brain;

/// <summary>
/// An <see cref="IStyleResearcher"/> that asks an <see cref="IChatClient"/> once for a style as structured JSON
/// (<see cref="ChatResponseFormat.ForJsonSchema{T}"/>). An answer that is not JSON of the expected shape gives null;
/// exceptions from the client propagate to the agent, which falls back to the generic style.
/// </summary>
public sealed class LlmStyleResearcher : IStyleResearcher
{
    private const int MaxOutputTokens = 900;

    private const string Instructions =
        """
        You are a motion-graphics art director. Describe the visual style the user names so a Remotion video can use it.
        Answer with JSON only, matching the schema:
        - name: a short display name; description: one sentence.
        - palette: background, surface, primary, accent, text, mutedText as #RRGGBB; text on background must have a
          WCAG contrast ratio of at least 4.5, mutedText at least 3.
        - typography: headingFont and bodyFont as CSS font-family stacks ending in a web-safe font and a generic family
          (for example "Inter, Helvetica, Arial, sans-serif" or "'Playfair Display', Georgia, serif"); headingWeight
          100-900; letterSpacing in em (-0.1 to 0.5); uppercase true or false.
        - layoutPrinciples: 3 to 5 short rules.
        - motion: easing as a Remotion expression such as "Easing.bezier(0.16, 1, 0.3, 1)" or "Easing.inOut(Easing.cubic)";
          springDamping (1-1000), springStiffness (1-1000), springMass (0.1-10); pacing "fast", "medium" or "slow".
        Describe the look only; never include URLs, code or names of people's private data.
        """;

    private static readonly ChatResponseFormat ResponseFormat =
        ChatResponseFormat.ForJsonSchema<ResearchedStyle>(LlmStyleJsonContext.Default.Options, "style_profile", "A visual style for motion graphics.");

    private readonly IChatClient _chatClient;
    private readonly ILogger _logger;

    /// <summary>Creates the researcher over <paramref name="chatClient"/>.</summary>
    public LlmStyleResearcher(IChatClient chatClient, ILogger<LlmStyleResearcher>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(chatClient);
        _chatClient = chatClient;
        _logger = logger ?? NullLogger<LlmStyleResearcher>.Instance;
    }

    /// <inheritdoc />
    public async ValueTask<StyleProfile?> ResearchAsync(string phrase, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phrase);
        var messages = new[]
        {
            new ChatMessage(ChatRole.System, Instructions),
            new ChatMessage(ChatRole.User, $"Style to describe: {phrase}"),
        };
        var options = new ChatOptions { ResponseFormat = ResponseFormat, Temperature = 0, MaxOutputTokens = MaxOutputTokens };
        var response = await _chatClient.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        var answer = Parse(response.Text);
        if (answer is null)
        {
            StyleLog.ResearchAnswerUnusable(_logger, response.Text?.Length ?? 0);
            return null;
        }

        return new StyleProfile(
            "researched",
            answer.Name ?? string.Empty,
            [],
            answer.Description ?? string.Empty,
            answer.Palette ?? new StylePalette(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty),
            answer.Typography ?? new StyleTypography(string.Empty, string.Empty, 0, 0, false),
            answer.LayoutPrinciples is null ? [] : [.. answer.LayoutPrinciples.Where(p => p is not null)],
            answer.Motion ?? new StyleMotion(string.Empty, 0, 0, 0, string.Empty));
    }

    private static ResearchedStyle? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Some models wrap JSON in a Markdown fence even when asked for a schema.
        var json = text.Trim();
        var open = json.IndexOf('{', StringComparison.Ordinal);
        var close = json.LastIndexOf('}');
        if (open < 0 || close <= open)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json[open..(close + 1)], LlmStyleJsonContext.Default.ResearchedStyle);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>The JSON shape asked of the model; every part may be missing and is repaired by the agent.</summary>
internal sealed record ResearchedStyle(
    string? Name,
    string? Description,
    StylePalette? Palette,
    StyleTypography? Typography,
    string[]? LayoutPrinciples,
    StyleMotion? Motion);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(ResearchedStyle))]
internal sealed partial class LlmStyleJsonContext : JsonSerializerContext;
