using System.Collections.Immutable;
using BazaarVid.Context;

namespace BazaarVid.Assets.Tests.ContextStore;

public class InMemoryAssetContextStoreTests
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly InMemoryAssetContextStore _store = new();

    private static Asset NewAsset(string id, string project = "p1", string conversation = "c1", AssetType type = AssetType.Image, int minute = 0, params string[] tags) =>
        new(id, project, conversation, $"https://cdn.bazaarvid.test/assets/{id}.png", type, "image/png", 10, 10, null, null, null, $"{id}.png",
            [.. tags], Required: false, UsageCount: 0, AssetSource.Upload, T0.AddMinutes(minute));

    [Fact]
    public async Task Append_then_get_returns_the_assets_in_the_order_they_were_added()
    {
        var a = await _store.AppendAsync(NewAsset("a"));
        var b = await _store.AppendAsync(NewAsset("b"));

        var context = await _store.GetAsync("p1", "c1");

        context.ProjectId.Should().Be("p1");
        context.ConversationId.Should().Be("c1");
        context.Assets.Should().Equal(a, b);
        (await _store.FindAsync("p1", "b")).Should().Be(b);
    }

    [Fact]
    public async Task One_hundred_parallel_appends_to_one_conversation_keep_all_one_hundred()
    {
        await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Task.Run(async () => await _store.AppendAsync(NewAsset($"asset-{i}")))));

        var context = await _store.GetAsync("p1", "c1");

        context.Assets.Should().HaveCount(100);
        context.Assets.Select(a => a.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Append_deduplicates_by_asset_id_and_returns_the_stored_asset()
    {
        var first = await _store.AppendAsync(NewAsset("a", minute: 0));

        var again = await _store.AppendAsync(NewAsset("a", minute: 9) with { FileName = "other.png" });

        again.Should().Be(first);
        (await _store.GetAsync("p1", "c1")).Assets.Should().Equal(first);
    }

    [Fact]
    public async Task Parallel_appends_of_one_id_store_it_once()
    {
        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(async () => await _store.AppendAsync(NewAsset("same")))));

        (await _store.GetAsync("p1", "c1")).Assets.Should().ContainSingle();
    }

    [Fact]
    public async Task Appending_an_existing_asset_for_another_conversation_lists_it_there_unchanged()
    {
        var first = await _store.AppendAsync(NewAsset("a", conversation: "c1"));

        var linked = await _store.AppendAsync(first with { ConversationId = "c2" });

        linked.Should().Be(first);
        (await _store.GetAsync("p1", "c2")).Assets.Should().Equal(first);
        (await _store.GetAsync("p1", "c1")).Assets.Should().Equal(first);
    }

    [Fact]
    public async Task Projects_are_strictly_separated_even_with_the_same_conversation_and_asset_ids()
    {
        var ofA = await _store.AppendAsync(NewAsset("shared-id", project: "A", conversation: "conv"));

        (await _store.GetAsync("B", "conv")).Assets.Should().BeEmpty();
        (await _store.FindAsync("B", "shared-id")).Should().BeNull();
        (await _store.IncrementUsageAsync("B", "shared-id")).Should().BeNull();
        (await _store.SetRequiredAsync("B", "shared-id", true)).Should().BeNull();

        var ofB = await _store.AppendAsync(NewAsset("shared-id", project: "B", conversation: "conv") with { Url = "https://b.test/x.png" });

        ofB.Url.Should().Be("https://b.test/x.png");
        (await _store.GetAsync("A", "conv")).Assets.Should().Equal(ofA);
        (await _store.GetAsync("B", "conv")).Assets.Should().Equal(ofB);
        (await _store.FindAsync("A", "shared-id")).Should().Be(ofA);
    }

    [Fact]
    public async Task IncrementUsage_is_atomic_and_visible_in_every_view()
    {
        await _store.AppendAsync(NewAsset("a"));

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(async () => await _store.IncrementUsageAsync("p1", "a"))));

        (await _store.FindAsync("p1", "a"))!.UsageCount.Should().Be(50);
        (await _store.GetAsync("p1", "c1")).Assets.Single().UsageCount.Should().Be(50);
    }

    [Fact]
    public async Task SetRequired_updates_the_asset_and_the_required_view()
    {
        await _store.AppendAsync(NewAsset("a"));
        await _store.AppendAsync(NewAsset("b"));

        var updated = await _store.SetRequiredAsync("p1", "b", required: true);

        updated!.Required.Should().BeTrue();
        (await _store.GetAsync("p1", "c1")).Required.Select(a => a.Id).Should().Equal("b");
        (await _store.SetRequiredAsync("p1", "b", required: false))!.Required.Should().BeFalse();
        (await _store.GetAsync("p1", "c1")).Required.Should().BeEmpty();
    }

    [Fact]
    public async Task Updates_of_an_unknown_asset_return_null()
    {
        await _store.AppendAsync(NewAsset("a"));

        (await _store.IncrementUsageAsync("p1", "missing")).Should().BeNull();
        (await _store.SetRequiredAsync("p1", "missing", true)).Should().BeNull();
        (await _store.IncrementUsageAsync("nobody", "a")).Should().BeNull();
    }

    [Fact]
    public async Task Organized_views_split_images_logos_and_the_five_most_recent()
    {
        await _store.AppendAsync(NewAsset("logo", type: AssetType.Logo, minute: 1));
        await _store.AppendAsync(NewAsset("svg", type: AssetType.Svg, minute: 2, tags: "logo"));
        await _store.AppendAsync(NewAsset("shot", type: AssetType.Image, minute: 3, tags: ["screenshot", "ui"]));
        await _store.AppendAsync(NewAsset("clip", type: AssetType.Video, minute: 4));
        await _store.AppendAsync(NewAsset("song", type: AssetType.Audio, minute: 5));
        await _store.AppendAsync(NewAsset("font", type: AssetType.Font, minute: 6));
        await _store.AppendAsync(NewAsset("late-but-old", type: AssetType.Image, minute: 0));

        var context = await _store.GetAsync("p1", "c1");

        context.Images.Select(a => a.Id).Should().Equal("logo", "svg", "shot", "late-but-old");
        context.Logos.Select(a => a.Id).Should().Equal("logo", "svg");
        context.Recent.Select(a => a.Id).Should().Equal("font", "song", "clip", "shot", "svg");
    }

    [Fact]
    public async Task Get_of_an_unknown_project_or_conversation_is_empty()
    {
        await _store.AppendAsync(NewAsset("a"));

        (await _store.GetAsync("p1", "other")).Should().Be(AssetContext.Empty("p1", "other"));
        (await _store.GetAsync("nobody", "c1")).Assets.Should().BeEmpty();
        (await _store.FindAsync("nobody", "a")).Should().BeNull();
    }

    [Fact]
    public async Task Invalid_arguments_are_rejected()
    {
        var nullAsset = async () => await _store.AppendAsync(null!);
        var badProject = async () => await _store.AppendAsync(NewAsset("a", project: " "));
        var badConversation = async () => await _store.AppendAsync(NewAsset("a", conversation: ""));
        var badId = async () => await _store.AppendAsync(NewAsset("a") with { Id = "x\u0001" });
        var badGet = async () => await _store.GetAsync("p1", null!);
        var badFind = async () => await _store.FindAsync("", "a");
        var badIncrement = async () => await _store.IncrementUsageAsync("p1", "");
        var badRequired = async () => await _store.SetRequiredAsync(null!, "a", true);

        await nullAsset.Should().ThrowAsync<ArgumentNullException>();
        await badProject.Should().ThrowAsync<InvalidIdentifierException>();
        await badConversation.Should().ThrowAsync<InvalidIdentifierException>();
        await badId.Should().ThrowAsync<InvalidIdentifierException>();
        await badGet.Should().ThrowAsync<InvalidIdentifierException>();
        await badFind.Should().ThrowAsync<InvalidIdentifierException>();
        await badIncrement.Should().ThrowAsync<InvalidIdentifierException>();
        await badRequired.Should().ThrowAsync<InvalidIdentifierException>();
        (await _store.GetAsync("p1", "c1")).Assets.Should().BeEmpty();
    }

    [Fact]
    public async Task The_context_returned_is_a_snapshot()
    {
        await _store.AppendAsync(NewAsset("a"));
        var before = await _store.GetAsync("p1", "c1");

        await _store.AppendAsync(NewAsset("b"));
        await _store.IncrementUsageAsync("p1", "a");

        before.Assets.Should().ContainSingle().Which.UsageCount.Should().Be(0);
        ImmutableArray<Asset> after = (await _store.GetAsync("p1", "c1")).Assets;
        after.Should().HaveCount(2);
    }
}
