using System.ClientModel;
using System.ClientModel.Primitives;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Chat;
using AIChatMessage = Microsoft.Extensions.AI.ChatMessage;
using AIChatResponseFormat = Microsoft.Extensions.AI.ChatResponseFormat;
using OpenAIChatMessage = OpenAI.Chat.ChatMessage;
using OpenAIChatResponseFormat = OpenAI.Chat.ChatResponseFormat;

namespace BazaarVid.Samples.Console.LanguageModels;

/// <summary>
/// An <see cref="IChatClient"/> over the OpenAI 2.x SDK's <see cref="ChatClient"/>, for any OpenAI-compatible server
/// (the official adapter package is not available here). Text messages, temperature, max tokens and JSON-schema
/// response formats are mapped; the SDK's own retries are switched off because the brain retries and falls back itself.
/// </summary>
public sealed class OpenAIChatClientAdapter : IChatClient
{
    private readonly ChatClient _client;
    private readonly ChatClientMetadata _metadata;

    /// <summary>Creates the adapter for <paramref name="model"/> at <paramref name="endpoint"/>.</summary>
    public OpenAIChatClientAdapter(Uri endpoint, string model, string apiKey, TimeSpan? networkTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        var options = new OpenAIClientOptions
        {
            Endpoint = endpoint,
            RetryPolicy = new ClientRetryPolicy(0),
            NetworkTimeout = networkTimeout ?? TimeSpan.FromSeconds(60),
        };
        _client = new ChatClient(model, new ApiKeyCredential(apiKey), options);
        _metadata = new ChatClientMetadata("openai-compatible", endpoint, model);
    }

    /// <inheritdoc />
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<AIChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var result = await _client.CompleteChatAsync(ToOpenAI(messages), ToOpenAI(options), cancellationToken).ConfigureAwait(false);
        var completion = result.Value;
        var text = completion.Refusal ?? string.Concat(completion.Content.Select(part => part.Text));
        return new ChatResponse(new AIChatMessage(ChatRole.Assistant, text))
        {
            ResponseId = completion.Id,
            ModelId = completion.Model,
            CreatedAt = completion.CreatedAt,
            FinishReason = completion.FinishReason switch
            {
                global::OpenAI.Chat.ChatFinishReason.Length => Microsoft.Extensions.AI.ChatFinishReason.Length,
                global::OpenAI.Chat.ChatFinishReason.ContentFilter => Microsoft.Extensions.AI.ChatFinishReason.ContentFilter,
                global::OpenAI.Chat.ChatFinishReason.ToolCalls => Microsoft.Extensions.AI.ChatFinishReason.ToolCalls,
                _ => Microsoft.Extensions.AI.ChatFinishReason.Stop,
            },
            Usage = completion.Usage is null ? null : new UsageDetails
            {
                InputTokenCount = completion.Usage.InputTokenCount,
                OutputTokenCount = completion.Usage.OutputTokenCount,
                TotalTokenCount = completion.Usage.TotalTokenCount,
            },
        };
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<AIChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // The brain only needs whole answers; one update carrying the full response keeps the contract.
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(ChatClientMetadata) ? _metadata
            : serviceType.IsInstanceOfType(this) ? this
            : serviceType == typeof(ChatClient) ? _client
            : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private static List<OpenAIChatMessage> ToOpenAI(IEnumerable<AIChatMessage> messages)
    {
        var converted = new List<OpenAIChatMessage>();
        foreach (var message in messages)
        {
            var text = message.Text;
            if (message.Role == ChatRole.System)
            {
                converted.Add(new SystemChatMessage(text));
            }
            else if (message.Role == ChatRole.Assistant)
            {
                converted.Add(new AssistantChatMessage(text));
            }
            else
            {
                converted.Add(new UserChatMessage(text));
            }
        }

        return converted;
    }

    private static ChatCompletionOptions ToOpenAI(ChatOptions? options)
    {
        var converted = new ChatCompletionOptions();
        if (options is null)
        {
            return converted;
        }

        converted.Temperature = options.Temperature;
        converted.MaxOutputTokenCount = options.MaxOutputTokens;
        converted.TopP = options.TopP;
        converted.ResponseFormat = options.ResponseFormat switch
        {
            ChatResponseFormatJson { Schema: { } schema } json => OpenAIChatResponseFormat.CreateJsonSchemaFormat(
                json.SchemaName ?? "response",
                BinaryData.FromString(schema.GetRawText()),
                json.SchemaDescription,
                jsonSchemaIsStrict: false),
            ChatResponseFormatJson => OpenAIChatResponseFormat.CreateJsonObjectFormat(),
            AIChatResponseFormat => null,
            _ => null,
        };
        return converted;
    }
}
