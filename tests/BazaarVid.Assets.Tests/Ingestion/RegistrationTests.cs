using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BazaarVid.Assets.Tests.Ingestion;

public class RegistrationTests
{
    private static void Register(IServiceCollection services) =>
        typeof(AssetIngestor).Assembly.GetType("BazaarVid.Assets.IngestionServiceRegistration", throwOnError: true)!
            .GetMethod("Register", BindingFlags.Static | BindingFlags.NonPublic)!
            .Invoke(null, [services]);

    [Fact]
    public void Register_adds_the_default_services_as_singletons()
    {
        var services = new ServiceCollection();

        Register(services);

        Implementation<IAssetIngestor>(services).Should().Be<AssetIngestor>();
        Implementation<IAssetBlobStore>(services).Should().Be<FileSystemAssetBlobStore>();
        Implementation<IAssetContextStore>(services).Should().Be<InMemoryAssetContextStore>();
        services.Single(d => d.ServiceType == typeof(IMediaProbe)).ImplementationInstance.Should().BeSameAs(MediaProbe.Instance);
        services.Should().Contain(d => d.ServiceType == typeof(TimeProvider));
        services.Where(d => d.ServiceType == typeof(IAssetIngestor) || d.ServiceType == typeof(IAssetBlobStore) || d.ServiceType == typeof(IAssetContextStore))
            .Should().OnlyContain(d => d.Lifetime == ServiceLifetime.Singleton);
        services.Should().Contain(d => d.ServiceType == typeof(IValidateOptions<AssetIngestionOptions>) && d.ImplementationType == typeof(AssetIngestionOptionsValidator));
        services.Should().Contain(d => d.ServiceType == typeof(IValidateOptions<FileSystemBlobStoreOptions>) && d.ImplementationType == typeof(FileSystemBlobStoreOptionsValidator));
    }

    [Fact]
    public void Register_keeps_services_the_host_registered_first_and_can_run_twice()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IAssetBlobStore, HostBlobStore>();

        Register(services);
        Register(services);

        Implementation<IAssetBlobStore>(services).Should().Be<HostBlobStore>();
        services.Count(d => d.ServiceType == typeof(IAssetIngestor)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(IValidateOptions<AssetIngestionOptions>)).Should().Be(1);
    }

    [Fact]
    public void Default_options_are_valid()
    {
        new AssetIngestionOptionsValidator().Validate(null, new AssetIngestionOptions()).Succeeded.Should().BeTrue();
        new FileSystemBlobStoreOptionsValidator().Validate(null, new FileSystemBlobStoreOptions()).Succeeded.Should().BeTrue();
        new AssetIngestionOptions().MaxFileBytes.Should().Be(50L * 1024 * 1024);
        new AssetIngestionOptions().MaxPixels.Should().Be(100_000_000);
        new AssetIngestionOptions().MaxFileNameLength.Should().Be(120);
    }

    [Theory]
    [InlineData(0L, 100L, 120, "MaxFileBytes")]
    [InlineData((1L << 30) + 1, 100L, 120, "MaxFileBytes")]
    [InlineData(100L, 0L, 120, "MaxPixels")]
    [InlineData(100L, 100L, 8, "MaxFileNameLength")]
    [InlineData(100L, 100L, 1000, "MaxFileNameLength")]
    public void Out_of_range_ingestion_options_fail_validation(long maxBytes, long maxPixels, int maxName, string member)
    {
        var result = new AssetIngestionOptionsValidator().Validate(null, new AssetIngestionOptions { MaxFileBytes = maxBytes, MaxPixels = maxPixels, MaxFileNameLength = maxName });

        result.Failed.Should().BeTrue();
        result.FailureMessage.Should().Contain(member);
    }

    [Theory]
    [InlineData("", "https://cdn.example.com/assets/", "RootPath")]
    [InlineData("/tmp/x", "", "PublicBaseUrl")]
    [InlineData("/tmp/x", "not a url", "PublicBaseUrl")]
    public void Invalid_blob_store_options_fail_validation(string root, string baseUrl, string member)
    {
        var result = new FileSystemBlobStoreOptionsValidator().Validate(null, new FileSystemBlobStoreOptions { RootPath = root, PublicBaseUrl = baseUrl });

        result.Failed.Should().BeTrue();
        result.FailureMessage.Should().Contain(member);
    }

    private static Type? Implementation<T>(IServiceCollection services) => services.Single(d => d.ServiceType == typeof(T)).ImplementationType;

    private sealed class HostBlobStore : IAssetBlobStore
    {
        public ValueTask PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default) => ValueTask.FromResult<Stream?>(null);

        public ValueTask<bool> ExistsAsync(string key, CancellationToken cancellationToken = default) => ValueTask.FromResult(false);

        public ValueTask<bool> DeleteAsync(string key, CancellationToken cancellationToken = default) => ValueTask.FromResult(false);

        public string GetPublicUrl(string key) => "https://host.test/" + key;
    }
}
