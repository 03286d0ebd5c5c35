using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace BazaarVid.Storage.Postgres;

/// <summary>One versioned SQL file: <c>NNNN_name.sql</c>, applied in version order. The checksum detects edits to applied files.</summary>
internal sealed record SchemaMigration(int Version, string Name, string Sql)
{
    private const string ResourcePrefix = "BazaarVid.Storage.Postgres.Migrations.";

    /// <summary>SHA-256 (hex) of the SQL with carriage returns removed, so a checkout's line endings never count as an edit.</summary>
    public string Checksum { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.Replace("\r", string.Empty, StringComparison.Ordinal))));

    /// <summary>The migrations embedded in this assembly, by version.</summary>
    public static ImmutableArray<SchemaMigration> Embedded { get; } = Load(typeof(SchemaMigration).Assembly);

    /// <summary>Creates a migration from its file name (<c>NNNN_name.sql</c>) and SQL.</summary>
    public static SchemaMigration FromFile(string fileName, string sql)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(sql);
        var underscore = fileName.IndexOf('_', StringComparison.Ordinal);
        if (underscore <= 0
            || !fileName.EndsWith(".sql", StringComparison.Ordinal)
            || !int.TryParse(fileName.AsSpan(0, underscore), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            || version <= 0)
        {
            throw new ArgumentException($"A migration file is named NNNN_name.sql, not '{fileName}'.", nameof(fileName));
        }

        return new SchemaMigration(version, fileName, sql);
    }

    /// <summary>Orders <paramref name="migrations"/> by version and checks versions are unique.</summary>
    public static ImmutableArray<SchemaMigration> Ordered(IEnumerable<SchemaMigration> migrations)
    {
        var ordered = migrations.OrderBy(m => m.Version).ToImmutableArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            if (ordered[i].Version == ordered[i - 1].Version)
            {
                throw new InvalidOperationException($"Migrations {ordered[i - 1].Name} and {ordered[i].Name} share version {ordered[i].Version}.");
            }
        }

        return ordered;
    }

    private static ImmutableArray<SchemaMigration> Load(Assembly assembly)
    {
        var migrations = new List<SchemaMigration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            migrations.Add(FromFile(resource[ResourcePrefix.Length..], reader.ReadToEnd()));
        }

        return Ordered(migrations);
    }
}
