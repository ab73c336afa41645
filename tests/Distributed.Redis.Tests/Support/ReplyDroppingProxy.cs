using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ModularPipelines.Distributed.Redis.Tests.Support;

/// <summary>
/// A loopback TCP proxy in front of a redis-server that, once armed, lets one matching request through, swallows its
/// reply and drops the connection: the call has run on the server but its caller never hears so, as when a connection
/// breaks at the wrong moment. Every other byte passes unchanged.
/// </summary>
public sealed class ReplyDroppingProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _targetPort;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<TcpClient> _connections = [];
    private readonly Task _accepting;
    private Func<string, bool>? _matches;
    private Func<Task>? _beforeDisconnect;
    private TaskCompletionSource _dropped = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ReplyDroppingProxy(int targetPort)
    {
        _targetPort = targetPort;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public string Configuration => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port}");

    /// <summary>Completes when the armed request's reply has been swallowed and its connection dropped.</summary>
    public Task Dropped => _dropped.Task;

    /// <summary>
    /// Arms the proxy for the next request whose text (RESP, read as Latin-1) matches; <paramref name="beforeDisconnect"/>
    /// runs after the reply is swallowed and before the connection drops.
    /// </summary>
    public void DropNextReply(Func<string, bool> matches, Func<Task>? beforeDisconnect = null)
    {
        _dropped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _beforeDisconnect = beforeDisconnect;
        Volatile.Write(ref _matches, matches);
    }

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

    private async Task RelayAsync(TcpClient client, TcpClient server)
    {
        var swallowNextReply = 0;
        var toServer = PumpAsync(client.GetStream(), server.GetStream(), chunk =>
        {
            if (Volatile.Read(ref _matches) is { } matches && matches(Encoding.Latin1.GetString(chunk.Span)))
            {
                Volatile.Write(ref _matches, null);
                Volatile.Write(ref swallowNextReply, 1);
            }

            return true;
        });
        var toClient = PumpAsync(server.GetStream(), client.GetStream(), _ => Volatile.Read(ref swallowNextReply) == 0);
        await Task.WhenAny(toServer, toClient);
        if (Volatile.Read(ref swallowNextReply) == 1)
        {
            if (_beforeDisconnect is { } beforeDisconnect)
            {
                await beforeDisconnect();
            }

            client.Dispose();
            server.Dispose();
            _dropped.TrySetResult();
            return;
        }

        client.Dispose();
        server.Dispose();
    }

    /// <summary>Copies chunks until <paramref name="forward"/> refuses one (it is not sent) or either side closes.</summary>
    private async Task PumpAsync(NetworkStream from, NetworkStream to, Func<ReadOnlyMemory<byte>, bool> forward)
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
}
