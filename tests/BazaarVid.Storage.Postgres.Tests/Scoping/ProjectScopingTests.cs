using System.Reflection;
using System.Text.RegularExpressions;
using BazaarVid.Assets;
using BazaarVid.Brain;
using BazaarVid.Context;
using BazaarVid.Storage.Postgres.Tests.Assets;
using BazaarVid.Storage.Postgres.Tests.Scenes;
using BazaarVid.Storage.Postgres.Tests.TestSupport;

namespace BazaarVid.Storage.Postgres.Tests.Scoping;

public sealed partial class ProjectScopingTests(SchemaFixture schema) : IClassFixture<SchemaFixture>
{
    /// <summary>Statements that deliberately span projects, and why.</summary>
    private static readonly Dictionary<string, string> CrossProject = new(StringComparer.Ordinal)
    {
        ["PostgresConversationStore.TouchedSinceSql"] = "a reconnected listener drops every cached context changed while it was away",
        ["PostgresProjectMemoryStore.SweepSql"] = "the sweep deletes expired items of every project",
        ["PostgresStyleCache.GetSql"] = "styles are shared by every project (keyed by query)",
        ["PostgresStyleCache.SetSql"] = "styles are shared by every project (keyed by query)",
        ["PostgresStyleCache.IncrementSql"] = "styles are shared by every project (keyed by query)",
        ["ImageJobSql.Claim"] = "workers take due jobs of any project",
        ["ImageJobSql.RequeueExpired"] = "expired leases of any project are queued again",
        ["ImageJobSql.Retry"] = "by job id, owned by this worker",
        ["ImageJobSql.Release"] = "by job id, owned by this worker",
        ["ImageJobSql.Finish"] = "by job id, owned by this worker",
        ["ImageJobSql.Owner"] = "by job id, owned by this worker",
        ["ImageJobSql.FinishedByIds"] = "by job ids this instance queued",
        ["ImageJobSql.FinishedSince"] = "a reconnected listener delivers every job finished while it was away",
    };

    [PostgresFact]
    public async Task Project_B_reads_nothing_of_project_A_even_with_equal_ids()
    {
        var a = new ConversationKey("project-a-" + Guid.NewGuid().ToString("N")[..6], "shared");
        var b = new ConversationKey("project-b-" + Guid.NewGuid().ToString("N")[..6], "shared");
        await using var host = schema.CreateHost();
        var manager = host.Get<IContextManager>();
        var conversations = host.Get<IConversationStore>();
        var assets = host.Get<IAssetContextStore>();
        var scenes = host.Get<ISceneStore>();
        var memory = host.Get<IProjectMemoryStore>();
        await manager.AppendUserMessageAsync(a, "secret plan of A https://cdn.example.test/a-logo.png");
        await assets.AppendAsync(PostgresAssetContextStoreTests.NewAsset("asset-1", a.ProjectId, "shared"));
        await scenes.CreateAsync(PostgresSceneStoreTests.Scene(a.ProjectId, "scene001", 1, "A's code") with { ConversationId = "shared" });
        await memory.SetAsync(a.ProjectId, new MemoryWrite(MemoryTier.LongTerm, "fact", "k", "A's memory"));

        (await conversations.LoadAsync(b)).Should().BeNull();
        (await conversations.ReadMessagesAsync(b, 0, 100)).Should().BeEmpty();
        (await manager.GetContextAsync(b)).RecentMessages.Should().BeEmpty();
        (await manager.ReadHistoryAsync(b)).Should().BeEmpty();
        (await assets.GetAsync(b.ProjectId, "shared")).Assets.Should().BeEmpty();
        (await assets.FindAsync(b.ProjectId, "asset-1")).Should().BeNull();
        (await assets.IncrementUsageAsync(b.ProjectId, "asset-1")).Should().BeNull();
        (await assets.SetRequiredAsync(b.ProjectId, "asset-1", true)).Should().BeNull();
        (await scenes.GetAsync(b.ProjectId, "shared", "scene001")).Should().BeNull();
        (await scenes.ListAsync(b.ProjectId, "shared")).Should().BeEmpty();
        (await scenes.GetHistoryAsync(b.ProjectId, "shared", "scene001")).Should().BeEmpty();
        await scenes.Invoking(s => s.DeleteAsync(b.ProjectId, "shared", "scene001", DateTimeOffset.UnixEpoch).AsTask()).Should().ThrowAsync<SceneNotFoundException>();
        await scenes.Invoking(s => s.SaveVersionAsync(PostgresSceneStoreTests.Scene(b.ProjectId, "scene001", 2) with { ConversationId = "shared" }).AsTask()).Should().ThrowAsync<SceneNotFoundException>();
        (await memory.GetAsync(b.ProjectId, "fact", "k")).Should().BeNull();
        (await memory.ListAsync(b.ProjectId)).Should().BeEmpty();
        (await memory.RemoveAsync(b.ProjectId, "fact", "k")).Should().BeFalse();

        // B writes under the same ids; A's data is untouched.
        await manager.AppendUserMessageAsync(b, "B's own message");
        var ofB = await assets.AppendAsync(PostgresAssetContextStoreTests.NewAsset("asset-1", b.ProjectId, "shared") with { Url = "https://b.test/x.png" });
        await scenes.CreateAsync(PostgresSceneStoreTests.Scene(b.ProjectId, "scene001", 1, "B's code") with { ConversationId = "shared" });
        ofB.Url.Should().Be("https://b.test/x.png");
        (await manager.ReadHistoryAsync(a)).Select(m => m.Text).Should().Equal("secret plan of A https://cdn.example.test/a-logo.png");
        (await assets.FindAsync(a.ProjectId, "asset-1"))!.Url.Should().NotBe("https://b.test/x.png");
        (await assets.FindAsync(a.ProjectId, "asset-1"))!.UsageCount.Should().Be(0);
        (await scenes.GetAsync(a.ProjectId, "shared", "scene001"))!.Code.Should().Be("A's code");
        (await memory.GetAsync(a.ProjectId, "fact", "k"))!.Value.Should().Be("A's memory");
    }

    [Fact]
    public void Every_statement_on_project_data_filters_by_project()
    {
        var statements = typeof(PostgresDatabase).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string))
                .Select(f => (Name: $"{t.Name}.{f.Name}", Sql: (string)f.GetRawConstantValue()!)))
            .Where(s => Tables().IsMatch(s.Sql))
            .ToList();

        statements.Should().HaveCountGreaterThan(20);
        foreach (var (name, sql) in statements.Where(s => !CrossProject.ContainsKey(s.Name)))
        {
            ProjectFilter().IsMatch(sql).Should().BeTrue($"{name} touches project data and must filter by project:\n{sql}");
        }

        CrossProject.Keys.Should().BeSubsetOf(statements.Select(s => s.Name), "the exceptions list stays current");
    }

    [GeneratedRegex(@"\b(FROM|INTO|UPDATE|JOIN)\s+(conversations|messages|assets|asset_conversations|scenes|scene_versions|project_memory|style_cache|image_analysis_jobs)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Tables();

    /// <summary>Reads and changes filter by the project parameter; inserts write it (and conflict on keys that start with it).</summary>
    [GeneratedRegex(@"project_id\s*=\s*\$1\b|INSERT\s+INTO\s+\w+(\s+AS\s+\w+)?\s*\([^)]*\bproject_id\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProjectFilter();
}
