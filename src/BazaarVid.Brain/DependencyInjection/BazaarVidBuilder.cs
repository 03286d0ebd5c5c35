using Microsoft.Extensions.DependencyInjection;

namespace BazaarVid.Brain;

/// <summary>
/// Returned by <c>AddBazaarVid</c> so a host can chain optional parts: <c>.UseChatClient(client)</c> for the LLM
/// implementations, <c>.UsePostgres(connectionString)</c> (BazaarVid.Storage.Postgres) for durable stores.
/// </summary>
public sealed class BazaarVidBuilder
{
    /// <summary>Creates the builder over a service collection.</summary>
    public BazaarVidBuilder(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        Services = services;
    }

    /// <summary>The service collection being configured.</summary>
    public IServiceCollection Services { get; }
}
