using BazaarVid.Brain;
using BazaarVid.Context;
using BazaarVid.Storage.Postgres.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BazaarVid.Storage.Postgres.Tests.Scenes;

public sealed class PostgresSceneStoreTests(SchemaFixture schema) : IClassFixture<SchemaFixture>, IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly string _project = TestHost.NewKey().ProjectId;
    private ServiceProvider _host = null!;

    private ISceneStore Store => _host.Get<ISceneStore>();

    public Task InitializeAsync()
    {
        _host = schema.CreateHost();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    internal static StoredScene Scene(string project, string id, int version, string code = "code", int order = 1, SceneSpec? spec = null) =>
        new(project, "c1", id, order, "Scene " + id, code, 90, spec, version, At, At.AddMinutes(version), null);

    [PostgresFact]
    public async Task Edits_are_new_versions_and_history_keeps_every_one()
    {
        var created = await Store.CreateAsync(Scene(_project, "intro001", version: 1, code: "v1"));
        var saved = await Store.SaveVersionAsync(Scene(_project, "intro001", version: 2, code: "v2") with { CreatedAt = At.AddDays(1), Name = "Renamed" });

        created.Should().Be(Scene(_project, "intro001", 1, "v1"));
        saved.CreatedAt.Should().Be(At, "the first version fixes when the scene was created");
        (await Store.GetAsync(_project, "c1", "intro001")).Should().Be(saved);
        var history = await Store.GetHistoryAsync(_project, "c1", "intro001");
        history.Select(s => (s.Version, s.Code, s.Name)).Should().Equal((1, "v1", "Scene intro001"), (2, "v2", "Renamed"));
        history.Should().OnlyContain(s => s.CreatedAt == At);
    }

    [PostgresFact]
    public async Task The_spec_round_trips_as_jsonb()
    {
        var style = StyleLibrary.Default.Generic;
        var spec = new SceneSpec(
            "intro001", "Intro", 90, SceneLayout.Centered, new SceneBackground("#000000", "#111111", null),
            [new SceneElement("e1", ElementKind.Headline, "Spinlio \u0000 secure", null, null, 1, ElementPosition.Flow, AnimationKind.SlideUp, 0)],
            style.Key, style.Palette, style.Typography, style.Motion, 4);

        await Store.CreateAsync(Scene(_project, "intro001", 1, spec: spec));

        var stored = (await Store.GetAsync(_project, "c1", "intro001"))!.Spec!;
        stored.Should().Be(spec with { Elements = [spec.Elements[0] with { Text = "Spinlio \uFFFD secure" }] });
        (await PostgresServer.ScalarAsync<string>($"SELECT jsonb_typeof(spec) FROM {schema.Schema}.scenes WHERE project_id = '{_project}'")).Should().Be("object");
    }

    [PostgresFact]
    public async Task A_stale_version_is_a_concurrency_conflict()
    {
        await Store.CreateAsync(Scene(_project, "intro001", version: 1));
        await Store.SaveVersionAsync(Scene(_project, "intro001", version: 2));

        var stale = async () => await Store.SaveVersionAsync(Scene(_project, "intro001", version: 2, code: "other"));
        var skipped = async () => await Store.SaveVersionAsync(Scene(_project, "intro001", version: 4));

        await stale.Should().ThrowAsync<ConcurrencyConflictException>();
        await skipped.Should().ThrowAsync<ConcurrencyConflictException>();
    }

    [PostgresFact]
    public async Task Of_concurrent_edits_of_one_version_exactly_one_wins()
    {
        await Store.CreateAsync(Scene(_project, "intro001", version: 1));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            try
            {
                await Store.SaveVersionAsync(Scene(_project, "intro001", version: 2, code: $"edit {i}"));
                return true;
            }
            catch (ConcurrencyConflictException)
            {
                return false;
            }
        })));

        outcomes.Count(won => won).Should().Be(1);
        (await Store.GetHistoryAsync(_project, "c1", "intro001")).Should().HaveCount(2);
    }

    [PostgresFact]
    public async Task Deletes_are_soft_and_keep_the_code_in_history()
    {
        await Store.CreateAsync(Scene(_project, "intro001", version: 1, code: "kept"));
        await Store.SaveVersionAsync(Scene(_project, "intro001", version: 2, code: "kept too"));

        var deleted = await Store.DeleteAsync(_project, "c1", "intro001", At.AddHours(1));

        deleted.DeletedAt.Should().Be(At.AddHours(1));
        deleted.Version.Should().Be(2);
        (await Store.ListAsync(_project, "c1")).Should().BeEmpty();
        (await Store.GetAsync(_project, "c1", "intro001"))!.DeletedAt.Should().Be(At.AddHours(1));
        var history = await Store.GetHistoryAsync(_project, "c1", "intro001");
        history.Select(s => (s.Code, s.DeletedAt)).Should().Equal(("kept", null), ("kept too", At.AddHours(1)));
        var edit = async () => await Store.SaveVersionAsync(Scene(_project, "intro001", version: 3));
        var again = async () => await Store.DeleteAsync(_project, "c1", "intro001", At);
        await edit.Should().ThrowAsync<SceneNotFoundException>();
        await again.Should().ThrowAsync<SceneNotFoundException>();
    }

    [PostgresFact]
    public async Task List_returns_live_scenes_by_order_scoped_to_project_and_conversation()
    {
        var other = TestHost.NewKey().ProjectId;
        await Store.CreateAsync(Scene(_project, "b0000001", version: 1, order: 2));
        await Store.CreateAsync(Scene(_project, "a0000001", version: 1, order: 1));
        await Store.CreateAsync(Scene(_project, "c0000001", version: 1, order: 2));
        await Store.CreateAsync(Scene(other, "x0000001", version: 1));
        await Store.CreateAsync(Scene(_project, "y0000001", version: 1) with { ConversationId = "c2" });

        (await Store.ListAsync(_project, "c1")).Select(s => s.SceneId).Should().Equal("a0000001", "b0000001", "c0000001");
        (await Store.ListAsync(other, "c1")).Select(s => s.SceneId).Should().Equal("x0000001");
        (await Store.GetAsync(other, "c1", "a0000001")).Should().BeNull();
        (await Store.GetHistoryAsync(other, "c1", "a0000001")).Should().BeEmpty();
    }

    [PostgresFact]
    public async Task Creating_an_existing_id_is_a_typed_error_even_after_a_delete()
    {
        await Store.CreateAsync(Scene(_project, "intro001", version: 1));

        var again = async () => await Store.CreateAsync(Scene(_project, "intro001", version: 1));
        await again.Should().ThrowAsync<SceneAlreadyExistsException>();

        await Store.DeleteAsync(_project, "c1", "intro001", At);
        await again.Should().ThrowAsync<SceneAlreadyExistsException>();
    }

    [PostgresFact]
    public async Task Unknown_scenes_are_not_found()
    {
        var save = async () => await Store.SaveVersionAsync(Scene(_project, "missing1", version: 2));
        var delete = async () => await Store.DeleteAsync(_project, "c1", "missing1", At);

        await save.Should().ThrowAsync<SceneNotFoundException>();
        await delete.Should().ThrowAsync<SceneNotFoundException>();
        (await Store.GetAsync(_project, "c1", "missing1")).Should().BeNull();
    }

    [PostgresTheory]
    [InlineData("", 90, 1)]
    [InlineData("code", 14, 1)]
    [InlineData("code", 1801, 1)]
    [InlineData("code", 90, 0)]
    [InlineData("code", 90, 2)]
    public async Task Invalid_scenes_are_argument_errors(string code, int frames, int version)
    {
        var create = async () => await Store.CreateAsync(Scene(_project, "intro001", version, code) with { DurationInFrames = frames });

        await create.Should().ThrowAsync<ArgumentException>();
        (await Store.ListAsync(_project, "c1")).Should().BeEmpty();
    }

    [PostgresFact]
    public async Task Invalid_ids_are_typed_errors()
    {
        var get = async () => await Store.GetAsync(_project, "c1", "bad\nid");
        var list = async () => await Store.ListAsync("", "c1");
        var delete = async () => await Store.DeleteAsync(_project, " ", "intro001", At);

        await get.Should().ThrowAsync<InvalidIdentifierException>();
        await list.Should().ThrowAsync<InvalidIdentifierException>();
        await delete.Should().ThrowAsync<InvalidIdentifierException>();
    }
}
