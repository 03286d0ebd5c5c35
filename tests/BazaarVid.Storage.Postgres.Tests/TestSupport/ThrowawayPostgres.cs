using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace BazaarVid.Storage.Postgres.Testing;

/// <summary>
/// A private PostgreSQL cluster started from the machine's binaries (<c>initdb</c> and <c>pg_ctl</c> from
/// /usr/lib/postgresql/*/bin, <c>BAZAARVID_PG_BIN</c> or the PATH) in a temporary directory on a free loopback port, as
/// the <c>postgres</c> OS user when running as root. Disposing stops it and deletes the directory. Shared by the
/// Postgres tests and benchmarks (linked, not copied).
/// </summary>
internal sealed class ThrowawayPostgres : IDisposable
{
    private readonly string _bin;
    private readonly string _data;
    private int _disposed;

    private ThrowawayPostgres(string bin, string root, int port)
    {
        _bin = bin;
        Root = root;
        _data = Path.Combine(root, "data");
        Port = port;
        ConnectionString = string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Timeout=30");
    }

    /// <summary>Connects as the superuser <c>postgres</c> (trust authentication, loopback only).</summary>
    public string ConnectionString { get; }

    /// <summary>The temporary directory (data directory, unix socket and server log).</summary>
    public string Root { get; }

    /// <summary>The TCP port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The directory holding <c>initdb</c> and <c>pg_ctl</c>, or null when PostgreSQL is not installed.</summary>
    public static string? FindBinDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("BAZAARVID_PG_BIN");
        if (!string.IsNullOrEmpty(configured) && File.Exists(Path.Combine(configured, "initdb")))
        {
            return configured;
        }

        if (Directory.Exists("/usr/lib/postgresql"))
        {
            var newest = Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Dir: d, Version: double.TryParse(Path.GetFileName(d), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0))
                .Where(d => File.Exists(Path.Combine(d.Dir, "bin", "initdb")))
                .OrderByDescending(d => d.Version)
                .Select(d => Path.Combine(d.Dir, "bin"))
                .FirstOrDefault();
            if (newest is not null)
            {
                return newest;
            }
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    /// <summary>
    /// Creates and starts a cluster. <paramref name="durable"/> false (tests) turns fsync and synchronous commit off;
    /// true (benchmarks) keeps PostgreSQL's defaults so commit latency is real.
    /// </summary>
    public static ThrowawayPostgres Start(bool durable = false)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The throwaway cluster runs on Linux and macOS; on Windows set BAZAARVID_TEST_POSTGRES.");
        }

        var bin = FindBinDirectory()
            ?? throw new InvalidOperationException("PostgreSQL is not installed (no initdb found). Run scripts/prerequisites/postgres.sh, or set BAZAARVID_TEST_POSTGRES to a connection string.");
        var root = Path.Combine(Path.GetTempPath(), "bazaarvid-pg-" + Guid.NewGuid().ToString("N")[..12]);

        // World-writable (set after creation: the umask applies to mkdir) so the postgres OS user can create the data
        // directory and the socket in it.
        Directory.CreateDirectory(root);
        File.SetUnixFileMode(root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute);
        var cluster = new ThrowawayPostgres(bin, root, FreePort());
        try
        {
            cluster.Run("initdb", "-D", cluster._data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions");
            var settings = string.Create(CultureInfo.InvariantCulture, $"-p {cluster.Port} -k {root} -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=64MB");
            if (!durable)
            {
                settings += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
            }

            cluster.Run("pg_ctl", "-D", cluster._data, "-l", Path.Combine(root, "server.log"), "-o", settings, "-w", "-t", "60", "start");
            cluster.StartWatchdog();
            return cluster;
        }
        catch
        {
            cluster.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        try
        {
            if (File.Exists(Path.Combine(_data, "postmaster.pid")))
            {
                Run("pg_ctl", "-D", _data, "-m", "immediate", "-w", "-t", "30", "stop");
            }
        }
        catch (InvalidOperationException)
        {
            // Already stopped or never started: the directory goes anyway.
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// A detached shell that stops the cluster and deletes its directory once this process is gone, however it ends
    /// (test hosts are sometimes killed before their exit handlers finish).
    /// </summary>
    private void StartWatchdog()
    {
        if (!File.Exists("/usr/bin/setsid") && !File.Exists("/bin/setsid"))
        {
            return;
        }

        var pgCtl = Path.Combine(_bin, "pg_ctl");
        var stop = Environment.IsPrivilegedProcess ? $"runuser -u postgres -- '{pgCtl}'" : $"'{pgCtl}'";
        var script = string.Create(CultureInfo.InvariantCulture, $"""
            while kill -0 {Environment.ProcessId} 2>/dev/null && [ -d '{_data}' ]; do sleep 1; done
            if [ -f '{_data}/postmaster.pid' ]; then {stop} -D '{_data}' -m immediate -w stop; fi
            rm -rf '{Root}'
            """);
        var start = new ProcessStartInfo("setsid")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-f", "sh", "-c", script })
        {
            start.ArgumentList.Add(argument);
        }

        using var watchdog = Process.Start(start);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Run(string tool, params string[] arguments)
    {
        var runAsPostgres = Environment.IsPrivilegedProcess;
        var start = new ProcessStartInfo(runAsPostgres ? "runuser" : Path.Combine(_bin, tool))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Root,
        };
        if (runAsPostgres)
        {
            foreach (var part in new[] { "-u", "postgres", "--", Path.Combine(_bin, tool) })
            {
                start.ArgumentList.Add(part);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{tool} did not finish within 120 s.");
        }

        if (process.ExitCode != 0)
        {
            var log = Path.Combine(Root, "server.log");
            var serverLog = File.Exists(log) ? File.ReadAllText(log) : string.Empty;
            throw new InvalidOperationException($"{tool} failed with exit code {process.ExitCode}: {output.Result}{error.Result}{serverLog}");
        }
    }
}
