using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BazaarVid.Assets.Tests.Validation;

public sealed class AssetValidationRegistrationTests
{
    [Fact]
    public void AddAssetUrlValidator_registers_a_singleton_validator_with_configured_options()
    {
        var services = new ServiceCollection().AddAssetUrlValidator(o => o.AllowedHosts.Add("cdn.allowed.test"));
        using var provider = services.BuildServiceProvider();

        var validator = provider.GetRequiredService<IAssetUrlValidator>();

        validator.Should().BeOfType<AssetUrlValidator>().And.BeSameAs(provider.GetRequiredService<IAssetUrlValidator>());
        validator.Validate("const A = \"https://cdn.allowed.test/a.png\";", ValidationFixtures.Standard()).Valid.Should().BeTrue();
    }

    [Fact]
    public void AddAssetUrlValidator_rejects_invalid_options_when_they_are_read()
    {
        using var provider = new ServiceCollection().AddAssetUrlValidator(o => o.MaxDataUrlBytes = -1).BuildServiceProvider();

        var act = () => provider.GetRequiredService<IOptions<AssetValidationOptions>>().Value;

        act.Should().Throw<OptionsValidationException>().WithMessage("*MaxDataUrlBytes*");
    }

    [Fact]
    public void AddAssetUrlValidator_keeps_a_validator_the_host_registered_first()
    {
        var custom = new AlwaysValid();
        using var provider = new ServiceCollection().AddSingleton<IAssetUrlValidator>(custom).AddAssetUrlValidator().BuildServiceProvider();

        provider.GetRequiredService<IAssetUrlValidator>().Should().BeSameAs(custom);
    }

    [Fact]
    public void AddAssetUrlValidator_throws_for_null_services()
    {
        var act = () => AssetValidationServiceCollectionExtensions.AddAssetUrlValidator(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    private sealed class AlwaysValid : IAssetUrlValidator
    {
        public AssetValidationResult Validate(string code, AssetContext assetContext, AssetValidationOptions? options = null) =>
            new(true, [], [], []);
    }
}
