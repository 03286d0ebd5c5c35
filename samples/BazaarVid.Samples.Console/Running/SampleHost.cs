using BazaarVid.Samples.Console.LanguageModels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BazaarVid.Samples.Console.Running;

/// <summary>How the sample composes the SDK.</summary>
/// <param name="OutputFolder">Where scenes, the manifest and the blob store go.</param>
/// <param name="OpenAIBaseUrl">An OpenAI-compatible endpoint, or null for offline.</param>
/// <param name="Model">The model id for the endpoint.</param>
/// <param name="PostgresConnectionString">A PostgreSQL connection string for durable stores, or null for in memory.</param>
public sealed record SampleSettings(string OutputFolder, Uri? OpenAIBaseUrl, string? Model, string? PostgresConnectionString = null)
{
    /// <summary>The public base URL of uploaded assets (the blob store serves nothing here; the checker maps it to files).</summary>
    public const string AssetBaseUrl = "https://cdn.bazaarvid.test/assets/";

    /// <summary>The blob store folder.</summary>
    public string AssetFolder => Path.Combine(OutputFolder, "assets");
}

/// <summary>Builds the service provider the sample runs on: the whole SDK in memory, offline unless an endpoint is given.</summary>
public static class SampleHost
{
    /// <summary>Creates the provider. With an endpoint, the key comes from OPENAI_API_KEY.</summary>
    public static ServiceProvider Build(SampleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddBazaarVidAssets(o =>
        {
            o.BlobStore.RootPath = settings.AssetFolder;
            o.BlobStore.PublicBaseUrl = SampleSettings.AssetBaseUrl;
        });
        var bazaar = services.AddBazaarVid();
        if (settings.PostgresConnectionString is { } connectionString)
        {
            // Durable: a second run resumes the same project and conversation with everything remembered.
            bazaar.UsePostgres(connectionString);
        }

        if (settings.OpenAIBaseUrl is { } endpoint)
        {
            var key = Environment.GetEnvironmentVariable("OPENAI_API_KEY");
            bazaar.UseChatClient(new OpenAIChatClientAdapter(endpoint, settings.Model ?? "gpt-4o-mini", string.IsNullOrWhiteSpace(key) ? "not-needed" : key));
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
