using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ModularPipelines.Distributed.Tests.Shared;

/// <summary>
/// A throw-away <c>redis-server</c> on a free loopback port, without persistence; killed when disposed. Tests that
/// need one are ignored (with the reason) on a machine without redis-server, and fail under CI
/// (<see cref="RedisServerRequirement"/>): scripts/test.sh installs it when it can.
/// </summary>
public sealed class LocalRedisServer : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);
    private readonly Process _process;

    private LocalRedisServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>What <c>--redis</c> takes.</summary>
    public string Configuration => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port}");

    public static async Task<LocalRedisServer> StartAsync()
    {
        var executable = RedisServerRequirement.Require();
        var port = LoopbackPort.Free();
        var startInfo = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        var process = Process.Start(startInfo)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new LocalRedisServer(process, port);
        var clock = Stopwatch.StartNew();
        while (!await server.AnswersPingAsync())
        {
            if (process.HasExited || clock.Elapsed > StartTimeout)
            {
                server.Dispose();
                throw new InvalidOperationException($"redis-server did not answer on port {port} within {StartTimeout.TotalSeconds}s");
            }

            await Task.Delay(50);
        }

        return server;
    }

    public void Dispose()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
