using Microsoft.Extensions.AI;

namespace BazaarVid.Brain.Tests.Decisions.TestSupport;

/// <summary>
/// A hand-written scriptable <see cref="IChatClient"/>: each call takes the next scripted step (an answer, an
/// exception, or a hang until cancelled) and records the messages and options it received.
/// </summary>
public sealed class ScriptedChatClient : IChatClient
{
    private readonly Queue<Func<CancellationToken, Task<ChatResponse>>> _steps = new();

    public List<IReadOnlyList<ChatMessage>> Calls { get; } = [];

    public List<ChatOptions?> Options { get; } = [];

    /// <summary>The user message of the last call.</summary>
    public string LastUserText => Calls[^1].Last(m => m.Role == ChatRole.User).Text;

    /// <summary>The system message of the last call.</summary>
    public string LastSystemText => Calls[^1].First(m => m.Role == ChatRole.System).Text;

    public ScriptedChatClient Returns(string text, ChatFinishReason? finishReason = null)
    {
        _steps.Enqueue(_ => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text)) { FinishReason = finishReason ?? ChatFinishReason.Stop }));
        return this;
    }

    public ScriptedChatClient Throws(Exception exception)
    {
        _steps.Enqueue(_ => Task.FromException<ChatResponse>(exception));
        return this;
    }

    /// <summary>Waits until the call's token is cancelled; <paramref name="onStarted"/> runs first (for example to move a manual clock).</summary>
    public ScriptedChatClient Hangs(Action? onStarted = null)
    {
        _steps.Enqueue(async token =>
        {
            onStarted?.Invoke();
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("unreachable");
        });
        return this;
    }

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls.Add([.. messages]);
        Options.Add(options);
        return _steps.Count == 0
            ? throw new InvalidOperationException("The scripted chat client has no more responses.")
            : _steps.Dequeue()(cancellationToken);
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
