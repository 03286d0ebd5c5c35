using System.Collections.Immutable;

namespace BazaarVid.Context;

/// <summary>
/// The scenes of a conversation in order, the deleted ones, and the typed relationships between them.
/// Immutable: every change returns a new storyboard. <see cref="RelationshipKind.Follows"/> edges always
/// mirror the live order; edges touching a deleted scene are removed with it.
/// </summary>
public sealed record Storyboard
{
    /// <summary>The shortest scene, in frames.</summary>
    public const int MinDurationInFrames = 15;

    /// <summary>The longest scene, in frames.</summary>
    public const int MaxDurationInFrames = 1800;

    /// <summary>An empty storyboard.</summary>
    public static Storyboard Empty { get; } = new([], [], []);

    /// <summary>Creates a storyboard from its parts.</summary>
    public Storyboard(ImmutableArray<SceneEntry> scenes, ImmutableArray<SceneEntry> deletedScenes, ImmutableArray<SceneRelationship> relationships)
    {
        Scenes = scenes.IsDefault ? [] : scenes;
        DeletedScenes = deletedScenes.IsDefault ? [] : deletedScenes;
        Relationships = relationships.IsDefault ? [] : relationships;
    }

    /// <summary>The live scenes, by <see cref="SceneEntry.Order"/>.</summary>
    public ImmutableArray<SceneEntry> Scenes { get; }

    /// <summary>Soft-deleted scenes, in deletion order.</summary>
    public ImmutableArray<SceneEntry> DeletedScenes { get; }

    /// <summary>The scene graph's edges, in creation order.</summary>
    public ImmutableArray<SceneRelationship> Relationships { get; }

    /// <summary>The live scene with <paramref name="sceneId"/>, or null.</summary>
    public SceneEntry? Find(string sceneId)
    {
        foreach (var scene in Scenes)
        {
            if (string.Equals(scene.Id, sceneId, StringComparison.Ordinal))
            {
                return scene;
            }
        }

        return null;
    }

    /// <summary>Adds a scene (appended, or inserted at <see cref="SceneCreated.Position"/>).</summary>
    /// <exception cref="SceneAlreadyExistsException">The id is already used.</exception>
    public Storyboard Create(SceneCreated change, int turn, AssetLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(ledger);
        Identifier.Validate(change.SceneId, nameof(change.SceneId));
        ArgumentException.ThrowIfNullOrWhiteSpace(change.Name, nameof(change));
        ValidateDuration(change.DurationInFrames);
        if (Find(change.SceneId) is not null || DeletedScenes.Any(s => s.Id == change.SceneId))
        {
            throw new SceneAlreadyExistsException(change.SceneId);
        }

        var index = Math.Clamp((change.Position ?? Scenes.Length + 1) - 1, 0, Scenes.Length);
        var entry = new SceneEntry(change.SceneId, index + 1, change.Name.Trim(), change.DurationInFrames, change.Description?.Trim() ?? string.Empty, 1, turn, turn);
        var scenes = Renumber(Scenes.Insert(index, entry));
        var edges = Relationships
            .AddRange(AssetEdges(change.SceneId, change.AssetUrls, ledger, turn))
            .AddRange(LinkEdges(change.SceneId, change.Links, turn));
        return new Storyboard(scenes, DeletedScenes, WithFollows(scenes, Dedupe(edges), turn));
    }

    /// <summary>Applies an edit: bumps the version and changes what the edit names.</summary>
    /// <exception cref="SceneNotFoundException">The scene is not live.</exception>
    public Storyboard Edit(SceneEdited change, int turn, AssetLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(ledger);
        var current = Find(change.SceneId) ?? throw new SceneNotFoundException(change.SceneId);
        if (change.DurationInFrames is { } frames)
        {
            ValidateDuration(frames);
        }

        var edited = current with
        {
            Name = string.IsNullOrWhiteSpace(change.Name) ? current.Name : change.Name.Trim(),
            DurationInFrames = change.DurationInFrames ?? current.DurationInFrames,
            Description = change.Description?.Trim() ?? current.Description,
            Version = current.Version + 1,
            UpdatedTurn = turn,
        };
        var edges = Relationships;
        if (!change.AssetUrls.IsDefault)
        {
            edges = edges.RemoveAll(e => e.Kind == RelationshipKind.UsesAsset && e.From == change.SceneId)
                .AddRange(AssetEdges(change.SceneId, change.AssetUrls, ledger, turn));
        }

        edges = edges.AddRange(LinkEdges(change.SceneId, change.Links, turn));
        return new Storyboard(Scenes.Replace(current, edited), DeletedScenes, Dedupe(edges));
    }

    /// <summary>Soft-deletes a scene: it moves to <see cref="DeletedScenes"/> and loses its edges.</summary>
    /// <exception cref="SceneNotFoundException">The scene is not live.</exception>
    public Storyboard Delete(string sceneId, int turn)
    {
        var current = Find(sceneId) ?? throw new SceneNotFoundException(sceneId);
        var scenes = Renumber(Scenes.Remove(current));
        var edges = Relationships.RemoveAll(e => e.From == sceneId || e.To == sceneId);
        return new Storyboard(scenes, DeletedScenes.Add(current with { DeletedTurn = turn }), WithFollows(scenes, edges, turn));
    }

    /// <inheritdoc />
    public bool Equals(Storyboard? other) =>
        other is not null
        && Scenes.SequenceEqual(other.Scenes)
        && DeletedScenes.SequenceEqual(other.DeletedScenes)
        && Relationships.SequenceEqual(other.Relationships);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Scenes.Length, DeletedScenes.Length, Relationships.Length);

    private static void ValidateDuration(int frames)
    {
        if (frames is < MinDurationInFrames or > MaxDurationInFrames)
        {
            throw new ArgumentOutOfRangeException(nameof(frames), frames, $"A scene lasts {MinDurationInFrames} to {MaxDurationInFrames} frames.");
        }
    }

    private static ImmutableArray<SceneEntry> Renumber(ImmutableArray<SceneEntry> scenes)
    {
        var builder = scenes.ToBuilder();
        for (var i = 0; i < builder.Count; i++)
        {
            if (builder[i].Order != i + 1)
            {
                builder[i] = builder[i] with { Order = i + 1 };
            }
        }

        return builder.ToImmutable();
    }

    private static IEnumerable<SceneRelationship> AssetEdges(string sceneId, ImmutableArray<string> urls, AssetLedger ledger, int turn)
    {
        if (urls.IsDefault)
        {
            yield break;
        }

        foreach (var url in urls)
        {
            if (url is not null && ledger.FindByUrl(url) is { } entry)
            {
                yield return new SceneRelationship(sceneId, entry.Id, RelationshipKind.UsesAsset, turn);
            }
        }
    }

    private IEnumerable<SceneRelationship> LinkEdges(string sceneId, ImmutableArray<SceneLink> links, int turn)
    {
        if (links.IsDefault)
        {
            yield break;
        }

        foreach (var link in links)
        {
            if (link is null || link.SceneId == sceneId || link.Kind is RelationshipKind.Follows or RelationshipKind.UsesAsset)
            {
                throw new ArgumentException($"A scene link must name another scene with References, VariantOf or SharesStyleWith (got {link?.Kind}).", nameof(links));
            }

            if (Find(link.SceneId) is null)
            {
                throw new SceneNotFoundException(link.SceneId);
            }

            yield return new SceneRelationship(sceneId, link.SceneId, link.Kind, turn);
        }
    }

    /// <summary>Keeps the first edge of each (from, to, kind).</summary>
    private static ImmutableArray<SceneRelationship> Dedupe(ImmutableArray<SceneRelationship> edges)
    {
        var seen = new HashSet<(string, string, RelationshipKind)>();
        var builder = ImmutableArray.CreateBuilder<SceneRelationship>(edges.Length);
        foreach (var edge in edges)
        {
            if (seen.Add((edge.From, edge.To, edge.Kind)))
            {
                builder.Add(edge);
            }
        }

        return builder.Count == edges.Length ? edges : builder.ToImmutable();
    }

    /// <summary>Rebuilds the Follows edges from the live order, keeping the turn of edges that did not change.</summary>
    private static ImmutableArray<SceneRelationship> WithFollows(ImmutableArray<SceneEntry> scenes, ImmutableArray<SceneRelationship> edges, int turn)
    {
        var existing = edges.Where(e => e.Kind == RelationshipKind.Follows).ToDictionary(e => (e.From, e.To), e => e.Turn);
        var builder = edges.Where(e => e.Kind != RelationshipKind.Follows).ToImmutableArray().ToBuilder();
        for (var i = 1; i < scenes.Length; i++)
        {
            var pair = (scenes[i].Id, scenes[i - 1].Id);
            builder.Add(new SceneRelationship(pair.Item1, pair.Item2, RelationshipKind.Follows, existing.GetValueOrDefault(pair, turn)));
        }

        return builder.ToImmutable();
    }
}
