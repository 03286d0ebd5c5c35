using BazaarVid.Context;

namespace BazaarVid.Brain.Tests.Scenes;

public sealed class InMemorySceneStoreTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly InMemorySceneStore _store = new();

    [Fact]
    public async Task Edits_are_new_versions_and_history_keeps_every_one()
    {
        await _store.CreateAsync(Scene("intro001", version: 1, code: "v1"));
        await _store.SaveVersionAsync(Scene("intro001", version: 2, code: "v2"));

        (await _store.GetAsync("p1", "c1", "intro001"))!.Code.Should().Be("v2");
        (await _store.GetHistoryAsync("p1", "c1", "intro001")).Select(s => s.Code).Should().Equal("v1", "v2");
    }

    [Fact]
    public async Task A_stale_version_is_a_concurrency_conflict()
    {
        await _store.CreateAsync(Scene("intro001", version: 1));
        await _store.SaveVersionAsync(Scene("intro001", version: 2));

        var stale = async () => await _store.SaveVersionAsync(Scene("intro001", version: 2));

        await stale.Should().ThrowAsync<ConcurrencyConflictException>();
    }

    [Fact]
    public async Task Deletes_are_soft_and_keep_the_code_in_history()
    {
        await _store.CreateAsync(Scene("intro001", version: 1, code: "kept"));

        var deleted = await _store.DeleteAsync("p1", "c1", "intro001", At);

        deleted.DeletedAt.Should().Be(At);
        (await _store.ListAsync("p1", "c1")).Should().BeEmpty();
        (await _store.GetHistoryAsync("p1", "c1", "intro001")).Should().ContainSingle().Which.Code.Should().Be("kept");
        var edit = async () => await _store.SaveVersionAsync(Scene("intro001", version: 2));
        await edit.Should().ThrowAsync<SceneNotFoundException>();
    }

    [Fact]
    public async Task List_returns_live_scenes_by_order_scoped_to_project_and_conversation()
    {
        await _store.CreateAsync(Scene("b0000001", version: 1, order: 2));
        await _store.CreateAsync(Scene("a0000001", version: 1, order: 1));
        await _store.CreateAsync(Scene("x0000001", version: 1) with { ProjectId = "p2" });

        (await _store.ListAsync("p1", "c1")).Select(s => s.SceneId).Should().Equal("a0000001", "b0000001");
        (await _store.ListAsync("p2", "c1")).Select(s => s.SceneId).Should().Equal("x0000001");
        (await _store.GetAsync("p2", "c1", "a0000001")).Should().BeNull();
    }

    [Fact]
    public async Task Creating_an_existing_id_is_a_typed_error()
    {
        await _store.CreateAsync(Scene("intro001", version: 1));

        var again = async () => await _store.CreateAsync(Scene("intro001", version: 1));

        await again.Should().ThrowAsync<SceneAlreadyExistsException>();
    }

    [Theory]
    [InlineData("", 90, 1)]
    [InlineData("code", 14, 1)]
    [InlineData("code", 1801, 1)]
    [InlineData("code", 90, 0)]
    public async Task Invalid_scenes_are_argument_errors(string code, int frames, int version)
    {
        var create = async () => await _store.CreateAsync(Scene("intro001", version, code) with { DurationInFrames = frames });

        await create.Should().ThrowAsync<ArgumentException>();
        (await _store.ListAsync("p1", "c1")).Should().BeEmpty();
    }

    private static StoredScene Scene(string id, int version, string code = "code", int order = 1) =>
        new("p1", "c1", id, order, "Scene " + id, code, 90, null, version, At, At, null);
}
