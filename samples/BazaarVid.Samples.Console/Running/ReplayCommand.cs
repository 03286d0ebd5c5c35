using System.Text;
using System.Text.Json;
using BazaarVid.Samples.Console.Sessions;

namespace BazaarVid.Samples.Console.Running;

/// <summary><c>replay &lt;session.jsonl&gt; --out &lt;results.jsonl&gt;</c>: one JSON object per turn.</summary>
public static class ReplayCommand
{
    /// <summary>Replays the session; returns 0 when every turn succeeded.</summary>
    public static async Task<int> RunAsync(string sessionPath, string resultsPath, SampleSettings settings, CancellationToken cancellationToken)
    {
        var lines = SessionFile.Read(sessionPath);
        await using var services = SampleHost.Build(settings);
        var runner = new SessionRunner(services);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(resultsPath)) ?? ".");
        await using var output = new StreamWriter(resultsPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        output.NewLine = "\n";
        var failures = 0;
        foreach (var line in lines)
        {
            var result = await runner.PlayAsync(line, cancellationToken);
            failures += result.Error is null ? 0 : 1;
            await output.WriteLineAsync(JsonSerializer.Serialize(result.Record, SampleJsonContext.Readable.ReplayRecord));
        }

        System.Console.WriteLine($"replayed {lines.Count} turns to {resultsPath} ({failures} failed)");
        return failures == 0 ? 0 : 1;
    }
}
