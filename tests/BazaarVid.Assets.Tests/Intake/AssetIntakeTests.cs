using BazaarVid.Assets.Tests.Media;
using BazaarVid.Context;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BazaarVid.Assets.Tests.Intake;

public sealed class AssetIntakeTests : IAsyncDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "bv-intake-" + Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _provider;
    private readonly ConversationKey _key = new("p1", "c1");

    public AssetIntakeTests()
    {
        _provider = new ServiceCollection()
            .AddBazaarVidAssets(o =>
            {
                o.BlobStore.RootPath = _root;
                o.BlobStore.PublicBaseUrl = "https://cdn.bazaarvid.test/assets/";
                o.BlobStore.FlushToDisk = false;
                o.Ingestion.MaxFileBytes = 1024 * 1024;
                o.Analysis.Workers = 1;
                o.Validation.MaxDataUrlBytes = 2048;
            })
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    private IAssetIntake Intake => _provider.GetRequiredService<IAssetIntake>();

    private IContextManager Context => _provider.GetRequiredService<IContextManager>();

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Each_option_group_is_configured_from_one_action()
    {
        _provider.GetRequiredService<IOptions<FileSystemBlobStoreOptions>>().Value.PublicBaseUrl.Should().Be("https://cdn.bazaarvid.test/assets/");
        _provider.GetRequiredService<IOptions<AssetIngestionOptions>>().Value.MaxFileBytes.Should().Be(1024 * 1024);
        _provider.GetRequiredService<IOptions<ImageAnalysisOptions>>().Value.Workers.Should().Be(1);
        _provider.GetRequiredService<IOptions<AssetValidationOptions>>().Value.MaxDataUrlBytes.Should().Be(2048);
    }

    [Fact]
    public async Task An_upload_is_stored_pinned_in_the_ledger_and_analysed_in_the_background()
    {
        using var content = new MemoryStream(TestMedia.Png(512, 512, TestMedia.Rgba));

        var asset = await Intake.AddUploadAsync(_key, content, "spinlio-logo.png", "r1");

        asset.Url.Should().StartWith("https://cdn.bazaarvid.test/assets/");
        (await _provider.GetRequiredService<IAssetContextStore>().GetAsync("p1", "c1")).Assets.Should().ContainSingle(a => a.Id == asset.Id);
        var context = await Context.GetContextAsync(_key);
        context.Ledger.FindByUrl(asset.Url)!.Should().BeEquivalentTo(new { Source = LedgerSource.Upload, FileName = "spinlio-logo.png", MediaType = "logo" });
        var facts = await _provider.GetRequiredService<IAsyncImageProcessor>().WaitForFactsAsync("r1", TimeSpan.FromSeconds(10));
        facts.Should().ContainSingle().Which.Status.Should().Be(ImageFactStatus.Analyzed);
        (await Context.GetContextAsync(_key)).ImageFacts.Should().ContainSingle(f => f.AssetUrl == asset.Url);
    }

    [Fact]
    public async Task A_refused_upload_leaves_no_asset_and_no_ledger_entry()
    {
        using var content = new MemoryStream([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);

        var add = async () => await Intake.AddUploadAsync(_key, content, "logo.png", "r1");

        (await add.Should().ThrowAsync<AssetRejectedException>()).Which.Code.Should().Be("unsupported-content");
        (await _provider.GetRequiredService<IAssetContextStore>().GetAsync("p1", "c1")).Assets.Should().BeEmpty();
        (await Context.GetContextAsync(_key)).Ledger.Entries.Should().BeEmpty();
    }

    [Fact]
    public async Task A_reference_url_is_pinned_verbatim()
    {
        const string Url = "https://images.bazaarvid.test/team/photo.jpg?sig=Zx9%2Fq&exp=1767225600";

        var asset = await Intake.AddReferenceAsync(_key, Url, "r2");

        asset.Source.Should().Be(AssetSource.Reference);
        (await Context.GetContextAsync(_key)).Ledger.FindByUrl(Url)!.Url.Should().Be(Url);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    public async Task A_bad_reference_url_is_a_typed_error(string url)
    {
        var add = async () => await Intake.AddReferenceAsync(_key, url, "r3");

        await add.Should().ThrowAsync<InvalidAssetUrlException>();
        (await Context.GetContextAsync(_key)).Ledger.Entries.Should().BeEmpty();
    }
}
