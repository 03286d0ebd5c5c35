namespace BazaarVid.Storage.Postgres.Tests.TestSupport;

/// <summary>Waits for something another instance or a background worker makes true (a deadline, not a timing assertion).</summary>
public static class Wait
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public static async Task UntilAsync(Func<Task<bool>> condition, string because)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not true within {Patience.TotalSeconds} s: {because}");
            }

            await Task.Delay(25);
        }
    }

    public static Task UntilAsync(Func<bool> condition, string because) => UntilAsync(() => Task.FromResult(condition()), because);
}
