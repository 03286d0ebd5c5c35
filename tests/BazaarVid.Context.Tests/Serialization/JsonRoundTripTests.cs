using System.Text.Json;
using BazaarVid.Context.Tests.Sessions;
using BazaarVid.Context.Tests.TestSupport;

namespace BazaarVid.Context.Tests.Serialization;

public sealed class JsonRoundTripTests
{
    [Fact]
    public async Task A_full_context_round_trips_through_the_source_generated_context()
    {
        using var harness = new ContextHarness();
        var script = SessionScript.Load("spinlio-30.json");
        foreach (var turn in script.Turns.Take(12))
        {
            await SessionScript.PlayAsync(harness.Manager, script.Key, turn);
        }

        await harness.Manager.AddImageFactAsync(script.Key, Conversations.ContextManagerTests.Fact("https://cdn.bazaarvid.test/spinlio/uploads/9f2c41d0a1b2c3d4.png", ImageFactStatus.Analyzed, null));
        await harness.Manager.SetMetadataAsync(script.Key, "aspect", "landscape");
        var context = await harness.Manager.GetContextAsync(script.Key);

        var json = JsonSerializer.Serialize(context, ContextJsonContext.Default.ConversationContext);
        var back = JsonSerializer.Deserialize(json, ContextJsonContext.Default.ConversationContext)!;

        back.Should().Be(context);
        JsonSerializer.Serialize(back, ContextJsonContext.Default.ConversationContext).Should().Be(json);
        json.Should().Contain("\"role\":\"User\"").And.Contain("\"kind\":\"UsesAsset\"").And.NotContain("isActive");
    }

    [Fact]
    public void Deserializing_an_invalid_key_is_a_typed_error()
    {
        const string Json = """{"key":{"projectId":"","conversationId":"c1"},"state":null,"recentMessages":[]}""";

        var read = () => JsonSerializer.Deserialize(Json, ContextJsonContext.Default.ConversationContext);

        read.Should().Throw<InvalidIdentifierException>();
    }
}
