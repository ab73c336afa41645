using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using StackExchange.Redis;

namespace ModularPipelines.Distributed.Redis.Tests.Support;

/// <summary>
/// A throw-away <c>redis-server</c> on a free loopback port, without persistence, with an admin connection for the
/// tests to inspect and tamper with keys. Stopped with <c>SHUTDOWN NOSAVE</c>, killed if that does not work.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);
    private readonly Process _process;
    private readonly StringBuilder _output;

    private RedisServer(Process process, StringBuilder output, int port, ConnectionMultiplexer connection)
    {
        _process = process;
        _output = output;
        Port = port;
        Connection = connection;
    }

    public int Port { get; }

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

    public static async Task<RedisServer> StartAsync()
    {
        var executable = FindExecutable()
            ?? throw new InvalidOperationException(
                "redis-server is not installed (looked on PATH and in /usr/bin, /usr/local/bin, /opt/homebrew/bin): the distributed tests need it. "
                + "Install it (apt-get install redis-server; scripts/test.sh does so when it can) or set MPD_TEST_REDIS_SERVER to its path.");

        // The port is free when asked for; another process may take it before redis-server binds it, so retry.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreeLoopbackPort();
            var output = new StringBuilder();
            var process = StartProcess(executable, port, output);
            try
            {
                var connection = await ConnectAsync(port, process);
                return new RedisServer(process, output, port, connection);
            }
            catch (Exception) when (attempt < 3)
            {
                KillQuietly(process);
                process.Dispose();
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
    }

    private static Process StartProcess(string executable, int port, StringBuilder output)
    {
        var startInfo = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                     "--daemonize", "no", "--protected-mode", "yes", "--loglevel", "warning",
                 })
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

    private static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    private static string? FindExecutable()
    {
        if (Environment.GetEnvironmentVariable("MPD_TEST_REDIS_SERVER") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        var directories = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]);
        return directories.Select(d => Path.Combine(d, "redis-server")).FirstOrDefault(File.Exists);
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
