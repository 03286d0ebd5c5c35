using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BazaarVid.Assets.Tests.Analysis;

public sealed class AnalysisServiceRegistrationTests
{
    private static ServiceCollection Services()
    {
        var services = new ServiceCollection();
        services.AddBazaarVidContext();
        services.AddSingleton<IMediaProbe>(new FakeMediaProbe(_ => throw new InvalidOperationException("not probed")));
        return services;
    }

    [Fact]
    public async Task Register_adds_the_fetcher_the_analyzer_and_the_processor_as_singletons()
    {
        var services = Services();
        AnalysisServiceRegistration.Register(services);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        provider.GetRequiredService<ISafeHttpFetcher>().Should().BeOfType<SafeHttpFetcher>();
        provider.GetRequiredService<IImageAnalyzer>().Should().BeOfType<MetadataImageAnalyzer>();
        var processor = provider.GetRequiredService<IAsyncImageProcessor>();
        processor.Should().BeOfType<ChannelImageProcessor>();
        provider.GetRequiredService<IAsyncImageProcessor>().Should().BeSameAs(processor);
    }

    [Fact]
    public async Task Register_keeps_what_the_host_registered_first()
    {
        var services = Services();
        var analyzer = new GatedAnalyzer();
        services.AddSingleton<IImageAnalyzer>(analyzer);
        AnalysisServiceRegistration.Register(services);
        AnalysisServiceRegistration.Register(services);
        await using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IImageAnalyzer>().Should().BeSameAs(analyzer);
        services.Count(d => d.ServiceType == typeof(IAsyncImageProcessor)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(IValidateOptions<ImageAnalysisOptions>)).Should().Be(1);
    }

    [Fact]
    public async Task Register_validates_both_options_classes()
    {
        var services = Services();
        AnalysisServiceRegistration.Register(services);
        services.Configure<ImageAnalysisOptions>(o => o.Workers = 0);
        services.Configure<SafeFetchOptions>(o => o.AllowList.Add("not a host"));
        await using var provider = services.BuildServiceProvider();

        var analysis = () => provider.GetRequiredService<IOptions<ImageAnalysisOptions>>().Value;
        var fetch = () => provider.GetRequiredService<IOptions<SafeFetchOptions>>().Value;

        analysis.Should().Throw<OptionsValidationException>().WithMessage("*Workers*");
        fetch.Should().Throw<OptionsValidationException>().WithMessage("*not a host*");
    }

    [Fact]
    public void A_synchronously_disposed_container_disposes_the_processor()
    {
        var services = Services();
        AnalysisServiceRegistration.Register(services);
        var provider = services.BuildServiceProvider();
        var processor = provider.GetRequiredService<IAsyncImageProcessor>();

        var dispose = () => provider.Dispose();

        dispose.Should().NotThrow();
        ((Action)(() => processor.StartImageAnalysis(TestAssets.Upload(), "req-1"))).Should().Throw<ObjectDisposedException>();
    }

    [Fact]
    public void Register_checks_its_argument()
    {
        var act = () => AnalysisServiceRegistration.Register(null!);

        act.Should().Throw<ArgumentNullException>();
    }
}
