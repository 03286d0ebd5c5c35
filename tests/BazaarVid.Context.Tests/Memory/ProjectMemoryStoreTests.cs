using BazaarVid.Context.Tests.TestSupport;

namespace BazaarVid.Context.Tests.Memory;

public sealed class ProjectMemoryStoreTests : IDisposable
{
    private readonly ContextHarness _harness = new(o => o.LongTermTtl = TimeSpan.FromDays(90));

    private IProjectMemoryStore Store => _harness.Get<IProjectMemoryStore>();

    public void Dispose() => _harness.Dispose();

    [Theory]
    [InlineData(MemoryTier.ShortTerm, 1.0)]
    [InlineData(MemoryTier.MediumTerm, 24.0)]
    [InlineData(MemoryTier.LongTerm, 90 * 24.0)]
    public async Task Each_tier_expires_after_its_ttl(MemoryTier tier, double hours)
    {
        var item = await Store.SetAsync("p1", new MemoryWrite(tier, "fact", "k", "v"));

        item.ExpiresAt.Should().Be(_harness.Time.GetUtcNow() + TimeSpan.FromHours(hours));
        _harness.Time.Advance(TimeSpan.FromHours(hours));
        (await Store.GetAsync("p1", "fact", "k")).Should().BeNull();
        (await Store.ListAsync("p1")).Should().BeEmpty();
    }

    [Fact]
    public async Task Short_and_medium_items_slide_on_read_and_long_ones_do_not()
    {
        await Store.SetAsync("p1", new MemoryWrite(MemoryTier.ShortTerm, "fact", "short", "v"));
        await Store.SetAsync("p1", new MemoryWrite(MemoryTier.LongTerm, "fact", "long", "v"));

        for (var i = 0; i < 5; i++)
        {
            _harness.Time.Advance(TimeSpan.FromMinutes(50));
            (await Store.GetAsync("p1", "fact", "short")).Should().NotBeNull("read every 50 minutes keeps a 1-hour item alive");
        }

        var longItem = await Store.GetAsync("p1", "fact", "long");
        longItem!.ExpiresAt.Should().Be(longItem.CreatedAt + TimeSpan.FromDays(90));
    }

    [Fact]
    public async Task Pinned_items_never_expire()
    {
        await Store.SetAsync("p1", new MemoryWrite(MemoryTier.LongTerm, "asset", "https://cdn.example.test/a.png", "https://cdn.example.test/a.png", Pinned: true));

        _harness.Time.Advance(TimeSpan.FromDays(10_000));
        await Store.SweepExpiredAsync();

        (await Store.GetAsync("p1", "asset", "https://cdn.example.test/a.png"))!.IsPinned.Should().BeTrue();
    }

    [Fact]
    public async Task Expired_items_are_hidden_at_once_and_purged_by_the_sweep()
    {
        await Store.SetAsync("p1", new MemoryWrite(MemoryTier.ShortTerm, "fact", "a", "v"));
        await Store.SetAsync("p1", new MemoryWrite(MemoryTier.MediumTerm, "fact", "b", "v"));
        _harness.Time.Advance(TimeSpan.FromHours(2));

        (await Store.ListAsync("p1")).Select(i => i.Key).Should().Equal("b");
        (await Store.SweepExpiredAsync()).Should().Be(1);
        (await Store.SweepExpiredAsync()).Should().Be(0);
    }

    [Fact]
    public async Task A_write_never_demotes_an_item_to_a_shorter_tier()
    {
        await Store.SetAsync("p1", new MemoryWrite(MemoryTier.LongTerm, "preference", "pacing", "fast"));

        var item = await Store.SetAsync("p1", new MemoryWrite(MemoryTier.ShortTerm, "preference", "pacing", "slow"));

        item.Tier.Should().Be(MemoryTier.LongTerm);
        item.Value.Should().Be("slow");
    }

    [Fact]
    public async Task Projects_never_see_each_others_memory()
    {
        await Store.SetAsync("project-a", new MemoryWrite(MemoryTier.LongTerm, "fact", "k", "secret"));

        (await Store.GetAsync("project-b", "fact", "k")).Should().BeNull();
        (await Store.ListAsync("project-b")).Should().BeEmpty();
    }

    [Fact]
    public async Task High_confidence_preferences_are_promoted_to_long_term_memory_and_assets_are_pinned()
    {
        var key = ContextHarness.Key();
        await _harness.Manager.AppendUserMessageAsync(key, "Each scene should be 2 seconds. Make a quick teaser. Logo: https://cdn.example.test/logo.png");

        var preferences = await Store.ListAsync("p1", type: "preference");
        preferences.Should().Contain(i => i.Key == "scene_duration" && i.Tier == MemoryTier.LongTerm && i.Value.Contains("\"seconds\":2"));
        preferences.Should().Contain(i => i.Key == "pacing" && i.Tier == MemoryTier.MediumTerm);
        (await Store.ListAsync("p1", type: "asset")).Should().ContainSingle().Which.IsPinned.Should().BeTrue();
    }

    [Fact]
    public async Task A_new_conversation_of_the_project_starts_with_its_long_term_preferences_as_implied_ones()
    {
        await _harness.Manager.AppendUserMessageAsync(ContextHarness.Key("p1", "first"), "Each scene should be 2 seconds. Always show our logo.");

        var fresh = await _harness.Manager.GetContextAsync(ContextHarness.Key("p1", "second"));
        var duration = fresh.Preferences.Current(PreferenceKind.SceneDuration)!;
        duration.Should().BeEquivalentTo(new { Seconds = 2.0, Explicit = false, SourceTurn = 0 });
        (await _harness.Manager.GetContextAsync(ContextHarness.Key("other-project", "second"))).Preferences.Active.Should().BeEmpty();

        var stated = await _harness.Manager.AppendUserMessageAsync(ContextHarness.Key("p1", "second"), "Each scene should be 4 seconds.");
        stated.Context.Preferences.Current(PreferenceKind.SceneDuration)!.Seconds.Should().Be(4);
    }

    [Theory]
    [InlineData("", "k", 0.5)]
    [InlineData("fact", " ", 0.5)]
    [InlineData("fact", "k", 1.5)]
    [InlineData("fact", "k", double.NaN)]
    public async Task Invalid_writes_are_argument_errors(string type, string key, double confidence)
    {
        var set = async () => await Store.SetAsync("p1", new MemoryWrite(MemoryTier.ShortTerm, type, key, "v", confidence));

        await set.Should().ThrowAsync<ArgumentException>();
        (await Store.ListAsync("p1")).Should().BeEmpty();
    }

    [Fact]
    public async Task Invalid_project_ids_are_typed_errors()
    {
        var get = async () => await Store.ListAsync("bad\u0001id");

        await get.Should().ThrowAsync<InvalidIdentifierException>();
    }
}
