using System.Collections.Immutable;
using BazaarVid.Assets;
using BazaarVid.Context;
using Microsoft.Extensions.Options;

namespace BazaarVid.Brain;

/// <summary>The assets one turn brought, and the ones that were refused.</summary>
/// <param name="Added">Assets added (or found again) from this message's uploads, attached URLs and URLs in its text.</param>
/// <param name="Rejected">Uploads or URLs that were refused, with their typed reasons.</param>
/// <param name="RequestId">The id under which image analysis of this turn was started.</param>
public sealed record TurnAssets(ImmutableArray<Asset> Added, ImmutableArray<RejectedAsset> Rejected, string RequestId)
{
    /// <summary>The URLs of this message's own assets (never an earlier message's).</summary>
    public ImmutableArray<string> Urls => [.. Added.Select(a => a.Url)];
}

/// <summary>
/// Adds the assets of one turn through <see cref="IAssetIntake"/>: uploads, attached image URLs and http(s) URLs in the
/// text (by reference). A refused asset does not fail the turn; it is reported with its typed reason. Image analysis
/// is started and, unless <see cref="BrainOptions.ImageFactsWait"/> says otherwise, not waited for.
/// </summary>
public sealed class TurnAssetCollector
{
    private readonly IAssetIntake _intake;
    private readonly IAsyncImageProcessor _analysis;
    private readonly TimeSpan _wait;

    /// <summary>Creates the collector.</summary>
    public TurnAssetCollector(IAssetIntake intake, IAsyncImageProcessor analysis, IOptions<BrainOptions> options)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(options);
        _intake = intake;
        _analysis = analysis;
        _wait = options.Value.ImageFactsWait;
    }

    /// <summary>Adds every asset of <paramref name="request"/> for turn <paramref name="turn"/>.</summary>
    public async Task<TurnAssets> CollectAsync(ConversationKey key, BrainRequest request, int turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(request);
        var requestId = $"{key.ProjectId}/{key.ConversationId}/{turn}";
        var added = ImmutableArray.CreateBuilder<Asset>();
        var rejected = ImmutableArray.CreateBuilder<RejectedAsset>();

        foreach (var upload in request.Uploads.IsDefault ? [] : request.Uploads)
        {
            await AddAsync(upload.FileName, () => _intake.AddUploadAsync(key, upload.Content, upload.FileName, requestId, cancellationToken), added, rejected).ConfigureAwait(false);
        }

        var urls = (request.ImageUrls.IsDefault ? [] : request.ImageUrls).Concat(MessageUrlExtractor.Extract(request.Prompt)).Distinct(StringComparer.Ordinal);
        foreach (var url in urls)
        {
            await AddAsync(url, () => _intake.AddReferenceAsync(key, url, requestId, cancellationToken), added, rejected).ConfigureAwait(false);
        }

        if (_wait > TimeSpan.Zero && added.Any(a => a.Type is AssetType.Image or AssetType.Logo or AssetType.Svg))
        {
            await _analysis.WaitForFactsAsync(requestId, _wait, cancellationToken).ConfigureAwait(false);
        }

        return new TurnAssets(added.ToImmutable(), rejected.ToImmutable(), requestId);
    }

    private static async Task AddAsync(string name, Func<Task<Asset>> add, ImmutableArray<Asset>.Builder added, ImmutableArray<RejectedAsset>.Builder rejected)
    {
        try
        {
            var asset = await add().ConfigureAwait(false);
            if (!added.Any(a => a.Id == asset.Id))
            {
                added.Add(asset);
            }
        }
        catch (BazaarVidException exception)
        {
            rejected.Add(new RejectedAsset(name, exception.Code, exception.Message));
        }
    }
}
