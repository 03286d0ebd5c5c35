using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace BazaarVid.Samples.Tests;

/// <summary>
/// A local OpenAI-compatible chat completions server on 127.0.0.1 that answers with a script: the sample's real
/// OpenAI SDK adapter talks to it over HTTP. It records every request body.
/// </summary>
public sealed class ScriptedOpenAIServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<JsonObject, string> _answer;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public ScriptedOpenAIServer(Func<JsonObject, string> answer)
    {
        _answer = answer;
        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/v1/");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseUrl { get; }

    public List<JsonObject> Requests { get; } = [];

    /// <summary>The text of the last user message of a request.</summary>
    public static string Prompt(JsonObject request) =>
        request["messages"]!.AsArray().Last()!["content"] is JsonValue value ? value.GetValue<string>() : request["messages"]!.AsArray().Last()!["content"]!.ToJsonString();

    /// <summary>True when the request asks for JSON-schema structured output (intent, style research, scene spec).</summary>
    public static bool WantsJson(JsonObject request) => request["response_format"] is not null;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var request = JsonNode.Parse(await reader.ReadToEndAsync())!.AsObject();
            lock (Requests)
            {
                Requests.Add(request);
            }

            var completion = new JsonObject
            {
                ["id"] = "chatcmpl-" + Requests.Count,
                ["object"] = "chat.completion",
                ["created"] = 1767225600,
                ["model"] = request["model"]?.GetValue<string>() ?? "scripted",
                ["choices"] = new JsonArray(new JsonObject
                {
                    ["index"] = 0,
                    ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = _answer(request) },
                    ["finish_reason"] = "stop",
                }),
                ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 10, ["total_tokens"] = 20 },
            };
            var bytes = Encoding.UTF8.GetBytes(completion.ToJsonString());
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
