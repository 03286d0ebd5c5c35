using System.Text.Json.Nodes;
using BazaarVid.Samples.Console.Running;
using BazaarVid.Samples.Console.Sessions;
using BazaarVid.Storage.Postgres.Tests.TestSupport;

namespace BazaarVid.Storage.Postgres.Tests.Sample;

/// <summary>The sample with <c>--postgres</c>: a second run resumes the same project with everything remembered.</summary>
public sealed class SamplePostgresTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "bv-sample-pg-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    [PostgresFact]
    public async Task Running_the_sample_twice_on_postgres_resumes_the_session()
    {
        // The sample uses the default schema; this is the only test that does, and it starts from an empty one.
        await PostgresServer.ExecuteAsync("DROP SCHEMA IF EXISTS bazaarvid CASCADE");
        var settings = new SampleSettings(Path.Combine(_work, "out"), null, null, PostgresServer.ConnectionString);
        var first = Path.Combine(_work, "first.jsonl");
        var second = Path.Combine(_work, "second.jsonl");

        (await ReplayCommand.RunAsync(SessionFile.Shipped, first, settings, CancellationToken.None)).Should().Be(0);
        (await ReplayCommand.RunAsync(SessionFile.Shipped, second, settings, CancellationToken.None)).Should().Be(0);

        var resumed = JsonNode.Parse(File.ReadLines(second).First())!;
        resumed["turn"]!.GetValue<int>().Should().Be(31);
        resumed["preferences"]!["sceneDurationSeconds"]!.GetValue<double>().Should().Be(3, "the per-scene duration learned in the first run is remembered");
        resumed["assetUrls"]!.AsArray().Should().HaveCount(3);
        resumed["scene"]!["index"]!.GetValue<int>().Should().Be(10, "the nine scenes of the first run are still there");
    }
}
