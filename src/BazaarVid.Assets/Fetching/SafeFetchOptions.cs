using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace BazaarVid.Assets;

/// <summary>Options of <see cref="SafeHttpFetcher"/>, validated on start.</summary>
public sealed class SafeFetchOptions
{
    /// <summary>The largest body read, in bytes; a larger body fails with <c>too-large</c>. Default 20 MB, at most 1 GB.</summary>
    [Range(typeof(long), "1", "1073741824")]
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>The bound of one whole fetch (every redirect hop, connect, headers and body). Default 10 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many redirects are followed (each one re-validated); one more fails with <c>too-many-redirects</c>. Default 3.</summary>
    [Range(0, 10)]
    public int MaxRedirects { get; set; } = 3;

    /// <summary>
    /// Hosts and networks permitted even when their address is private or local: a host name (<c>images.intranet</c>,
    /// matched exactly, case-insensitively, any address it resolves to is then permitted), an IP address
    /// (<c>127.0.0.1</c>, <c>::1</c>) or a CIDR block (<c>10.20.0.0/16</c>, <c>fd00::/8</c>). Default empty.
    /// The scheme rule still applies to allowed hosts.
    /// </summary>
    [AllowListEntries]
    public IList<string> AllowList { get; } = [];

    /// <summary>The User-Agent header sent. Default <c>BazaarVid-ImageFetcher/1.0</c>.</summary>
    [Required]
    [StringLength(200, MinimumLength = 1)]
    public string UserAgent { get; set; } = "BazaarVid-ImageFetcher/1.0";
}

/// <summary>Validates <see cref="SafeFetchOptions"/> (source-generated from its data annotations).</summary>
[OptionsValidator]
public sealed partial class SafeFetchOptionsValidator : IValidateOptions<SafeFetchOptions>;

/// <summary>Checks that every allow-list entry is a host name, an IP address or a CIDR block.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class AllowListEntriesAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not IEnumerable<string?> entries)
        {
            return ValidationResult.Success;
        }

        foreach (var entry in entries)
        {
            if (!FetchAllowList.TryParseEntry(entry, out _, out _, out var error))
            {
                return new ValidationResult($"The allow-list entry '{entry}' is invalid: {error}", [validationContext.MemberName ?? "AllowList"]);
            }
        }

        return ValidationResult.Success;
    }
}
