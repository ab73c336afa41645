using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ModularPipelines.Distributed.Redis.Tests.Support;

/// <summary>
/// A loopback TCP proxy in front of a redis-server: every connection made to <see cref="Port"/> gets a connection of
/// its own to the server, and a subclass decides what passes between the two.
/// </summary>
public abstract class LoopbackProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _targetPort;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<TcpClient> _connections = [];
    private readonly Task _accepting;

    protected LoopbackProxy(int targetPort)
    {
        _targetPort = targetPort;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>What <c>--redis</c> takes to connect through the proxy.</summary>
    public string Configuration => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port}");

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        lock (_connections)
        {
            _connections.ForEach(c => c.Dispose());
        }

        await _accepting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stopping.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Carries one client connection and its server connection until either ends, then disposes both.</summary>
    protected abstract Task RelayAsync(TcpClient client, TcpClient server);

    /// <summary>Copies chunks until <paramref name="forward"/> refuses one (it is not sent) or either side closes.</summary>
    protected async Task PumpAsync(Stream from, Stream to, Func<ReadOnlyMemory<byte>, bool> forward)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReadAsync(buffer, _stopping.Token);
                if (read == 0 || !forward(buffer.AsMemory(0, read)))
                {
                    return;
                }

                await to.WriteAsync(buffer.AsMemory(0, read), _stopping.Token);
            }
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
        {
        }
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var server = new TcpClient();
            await server.ConnectAsync(IPAddress.Loopback, _targetPort);
            lock (_connections)
            {
                _connections.Add(client);
                _connections.Add(server);
            }

            _ = RelayAsync(client, server);
        }
    }
}
