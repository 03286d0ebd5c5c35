using Npgsql;
using NpgsqlTypes;

namespace BazaarVid.Storage.Postgres;

/// <summary>Typed positional parameters (<c>$1</c>, <c>$2</c>, …), so statements never depend on type inference from untyped values.</summary>
internal static class SqlParameters
{
    /// <summary>Adds a parameter whose PostgreSQL type follows from <typeparamref name="T"/>.</summary>
    public static NpgsqlParameterCollection Value<T>(this NpgsqlParameterCollection parameters, T value)
    {
        parameters.Add(new NpgsqlParameter<T> { TypedValue = value });
        return parameters;
    }

    /// <summary>Adds a parameter of an explicit PostgreSQL type; null is sent as SQL NULL.</summary>
    public static NpgsqlParameterCollection Value(this NpgsqlParameterCollection parameters, object? value, NpgsqlDbType type)
    {
        parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value, NpgsqlDbType = type });
        return parameters;
    }
}
