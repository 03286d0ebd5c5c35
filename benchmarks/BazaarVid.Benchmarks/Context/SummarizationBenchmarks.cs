using System.Text.Json;
using BazaarVid.Context;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;

namespace BazaarVid.Benchmarks.Context;

/// <summary>
/// Folding N messages into the structured summary in one go, against System.Text.Json deserialization of the
/// same messages (the floor of reading them at all). Goal: 300 messages ≤ 2 ms.
/// </summary>
public class SummarizationBenchmarks
{
    private ExtractiveContextSummarizer _summarizer = null!;
    private SummarizationInput _input = null!;
    private byte[] _serialized = [];

    [Params(30, 300, 3000)]
    public int Messages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var manager = ConversationFixture.CreateManager(new InMemoryConversationStore(), new ConversationFixture.NeverCache());
        var key = ConversationFixture.FillAsync(manager, Messages).GetAwaiter().GetResult();
        var messages = manager.ReadHistoryAsync(key, 0, Messages).AsTask().GetAwaiter().GetResult();
        var context = manager.GetContextAsync(key).AsTask().GetAwaiter().GetResult();
        _summarizer = new ExtractiveContextSummarizer(Options.Create(ConversationFixture.Options));
        _input = new SummarizationInput(ConversationSummary.Empty, messages, context.Ledger, context.Preferences, context.Storyboard);
        _serialized = JsonSerializer.SerializeToUtf8Bytes(messages.ToArray(), ContextJsonContext.Default.ConversationMessageArray);
    }

    [Benchmark(Baseline = true, Description = "STJ deserialize messages (floor)")]
    public ConversationMessage[]? DeserializeBaseline() => JsonSerializer.Deserialize(_serialized, ContextJsonContext.Default.ConversationMessageArray);

    [Benchmark(Description = "summarize")]
    public ValueTask<ConversationSummary> Summarize() => _summarizer.SummarizeAsync(_input);
}
