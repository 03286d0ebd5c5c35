using Microsoft.Extensions.Options;

namespace BazaarVid.Assets.Tests.Ingestion;

/// <summary>
/// A real ingestor over a temp-directory blob store and an in-memory context store. The store is wrapped to count
/// writes, unless <c>unwrapped</c>: then the ingestor gets the file store itself, which lets it stage large uploads
/// (write them to a temporary file while hashing), and <see cref="Blobs"/> counts nothing.
/// </summary>
internal sealed class IngestionFixture : IDisposable
{
    public const string BaseUrl = "https://cdn.bazaarvid.test/assets/";

    public IngestionFixture(AssetIngestionOptions? options = null, IMediaProbe? probe = null, bool unwrapped = false)
    {
        Root = Directory.CreateTempSubdirectory("bazaarvid-ingestion-tests-").FullName;
        FileStore = new FileSystemAssetBlobStore(Options.Create(new FileSystemBlobStoreOptions { RootPath = Root, PublicBaseUrl = BaseUrl, FlushToDisk = false }));
        Blobs = new CountingBlobStore(FileStore);
        Ingestor = new AssetIngestor(probe ?? MediaProbe.Instance, unwrapped ? FileStore : Blobs, Store, Options.Create(options ?? new AssetIngestionOptions()), Time);
    }

    /// <summary>The temporary files in the blob directory (a staged upload's, while it is read).</summary>
    public string[] TempFiles => StoredFiles.Where(f => Path.GetFileName(f).StartsWith(".tmp-", StringComparison.Ordinal)).ToArray();

    public string Root { get; }

    public FileSystemAssetBlobStore FileStore { get; }

    public CountingBlobStore Blobs { get; }

    public InMemoryAssetContextStore Store { get; } = new();

    public ManualTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public AssetIngestor Ingestor { get; }

    /// <summary>Every file in the blob directory, temporary ones included.</summary>
    public string[] StoredFiles => Directory.Exists(Root) ? Directory.GetFiles(Root, "*", SearchOption.AllDirectories) : [];

    public Task<Asset> IngestAsync(byte[] bytes, string fileName, string project = "p1", string conversation = "c1", CancellationToken cancellationToken = default) =>
        Ingestor.IngestAsync(project, conversation, new MemoryStream(bytes), fileName, cancellationToken);

    /// <summary>Asserts the blob directory and the context store hold nothing for the project.</summary>
    public async Task AssertNothingStoredAsync(string project = "p1", string conversation = "c1")
    {
        StoredFiles.Should().BeEmpty("a refused upload must leave no blob and no temporary file");
        Blobs.Puts.Should().Be(0);
        (await Store.GetAsync(project, conversation)).Assets.Should().BeEmpty("a refused upload must leave no context entry");
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

/// <summary>A decorator that counts writes to the wrapped store.</summary>
internal sealed class CountingBlobStore(IAssetBlobStore inner) : IAssetBlobStore
{
    private int _puts;

    public int Puts => _puts;

    public ValueTask PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _puts);
        return inner.PutAsync(key, content, contentType, cancellationToken);
    }

    public ValueTask<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default) => inner.OpenReadAsync(key, cancellationToken);

    public ValueTask<bool> ExistsAsync(string key, CancellationToken cancellationToken = default) => inner.ExistsAsync(key, cancellationToken);

    public ValueTask<bool> DeleteAsync(string key, CancellationToken cancellationToken = default) => inner.DeleteAsync(key, cancellationToken);

    public string GetPublicUrl(string key) => inner.GetPublicUrl(key);
}
