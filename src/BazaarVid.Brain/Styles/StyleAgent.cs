using System.Collections.Concurrent;
using BazaarVid.Context;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BazaarVid.Brain;

/// <summary>
/// The default <see cref="IStyleAgent"/>. Resolution order for a query: the <see cref="StyleLibrary"/> (exact, alias,
/// fuzzy), then researched styles in process memory and in the <see cref="IStyleCache"/> (unexpired entries only; each
/// reuse increments the entry's usage count), then — when an <see cref="IStyleResearcher"/> is present — one research
/// call per unknown query (concurrent resolutions of the same query share it), validated and repaired, then cached for
/// <see cref="StyleAgentOptions.CacheTtl"/>. Anything that fails (research error, timeout, unusable answer, a failing
/// cache store) degrades to the generic style or to no cache, and is logged. Without a researcher it never calls out.
/// </summary>
public sealed class StyleAgent : IStyleAgent
{
    private const int MaxKeyLength = 60;

    private readonly StyleLibrary _library;
    private readonly IStyleCache _cache;
    private readonly IStyleResearcher? _researcher;
    private readonly TimeProvider _timeProvider;
    private readonly StyleAgentOptions _options;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, StyleCacheEntry> _memory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task<StyleProfile?>> _inFlight = new(StringComparer.Ordinal);

    /// <summary>Creates the agent. With no <paramref name="researcher"/>, unknown styles resolve to the generic style.</summary>
    public StyleAgent(
        StyleLibrary library,
        IStyleCache cache,
        IOptions<StyleAgentOptions> options,
        TimeProvider timeProvider,
        ILogger<StyleAgent>? logger = null,
        IStyleResearcher? researcher = null)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _library = library;
        _cache = cache;
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger ?? NullLogger<StyleAgent>.Instance;
        _researcher = researcher;
    }

    /// <inheritdoc />
    public StyleQuery? ExtractQuery(string prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        return StyleQueryExtractor.Extract(prompt);
    }

    /// <inheritdoc />
    public async ValueTask<StyleResolution> ResolveAsync(StyleQuery? query, PreferenceSet preferences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        cancellationToken.ThrowIfCancellationRequested();
        var resolution = query is null ? FromPreferences(preferences) : await FromQueryAsync(query, cancellationToken).ConfigureAwait(false);
        StyleLog.Resolved(_logger, resolution.Kind);
        StyleLog.ResolvedDetail(_logger, query?.Phrase, resolution.Style.Key, resolution.Kind, resolution.MatchedTerm);
        return resolution;
    }

    private StyleResolution FromPreferences(PreferenceSet preferences) =>
        PreferenceStyles.Derive(_library, preferences) is { } derived
            ? new StyleResolution(derived.Style, StyleMatchKind.PreferenceDerived, null, derived.Term)
            : Generic(null);

    private async ValueTask<StyleResolution> FromQueryAsync(StyleQuery query, CancellationToken cancellationToken)
    {
        var key = StyleTerms.Key(query.Phrase);
        if (key.Length > _options.MaxQueryLength)
        {
            key = key[.._options.MaxQueryLength].TrimEnd();
        }

        if (key.Length == 0)
        {
            return Generic(query);
        }

        if (_library.Match(key) is { } match)
        {
            return new StyleResolution(match.Style, match.Kind, query, match.Term);
        }

        var cached = await GetCachedAsync(key, cancellationToken).ConfigureAwait(false);
        if (cached is not null)
        {
            return new StyleResolution(cached, StyleMatchKind.Researched, query, key);
        }

        if (_researcher is null)
        {
            return Generic(query);
        }

        var researched = await ResearchOnceAsync(key, _researcher, cancellationToken).ConfigureAwait(false);
        return researched is null ? Generic(query) : new StyleResolution(researched, StyleMatchKind.Researched, query, key);
    }

    private StyleResolution Generic(StyleQuery? query) => new(_library.Generic, StyleMatchKind.Generic, query, null);

    private async ValueTask<StyleProfile?> GetCachedAsync(string key, CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        if (_memory.TryGetValue(key, out var remembered))
        {
            if (!remembered.IsExpiredAt(now))
            {
                await IncrementUsageAsync(key, cancellationToken).ConfigureAwait(false);
                return remembered.Style;
            }

            _memory.TryRemove(new KeyValuePair<string, StyleCacheEntry>(key, remembered));
        }

        StyleCacheEntry? stored;
        try
        {
            stored = await _cache.GetAsync(key, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            StyleLog.CacheFailed(_logger, "get", exception);
            return null;
        }

        if (stored is null)
        {
            return null;
        }

        // A durable store is outside this process: its entries are checked like any other untrusted style.
        var reason = stored.IsExpiredAt(now) ? "expired"
            : !string.Equals(stored.QueryKey, key, StringComparison.Ordinal) ? "key mismatch"
            : StyleRepair.FindProblem(stored.Style);
        if (reason is not null)
        {
            StyleLog.CachedEntryIgnored(_logger, reason);
            return null;
        }

        Remember(stored);
        await IncrementUsageAsync(key, cancellationToken).ConfigureAwait(false);
        return stored.Style;
    }

    private async ValueTask IncrementUsageAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            await _cache.IncrementUsageAsync(key, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            StyleLog.CacheFailed(_logger, "increment", exception);
        }
    }

    private void Remember(StyleCacheEntry entry)
    {
        if (_options.MemoryCacheCapacity == 0)
        {
            return;
        }

        // Researched styles are few; when the memory layer is full it simply starts over from the store.
        if (_memory.Count >= _options.MemoryCacheCapacity)
        {
            _memory.Clear();
        }

        _memory[entry.QueryKey] = entry;
    }

    private async Task<StyleProfile?> ResearchOnceAsync(string key, IStyleResearcher researcher, CancellationToken cancellationToken)
    {
        var completion = new TaskCompletionSource<StyleProfile?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var shared = _inFlight.GetOrAdd(key, completion.Task);
        if (ReferenceEquals(shared, completion.Task))
        {
            // Runs under its own timeout, not the caller's token, so one caller giving up does not fail the others.
            _ = RunResearchAsync(key, researcher, completion);
        }

        return await shared.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task RunResearchAsync(string key, IStyleResearcher researcher, TaskCompletionSource<StyleProfile?> completion)
    {
        StyleProfile? result = null;
        using var timeout = new CancellationTokenSource(_options.ResearchTimeout, _timeProvider);
        try
        {
            var answer = await researcher.ResearchAsync(key, timeout.Token).ConfigureAwait(false);
            if (answer is null)
            {
                StyleLog.ResearchFailed(_logger, "no usable answer", null);
            }
            else
            {
                (result, var repairCount) = Accept(answer, key);
                if (result is not null)
                {
                    await StoreAsync(key, result, repairCount).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException exception) when (timeout.IsCancellationRequested)
        {
            StyleLog.ResearchFailed(_logger, "timeout", exception);
        }
        catch (Exception exception)
        {
            StyleLog.ResearchFailed(_logger, "exception", exception);
        }
        finally
        {
            _inFlight.TryRemove(new KeyValuePair<string, Task<StyleProfile?>>(key, completion.Task));
            completion.SetResult(result);
        }
    }

    private (StyleProfile? Style, int RepairCount) Accept(StyleProfile answer, string key)
    {
        var candidate = answer with { Key = Slug(key), Aliases = [key] };
        var repaired = StyleRepair.Repair(candidate, _library.Generic, out var repairs);
        if (repairs.Length > 0)
        {
            StyleLog.Repaired(_logger, repairs);
        }

        var problem = StyleRepair.FindProblem(repaired);
        if (problem is not null)
        {
            StyleLog.ResearchFailed(_logger, "invalid after repair: " + problem, null);
            return (null, repairs.Length);
        }

        return (repaired, repairs.Length);
    }

    private async ValueTask StoreAsync(string key, StyleProfile style, int repairCount)
    {
        var now = _timeProvider.GetUtcNow();
        var entry = new StyleCacheEntry(key, style, now, now + _options.CacheTtl, 1);
        Remember(entry);
        try
        {
            await _cache.SetAsync(entry).ConfigureAwait(false);
            StyleLog.Researched(_logger, entry.ExpiresAt, repairCount);
        }
        catch (Exception exception)
        {
            StyleLog.CacheFailed(_logger, "set", exception);
        }
    }

    /// <summary>A kebab-case key from a normalized query ("wes anderson film" is "wes-anderson-film").</summary>
    private static string Slug(string key)
    {
        var slug = key.Replace(' ', '-');
        return slug.Length <= MaxKeyLength ? slug : slug[..MaxKeyLength].TrimEnd('-');
    }
}
