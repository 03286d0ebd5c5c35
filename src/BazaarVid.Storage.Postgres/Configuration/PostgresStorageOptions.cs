using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BazaarVid.Storage.Postgres;

/// <summary>How the stores bring the database schema up to date.</summary>
public enum PostgresMigrationMode
{
    /// <summary>The first store call (or <see cref="IBazaarVidMigrator.MigrateAsync"/>) applies missing migrations under an advisory lock.</summary>
    Apply,

    /// <summary>Migrations are applied by a deployment step; the stores only check and fail with <see cref="PostgresSchemaNotReadyException"/> when one is missing.</summary>
    VerifyOnly,
}

/// <summary>Options of the PostgreSQL stores (<c>UsePostgres</c>), validated on start.</summary>
public sealed class PostgresStorageOptions
{
    /// <summary>The Npgsql connection string (<c>Host=…;Username=…;Password=…;Database=…</c>). Required.</summary>
    [Required]
    [NpgsqlConnectionString]
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>
    /// The schema every table lives in; created by the first migration. Lower-case letters, digits and underscores,
    /// starting with a letter or underscore, at most 50 characters, not starting with <c>pg_</c>. Default <c>bazaarvid</c>.
    /// </summary>
    [Required]
    [RegularExpression("^(?!pg_)[a-z_][a-z0-9_]{0,49}$")]
    public string Schema { get; set; } = "bazaarvid";

    /// <summary>The longest a single command may run before it fails with <see cref="PostgresTimeoutException"/>. Default 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether missing migrations are applied or only reported. Default <see cref="PostgresMigrationMode.Apply"/>.</summary>
    [EnumDataType(typeof(PostgresMigrationMode))]
    public PostgresMigrationMode MigrationMode { get; set; } = PostgresMigrationMode.Apply;

    /// <summary>
    /// How many times an operation is retried after a transient failure (serialization failure, deadlock, lost
    /// connection) before the typed error reaches the caller. Default 3.
    /// </summary>
    [Range(0, 10)]
    public int MaxTransientRetries { get; set; } = 3;

    /// <summary>
    /// Lets Npgsql prepare the stores' statements automatically (one parse per connection instead of one per call) unless
    /// the connection string already sets <c>Max Auto Prepare</c>. Turn off behind poolers that cannot keep prepared
    /// statements (PgBouncer in transaction mode). Default true.
    /// </summary>
    public bool AutoPrepare { get; set; } = true;

    /// <summary>
    /// Listens for changes made by other host instances (LISTEN/NOTIFY) to drop their cached contexts and deliver late
    /// image facts to this instance's subscribers. Default true.
    /// </summary>
    public bool Notifications { get; set; } = true;

    /// <summary>How many expired memory items <see cref="BazaarVid.Context.IProjectMemoryStore.SweepExpiredAsync"/> deletes per statement. Default 1,000.</summary>
    [Range(1, 100_000)]
    public int MemorySweepBatchSize { get; set; } = 1_000;

    /// <summary>The durable image-analysis queue.</summary>
    [ValidateObjectMembers]
    public PostgresImageJobOptions ImageJobs { get; set; } = new();
}

/// <summary>Options of the durable image-analysis queue (<c>image_analysis_jobs</c>).</summary>
public sealed class PostgresImageJobOptions
{
    /// <summary>
    /// How many jobs this instance analyses at once. Zero makes the instance enqueue only (another instance, or a
    /// worker host, runs the jobs; facts still reach this instance's subscribers). Default 2.
    /// </summary>
    [Range(0, 64)]
    public int Workers { get; set; } = 2;

    /// <summary>How many times a job is tried before it finishes with a failed fact. Default 5.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait before the first retry; each further retry waits twice as long, up to <see cref="MaxBackoff"/>. Default 2 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between two attempts. Default 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a claimed job belongs to its worker. A job whose worker died (crash, kill) is claimed again once its
    /// lease has run out, so keep it above the analysis timeout. Default 2 minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often idle workers look for due jobs when no notification woke them (retries coming due, expired leases). Default 5 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>Validates <see cref="PostgresStorageOptions"/> (source-generated from its data annotations).</summary>
[OptionsValidator]
public sealed partial class PostgresStorageOptionsValidator : IValidateOptions<PostgresStorageOptions>;

/// <summary>Checks that a connection string parses as an Npgsql connection string and names a host.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class NpgsqlConnectionStringAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string text || text.Length == 0)
        {
            return ValidationResult.Success;
        }

        var member = validationContext.MemberName ?? nameof(PostgresStorageOptions.ConnectionString);
        try
        {
            var parsed = new NpgsqlConnectionStringBuilder(text);
            return string.IsNullOrWhiteSpace(parsed.Host)
                ? new ValidationResult("The connection string names no Host.", [member])
                : ValidationResult.Success;
        }
        catch (ArgumentException e)
        {
            // The message never echoes the connection string: it may hold a password.
            return new ValidationResult($"The connection string is not a valid Npgsql connection string ({e.GetType().Name}).", [member]);
        }
    }
}
