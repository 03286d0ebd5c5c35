using Microsoft.Extensions.Logging;

namespace BazaarVid.Brain.Tests.Decisions.TestSupport;

/// <summary>A logger that keeps every entry (event id, level, message) for assertions.</summary>
public sealed class ListLogger<T> : ILogger<T>
{
    public List<(int EventId, LogLevel Level, string Message)> Entries { get; } = [];

    public IEnumerable<int> EventIds => Entries.Select(e => e.EventId);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (Entries)
        {
            Entries.Add((eventId.Id, logLevel, formatter(state, exception)));
        }
    }
}
