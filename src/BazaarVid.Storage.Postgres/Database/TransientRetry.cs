using Microsoft.Extensions.Logging;

namespace BazaarVid.Storage.Postgres;

/// <summary>
/// Runs a database operation, retrying transient failures a bounded number of times with growing delays, and
/// translates the final failure into the SDK's typed exceptions. Work the server rolled back (serialization failure,
/// deadlock) is always retried; a lost connection only when nothing was sent yet or the operation is safe to repeat.
/// </summary>
internal sealed class TransientRetry(int maxRetries, TimeProvider timeProvider, ILogger logger)
{
    public async Task<T> RunAsync<T>(string operation, bool idempotent, Func<int, CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        for (var number = 1; ; number++)
        {
            try
            {
                return await attempt(number, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (number <= maxRetries && CanRetry(e, idempotent) && !cancellationToken.IsCancellationRequested)
            {
                var delay = Delay(number);
                PostgresTelemetry.Retries.Add(1, new KeyValuePair<string, object?>("operation", operation));
                PostgresLog.TransientRetry(logger, operation, Describe(e), number, maxRetries, delay.TotalMilliseconds);
                await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                var translated = PostgresErrors.Translate(Unwrap(e), operation);
                if (ReferenceEquals(translated, e))
                {
                    throw;
                }

                throw translated;
            }
        }
    }

    /// <summary>25 ms, 100 ms, 400 ms, then 1 s.</summary>
    internal static TimeSpan Delay(int attempt) => TimeSpan.FromMilliseconds(Math.Min(25 * Math.Pow(4, attempt - 1), 1000));

    internal static bool CanRetry(Exception exception, bool idempotent) => exception switch
    {
        OpenFailedException opening => PostgresErrors.Classify(opening.InnerException!) != PostgresErrors.Retry.Never,
        _ => PostgresErrors.Classify(exception) switch
        {
            PostgresErrors.Retry.RolledBack => true,
            PostgresErrors.Retry.Connection => idempotent,
            _ => false,
        },
    };

    private static Exception Unwrap(Exception exception) => exception is OpenFailedException opening ? opening.InnerException! : exception;

    private static string Describe(Exception exception) => Unwrap(exception) switch
    {
        Npgsql.PostgresException postgres => postgres.SqlState,
        var other => other.GetType().Name,
    };
}

/// <summary>Marks a failure to open a connection: nothing was sent, so any operation may be retried.</summary>
internal sealed class OpenFailedException(Exception innerException) : Exception("Opening a PostgreSQL connection failed.", innerException);
