using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ModularPipelines.Distributed.Tests.Shared;
using StackExchange.Redis;

namespace ModularPipelines.Distributed.Redis.Tests.Support;

/// <summary>
/// A throw-away <c>redis-server</c> on a free loopback port, with an admin connection for the tests to inspect and
/// tamper with keys. Without persistence unless started with a data directory (then every write is in an fsynced
/// append-only file); either kind can be killed and started again on the same port. Stopped with
/// <c>SHUTDOWN NOSAVE</c>, killed if that does not work.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);
    private readonly string _executable;
    private readonly StringBuilder _output;
    private readonly string? _dataDirectory;
    private Process _process;

    private readonly IReadOnlyList<string> _extraArguments;

    private RedisServer(string executable, Process process, StringBuilder output, int port, string? dataDirectory, IReadOnlyList<string> extraArguments, ConnectionMultiplexer connection)
    {
        _executable = executable;
        _process = process;
        _output = output;
        Port = port;
        _dataDirectory = dataDirectory;
        _extraArguments = extraArguments;
        Connection = connection;
    }

    /// <summary>The plain port: the tests' admin connection, and every run that does not ask for TLS.</summary>
    public int Port { get; }

    /// <summary>The TLS port of a server started with <see cref="StartWithTlsAsync"/>; 0 otherwise.</summary>
    public int TlsPort { get; private set; }

    /// <summary>What <c>--redis</c> takes.</summary>
    public string Configuration => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port}");

    /// <summary>A connection with admin commands allowed (CLIENT KILL, SHUTDOWN).</summary>
    public ConnectionMultiplexer Connection { get; }

    public IDatabase Database => Connection.GetDatabase();

    public IServer Server => Connection.GetServer(Connection.GetEndPoints()[0]);

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Calls per command since the last <c>CONFIG RESETSTAT</c>, from INFO commandstats (<c>cmdstat_set:calls=3,...</c>).</summary>
    public async Task<Dictionary<string, long>> CommandCallsAsync()
    {
        var info = (string)(await Server.ExecuteAsync("INFO", "commandstats"))!;
        var calls = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in info.Split('\n', StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith("cmdstat_", StringComparison.Ordinal) && line.IndexOf(":calls=", StringComparison.Ordinal) is > 0 and var colon)
            {
                var count = line[(colon + ":calls=".Length)..].Split(',')[0];
                calls[line["cmdstat_".Length..colon]] = long.Parse(count, CultureInfo.InvariantCulture);
            }
        }

        return calls;
    }

    /// <summary>A server without persistence: a restart comes back empty.</summary>
    public static Task<RedisServer> StartAsync() => StartAsync(persistent: false);

    /// <summary>
    /// A server that also listens with TLS (<see cref="TlsPort"/>), with a certificate for localhost and 127.0.0.1 that
    /// <paramref name="certificates"/> issued; clients that trust its authority connect with <c>ssl=true</c>.
    /// </summary>
    public static async Task<RedisServer> StartWithTlsAsync(TestCertificates certificates)
    {
        var tlsPort = LoopbackPort.Free();
        string[] tls =
        [
            "--tls-port", tlsPort.ToString(CultureInfo.InvariantCulture), "--tls-cert-file", certificates.ServerCertificatePath,
            "--tls-key-file", certificates.ServerKeyPath, "--tls-ca-cert-file", certificates.AuthorityPath, "--tls-auth-clients", "no",
        ];
        var server = await StartAsync(persistent: false, tls);
        server.TlsPort = tlsPort;
        return server;
    }

    /// <summary>
    /// A server; when <paramref name="persistent"/>, with <c>appendonly yes</c> and <c>appendfsync always</c> in a data
    /// directory of its own, so a restart comes back with every write it acknowledged.
    /// </summary>
    public static Task<RedisServer> StartAsync(bool persistent) => StartAsync(persistent, []);

    private static async Task<RedisServer> StartAsync(bool persistent, IReadOnlyList<string> extraArguments)
    {
        var dataDirectory = persistent ? Directory.CreateTempSubdirectory("mpd-redis-data-").FullName : null;
        var executable = RedisServerRequirement.Require();

        // The port is free when asked for; another process may take it before redis-server binds it, so retry.
        for (var attempt = 1; ; attempt++)
        {
            var port = LoopbackPort.Free();
            var output = new StringBuilder();
            var process = StartProcess(executable, port, dataDirectory, extraArguments, output);
            try
            {
                var connection = await ConnectAsync(port, process);
                return new RedisServer(executable, process, output, port, dataDirectory, extraArguments, connection);
            }
            catch (Exception) when (attempt < 3)
            {
                KillQuietly(process);
                process.Dispose();
            }
        }
    }

    /// <summary>Kills the server (SIGKILL, as a crash would): every client connection drops at once.</summary>
    public async Task KillAsync()
    {
        KillQuietly(_process);
        await _process.WaitForExitAsync();
    }

    /// <summary>
    /// Starts the server again on the same port (after <see cref="KillAsync"/>), with its data if it is persistent;
    /// returns once the admin connection works again.
    /// </summary>
    public async Task RestartAsync()
    {
        if (!_process.HasExited)
        {
            throw new InvalidOperationException("the redis-server still runs: kill it first");
        }

        _process.Dispose();
        _process = StartProcess(_executable, Port, _dataDirectory, _extraArguments, _output);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await Database.PingAsync();
                return;
            }
            catch (Exception exception) when (exception is RedisException or RedisTimeoutException && clock.Elapsed < StartTimeout && !_process.HasExited)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>Every client connection of one kind (pubsub, normal), as <c>CLIENT KILL TYPE</c> does; returns how many.</summary>
    public async Task<long> KillClientsAsync(string type) =>
        (long)await Server.ExecuteAsync("CLIENT", "KILL", "TYPE", type);

    /// <summary>How many connections are subscribed to a channel.</summary>
    public async Task<long> SubscriberCountAsync(string channel)
    {
        var reply = (RedisResult[])(await Server.ExecuteAsync("PUBSUB", "NUMSUB", channel))!;
        return (long)reply[1];
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                await Server.ExecuteAsync("SHUTDOWN", "NOSAVE");
            }
        }
        catch (RedisException)
        {
            // SHUTDOWN closes the connection under the reply; the kill below covers a server that did not stop.
        }

        using (var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                KillQuietly(_process);
            }
        }

        await Connection.DisposeAsync();
        _process.Dispose();
        if (_dataDirectory is not null)
        {
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS temp cleaner.
            }
        }
    }

    private static Process StartProcess(string executable, int port, string? dataDirectory, IReadOnlyList<string> extraArguments, StringBuilder output)
    {
        var startInfo = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "",
                     "--daemonize", "no", "--protected-mode", "yes", "--loglevel", "warning",
                 })
        {
            startInfo.ArgumentList.Add(argument);
        }

        string[] persistence = dataDirectory is null
            ? ["--appendonly", "no"]
            : ["--appendonly", "yes", "--appendfsync", "always", "--dir", dataDirectory];
        foreach (var argument in persistence.Concat(extraArguments))
        {
            startInfo.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        ProcessRegistry.Add(process);
        return process;
    }

    private static async Task<ConnectionMultiplexer> ConnectAsync(int port, Process process)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited with code {process.ExitCode} on port {port}");
            }

            try
            {
                var options = ConfigurationOptions.Parse(string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{port}"));
                options.AllowAdmin = true;
                options.AbortOnConnectFail = true;
                options.ConnectTimeout = 1000;
                options.ClientName = "mpd-tests";
                var connection = await ConnectionMultiplexer.ConnectAsync(options);
                await connection.GetDatabase().PingAsync();
                return connection;
            }
            catch (RedisConnectionException) when (clock.Elapsed < StartTimeout)
            {
                await Task.Delay(100);
            }
        }
    }


    private static void KillQuietly(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is not null)
        {
            lock (text)
            {
                text.Append(line).Append('\n');
            }
        }
    }
}
