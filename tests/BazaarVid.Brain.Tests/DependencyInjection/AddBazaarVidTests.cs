using BazaarVid.Assets;
using BazaarVid.Brain.Tests.TestSupport;
using BazaarVid.Context;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BazaarVid.Brain.Tests.DependencyInjection;

public sealed class AddBazaarVidTests
{
    [Fact]
    public void Every_service_resolves_offline_with_validation_on_build()
    {
        var services = new ServiceCollection();
        services.AddBazaarVid(o => o.Fps = 25);
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        provider.GetRequiredService<IIntentAnalyzer>().Should().BeOfType<OfflineIntentAnalyzer>();
        provider.GetRequiredService<IContextManager>().Should().NotBeNull();
        provider.GetRequiredService<IAssetIntake>().Should().NotBeNull();
        provider.GetRequiredService<ISceneRouter>().Should().NotBeNull();
        provider.GetRequiredService<IStyleAgent>().Should().NotBeNull();
        provider.GetRequiredService<IPromptRenderer>().Should().NotBeNull();
        provider.GetRequiredService<IOptions<BrainOptions>>().Value.Fps.Should().Be(25);
    }

    [Fact]
    public void Invalid_brain_options_fail_validation()
    {
        using var provider = new ServiceCollection().AddBazaarVid(o => o.Fps = 0).Services.BuildServiceProvider();

        var resolve = () => provider.GetRequiredService<IOptions<BrainOptions>>().Value;

        resolve.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain("Fps");
    }

    [Fact]
    public void A_chat_client_switches_intent_analysis_style_research_and_generation_to_the_llm()
    {
        using var chat = new ScriptedChatClient();
        using var provider = new ServiceCollection().AddBazaarVid().UseChatClient(chat).Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        provider.GetRequiredService<IIntentAnalyzer>().Should().BeOfType<LlmIntentAnalyzer>();
        provider.GetRequiredService<IStyleResearcher>().Should().BeOfType<LlmStyleResearcher>();
        provider.GetRequiredService<ISceneGenerator>().Should().BeOfType<LlmSceneGenerator>();
        provider.GetRequiredService<IChatClient>().Should().BeSameAs(chat);
        chat.CallCount.Should().Be(0);
    }
}
