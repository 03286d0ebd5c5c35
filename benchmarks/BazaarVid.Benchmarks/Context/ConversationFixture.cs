using BazaarVid.Context;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;

namespace BazaarVid.Benchmarks.Context;

/// <summary>Builds a conversation of a given size through the real context manager, over a shared in-memory store.</summary>
internal static class ConversationFixture
{
    private static readonly string[] Prompts =
    [
        "Make an intro for Spinlio, a cyber security startup. Dark and fast, with neon accents.",
        "Each scene should be 2 seconds. Keep the animations smooth.",
        "Next, a scene with the tagline \"Security that spins up in seconds\".",
        "Here is our dashboard screenshot https://cdn.bazaarvid.test/spinlio/uploads/1a2b3c4d5e6f7081.png, show it in a product scene.",
        "No emojis anywhere please, and always show our logo in the corner.",
        "Add a features scene with three cards: Zero Trust, Real-time alerts, SOC2 ready.",
        "Make the tagline bigger.",
        "Use #00E5FF as the accent color.",
        "Add a pricing scene: Starter $9, Pro $29, Enterprise on request.",
        "Can you make the dashboard scene slide in from the right?",
    ];

    public static ContextOptions Options { get; } = new();

    public static ContextManager CreateManager(IConversationStore store, IMemoryCache cache)
    {
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        var estimator = CharacterClassTokenEstimator.Instance;
        return new ContextManager(
            store,
            new InMemoryProjectMemoryStore(new MemoryExpiry(options), TimeProvider.System),
            new RuleBasedPreferenceExtractor(options),
            new ExtractiveContextSummarizer(options),
            new PromptContextBuilder(estimator, options),
            cache,
            TimeProvider.System,
            options,
            NullLogger<ContextManager>.Instance);
    }

    public static async Task<ConversationKey> FillAsync(IContextManager manager, int messageCount)
    {
        var key = new ConversationKey("bench", "c" + messageCount);
        for (var i = 0; i < messageCount; i++)
        {
            if (i % 2 == 0)
            {
                var upload = i % 40 == 0 ? $" Asset https://cdn.bazaarvid.test/bench/asset-{i}.png" : string.Empty;
                await manager.AppendUserMessageAsync(key, Prompts[(i / 2) % Prompts.Length] + upload);
            }
            else
            {
                await manager.AppendAssistantMessageAsync(key, "Done: updated the storyboard as asked.");
            }

            if (i % 20 == 1)
            {
                await manager.RecordSceneCreatedAsync(key, new SceneCreated($"s{i:0000000}", $"Scene {i}", 60, "A scene of the benchmark session"));
            }
        }

        return key;
    }

    /// <summary>An IMemoryCache that never keeps anything, so every read is a cache miss.</summary>
    public sealed class NeverCache : IMemoryCache
    {
        public ICacheEntry CreateEntry(object key) => new NullEntry(key);

        public void Remove(object key)
        {
        }

        public bool TryGetValue(object key, out object? value)
        {
            value = null;
            return false;
        }

        public void Dispose()
        {
        }

        private sealed class NullEntry(object key) : ICacheEntry
        {
            public object Key { get; } = key;

            public object? Value { get; set; }

            public DateTimeOffset? AbsoluteExpiration { get; set; }

            public TimeSpan? AbsoluteExpirationRelativeToNow { get; set; }

            public TimeSpan? SlidingExpiration { get; set; }

            public IList<Microsoft.Extensions.Primitives.IChangeToken> ExpirationTokens { get; } = [];

            public IList<PostEvictionCallbackRegistration> PostEvictionCallbacks { get; } = [];

            public CacheItemPriority Priority { get; set; }

            public long? Size { get; set; }

            public void Dispose()
            {
            }
        }
    }
}
