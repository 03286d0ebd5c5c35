using Microsoft.Extensions.AI;

namespace BazaarVid.Brain.Tests.TestSupport;

/// <summary>The request kinds the brain sends: the JSON schema name of the response format, or plain text.</summary>
public static class ChatKinds
{
    /// <summary>Steps queued under this kind answer any request.</summary>
    public const string Any = "*";

    /// <summary>A request without a JSON response format (scene code, repairs).</summary>
    public const string Text = "text";

    /// <summary>The intent analyzer's decision.</summary>
    public const string Intent = "brain_decision";

    /// <summary>The style researcher's profile.</summary>
    public const string Style = "style_profile";

    /// <summary>The scene generator's JSON spec.</summary>
    public const string SceneSpec = "scene_spec";

    /// <summary>The kind of a request with <paramref name="options"/>.</summary>
    public static string Of(ChatOptions? options) => options?.ResponseFormat switch
    {
        ChatResponseFormatJson { SchemaName: { } name } => name,
        ChatResponseFormatJson => "json",
        _ => Text,
    };
}

/// <summary>One recorded request.</summary>
/// <param name="Messages">The messages sent.</param>
/// <param name="Options">The options sent.</param>
/// <param name="Kind">See <see cref="ChatKinds"/>.</param>
public sealed record ChatCall(IReadOnlyList<ChatMessage> Messages, ChatOptions? Options, string Kind)
{
    /// <summary>Every user message's text, joined by new lines.</summary>
    public string UserText => string.Join("\n", Messages.Where(m => m.Role == ChatRole.User).Select(m => m.Text));
}

/// <summary>
/// The tests' one scriptable <see cref="IChatClient"/>. Each call takes the next step queued for its kind
/// (<see cref="ChatKinds"/>), else the next step queued for any kind, else the standing answer set by
/// <see cref="Always(string)"/>; with none of them the call fails and is listed in <see cref="Unscripted"/>.
/// A step is an answer, an exception, a hang or a delay (both end when the call's token is cancelled), or any function.
/// Every request is recorded with its messages, options and kind. Thread-safe.
/// </summary>
public sealed class ScriptedChatClient : IChatClient
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Queue<Func<ChatCall, CancellationToken, Task<ChatResponse>>>> _steps = new(StringComparer.Ordinal);
    private readonly List<ChatCall> _requests = [];
    private readonly List<ChatCall> _unscripted = [];
    private Func<ChatCall, CancellationToken, Task<ChatResponse>>? _standing;

    /// <summary>Every request so far, in order.</summary>
    public IReadOnlyList<ChatCall> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Requests that found no step.</summary>
    public IReadOnlyList<ChatCall> Unscripted
    {
        get
        {
            lock (_gate)
            {
                return [.. _unscripted];
            }
        }
    }

    /// <summary>The messages of every request.</summary>
    public IReadOnlyList<IReadOnlyList<ChatMessage>> Calls => [.. Requests.Select(r => r.Messages)];

    /// <summary>The options of every request.</summary>
    public IReadOnlyList<ChatOptions?> Options => [.. Requests.Select(r => r.Options)];

    /// <summary>How many requests were made.</summary>
    public int CallCount => Requests.Count;

    /// <summary>The user message of the last call.</summary>
    public string LastUserText => Calls[^1].Last(m => m.Role == ChatRole.User).Text;

    /// <summary>The system message of the last call.</summary>
    public string LastSystemText => Calls[^1].First(m => m.Role == ChatRole.System).Text;

    /// <summary>A client whose every call answers <paramref name="text"/>.</summary>
    public static ScriptedChatClient AlwaysReturning(string text) => new ScriptedChatClient().Always(text);

    /// <summary>The requests of one kind, in order.</summary>
    public IReadOnlyList<ChatCall> RequestsOf(string kind) => [.. Requests.Where(r => r.Kind == kind)];

    /// <summary>Steps for requests of <paramref name="kind"/> only.</summary>
    public Script For(string kind) => new(this, kind);

    /// <summary>Queues an answer for the next request of any kind.</summary>
    public ScriptedChatClient Returns(string text, ChatFinishReason? finishReason = null) => For(ChatKinds.Any).Returns(text, finishReason).Client;

    /// <summary>Queues an exception for the next request of any kind.</summary>
    public ScriptedChatClient Throws(Exception exception) => For(ChatKinds.Any).Throws(exception).Client;

    /// <summary>Queues a hang (until the call is cancelled) for the next request of any kind; <paramref name="onStarted"/> runs first.</summary>
    public ScriptedChatClient Hangs(Action? onStarted = null) => For(ChatKinds.Any).Hangs(onStarted).Client;

    /// <summary>Queues a delayed answer for the next request of any kind.</summary>
    public ScriptedChatClient Delays(TimeSpan delay, string text, TimeProvider? time = null) => For(ChatKinds.Any).Delays(delay, text, time).Client;

    /// <summary>Queues any step for the next request of any kind.</summary>
    public ScriptedChatClient Answers(Func<ChatCall, CancellationToken, Task<ChatResponse>> step) => For(ChatKinds.Any).Answers(step).Client;

    /// <summary>The answer of every request no queued step takes.</summary>
    public ScriptedChatClient Always(string text) => Always((_, _) => Task.FromResult(Response(text, null)));

    /// <summary>The step of every request no queued step takes.</summary>
    public ScriptedChatClient Always(Func<ChatCall, CancellationToken, Task<ChatResponse>> step)
    {
        lock (_gate)
        {
            _standing = step;
        }

        return this;
    }

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var call = new ChatCall([.. messages], options, ChatKinds.Of(options));
        Func<ChatCall, CancellationToken, Task<ChatResponse>>? step;
        lock (_gate)
        {
            _requests.Add(call);
            step = Next(call.Kind) ?? Next(ChatKinds.Any) ?? _standing;
            if (step is null)
            {
                _unscripted.Add(call);
            }
        }

        return step is null
            ? Task.FromException<ChatResponse>(new InvalidOperationException($"The scripted chat client has no answer for a '{call.Kind}' request."))
            : step(call, cancellationToken);
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }

    private static ChatResponse Response(string text, ChatFinishReason? finishReason) =>
        new(new ChatMessage(ChatRole.Assistant, text)) { FinishReason = finishReason ?? ChatFinishReason.Stop };

    private Func<ChatCall, CancellationToken, Task<ChatResponse>>? Next(string kind) =>
        _steps.TryGetValue(kind, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;

    private void Enqueue(string kind, Func<ChatCall, CancellationToken, Task<ChatResponse>> step)
    {
        lock (_gate)
        {
            if (!_steps.TryGetValue(kind, out var queue))
            {
                _steps[kind] = queue = new();
            }

            queue.Enqueue(step);
        }
    }

    /// <summary>Queues steps for one kind of request.</summary>
    public readonly struct Script(ScriptedChatClient client, string kind)
    {
        /// <summary>The client, to go on scripting other kinds.</summary>
        public ScriptedChatClient Client => client;

        public Script Returns(string text, ChatFinishReason? finishReason = null) =>
            Answers((_, _) => Task.FromResult(Response(text, finishReason)));

        public Script Throws(Exception exception) =>
            Answers((_, _) => Task.FromException<ChatResponse>(exception));

        /// <summary>Waits until the call's token is cancelled; <paramref name="onStarted"/> runs first (for example to move a manual clock).</summary>
        public Script Hangs(Action? onStarted = null) => Answers(async (_, token) =>
        {
            onStarted?.Invoke();
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("unreachable");
        });

        /// <summary>Answers <paramref name="text"/> after <paramref name="delay"/> (on <paramref name="time"/>, real time by default), unless the call is cancelled first.</summary>
        public Script Delays(TimeSpan delay, string text, TimeProvider? time = null) => Answers(async (_, token) =>
        {
            await Task.Delay(delay, time ?? TimeProvider.System, token);
            return Response(text, null);
        });

        public Script Answers(Func<ChatCall, CancellationToken, Task<ChatResponse>> step)
        {
            client.Enqueue(kind, step);
            return this;
        }
    }
}
