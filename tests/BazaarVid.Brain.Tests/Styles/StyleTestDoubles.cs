using System.Collections.Concurrent;
using BazaarVid.Context;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BazaarVid.Brain.Tests.Styles;

/// <summary>A TimeProvider whose clock moves only when a test says so (timers still use real time).</summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public ManualTimeProvider()
        : this(new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

/// <summary>A logger that keeps every entry.</summary>
public sealed class CollectingLogger<T> : ILogger<T>
{
    public ConcurrentQueue<(LogLevel Level, EventId Id, string Message, Exception? Exception)> Entries { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Enqueue((logLevel, eventId, formatter(state, exception), exception));

    public bool Has(int eventId) => Entries.Any(e => e.Id.Id == eventId);
}

/// <summary>An IStyleCache whose every operation throws, to prove the agent survives a broken store.</summary>
public sealed class FailingStyleCache : IStyleCache
{
    public ValueTask<StyleCacheEntry?> GetAsync(string queryKey, CancellationToken cancellationToken = default) => throw new InvalidOperationException("store down");

    public ValueTask SetAsync(StyleCacheEntry entry, CancellationToken cancellationToken = default) => throw new InvalidOperationException("store down");

    public ValueTask<long> IncrementUsageAsync(string queryKey, CancellationToken cancellationToken = default) => throw new InvalidOperationException("store down");
}

/// <summary>Builds agents and preference sets for the style tests.</summary>
public static class StyleTestKit
{
    public const string WesAndersonJson =
        """
        {
          "name": "Wes Anderson",
          "description": "Symmetrical, pastel, storybook framing with deadpan typography.",
          "palette": { "background": "#F6E7D8", "surface": "#F2C6B4", "primary": "#C94F4F", "accent": "#4F8A8B", "text": "#2E2A27", "mutedText": "#6B5E57" },
          "typography": { "headingFont": "Futura, 'Century Gothic', Arial, sans-serif", "bodyFont": "Futura, Arial, sans-serif", "headingWeight": 700, "letterSpacing": 0.05, "uppercase": true },
          "layoutPrinciples": ["perfect central symmetry", "flat frontal framing", "pastel colour blocks", "chapter title cards"],
          "motion": { "easing": "Easing.inOut(Easing.cubic)", "springDamping": 200, "springStiffness": 90, "springMass": 1, "pacing": "slow" }
        }
        """;

    public static StyleAgent Agent(
        IChatClient? chatClient = null,
        IStyleCache? cache = null,
        TimeProvider? time = null,
        ILogger<StyleAgent>? logger = null,
        Action<StyleAgentOptions>? configure = null)
    {
        time ??= new ManualTimeProvider();
        var options = new StyleAgentOptions();
        configure?.Invoke(options);
        return new StyleAgent(
            StyleLibrary.Default,
            cache ?? new InMemoryStyleCache(time),
            Options.Create(options),
            time,
            logger,
            chatClient is null ? null : new LlmStyleResearcher(chatClient));
    }

    public static PreferenceSet VisualStyle(string value) =>
        PreferenceSet.Empty.Apply([new PreferenceObservation(PreferenceKind.VisualStyle, value, 0.9, true, value)], 1);
}
