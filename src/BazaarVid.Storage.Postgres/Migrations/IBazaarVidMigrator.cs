using System.Collections.Immutable;

namespace BazaarVid.Storage.Postgres;

/// <summary>
/// Brings the BazaarVid schema up to date. The stores call it themselves before their first operation (applying
/// with <see cref="PostgresMigrationMode.Apply"/>, checking with <see cref="PostgresMigrationMode.VerifyOnly"/>); a
/// host or a deployment step may call <see cref="MigrateAsync"/> earlier to fail fast.
/// </summary>
public interface IBazaarVidMigrator
{
    /// <summary>
    /// Applies every missing migration, in order, in one transaction under a PostgreSQL advisory lock, recording each in
    /// <c>schema_migrations</c>. Any number of instances may call it at once: each migration is applied exactly once, and
    /// a failing migration leaves nothing behind. Always applies, whatever <see cref="PostgresStorageOptions.MigrationMode"/> says.
    /// </summary>
    /// <exception cref="PostgresSchemaNotReadyException">An applied migration differs from the one shipped in this version.</exception>
    /// <exception cref="PostgresStorageException">The database refused a migration or could not be reached.</exception>
    Task<MigrationResult> MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>Checks without changing anything.</summary>
    /// <exception cref="PostgresSchemaNotReadyException">A migration is missing or an applied one differs.</exception>
    Task VerifyAsync(CancellationToken cancellationToken = default);

    /// <summary>The migrations (file names) not yet applied, in the order they would be applied.</summary>
    Task<ImmutableArray<string>> GetPendingMigrationsAsync(CancellationToken cancellationToken = default);
}

/// <summary>What <see cref="IBazaarVidMigrator.MigrateAsync"/> did.</summary>
/// <param name="Schema">The schema migrated.</param>
/// <param name="Applied">The migrations this call applied, in order (empty when another instance had applied them).</param>
/// <param name="AlreadyApplied">The migrations that were applied before this call.</param>
public sealed record MigrationResult(string Schema, ImmutableArray<string> Applied, ImmutableArray<string> AlreadyApplied)
{
    /// <inheritdoc />
    public bool Equals(MigrationResult? other) =>
        other is not null && Schema == other.Schema && Applied.SequenceEqual(other.Applied) && AlreadyApplied.SequenceEqual(other.AlreadyApplied);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Schema, Applied.Length, AlreadyApplied.Length);
}
