using System.Net.Sockets;
using System.Text;

namespace ModularPipelines.Distributed.Redis.Tests.Support;

/// <summary>
/// A loopback TCP proxy in front of a redis-server that, once armed, lets one matching request through, swallows its
/// reply and drops the connection: the call has run on the server but its caller never hears so, as when a connection
/// breaks at the wrong moment. Every other byte passes unchanged.
/// </summary>
public sealed class ReplyDroppingProxy(int targetPort) : LoopbackProxy(targetPort)
{
    private Func<string, bool>? _matches;
    private Func<Task>? _beforeDisconnect;
    private TaskCompletionSource _dropped = new(TaskCreationOptions.RunContinuationsAsynchronously);

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

    protected override async Task RelayAsync(TcpClient client, TcpClient server)
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
}
