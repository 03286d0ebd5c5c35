using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BazaarVid.Context.Tests.DependencyInjection;

public sealed class AddBazaarVidContextTests
{
    [Fact]
    public void Defaults_resolve_with_validation_on_build()
    {
        using var provider = new ServiceCollection().AddBazaarVidContext().BuildServiceProvider(validateScopes: true);

        provider.GetRequiredService<IContextManager>().Should().BeOfType<ContextManager>();
        provider.GetRequiredService<IOptions<ContextOptions>>().Value.VerbatimMessageCount.Should().Be(10);
    }

    [Theory]
    [InlineData(0, 30)]
    [InlineData(10, 0)]
    public void Invalid_options_fail_validation_with_the_member_named(int verbatim, int fps)
    {
        using var provider = new ServiceCollection()
            .AddBazaarVidContext(o =>
            {
                o.VerbatimMessageCount = verbatim;
                o.Fps = fps;
            })
            .BuildServiceProvider();

        var resolve = () => provider.GetRequiredService<IOptions<ContextOptions>>().Value;

        resolve.Should().Throw<OptionsValidationException>().Which.Message.Should().Match(verbatim == 0 ? "*VerbatimMessageCount*" : "*Fps*");
    }

    [Fact]
    public void A_long_term_ttl_over_180_days_is_refused()
    {
        using var provider = new ServiceCollection().AddBazaarVidContext(o => o.LongTermTtl = TimeSpan.FromDays(181)).BuildServiceProvider();

        var resolve = () => provider.GetRequiredService<IOptions<ContextOptions>>().Value;

        resolve.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain("LongTermTtl");
    }

    [Fact]
    public void A_host_registration_wins_over_the_default()
    {
        var store = new InMemoryConversationStore();
        using var provider = new ServiceCollection()
            .AddSingleton<IConversationStore>(store)
            .AddBazaarVidContext()
            .BuildServiceProvider();

        provider.GetRequiredService<IConversationStore>().Should().BeSameAs(store);
    }
}
