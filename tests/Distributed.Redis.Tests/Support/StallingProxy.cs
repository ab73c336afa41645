using System.Net.Sockets;

namespace ModularPipelines.Distributed.Redis.Tests.Support;

/// <summary>
/// A proxy that passes bytes unchanged until a given number have gone one way (to the server, or back), then holds
/// that way on every connection: a process behind it is frozen half-way through a transfer at a byte count the test
/// chose, not at a moment it guessed. Held bytes are read and dropped, so a process that dies behind the proxy still
/// closes its connections and the server sees it go.
/// </summary>
public sealed class StallingProxy : LoopbackProxy
{
    private readonly bool _holdsRequests;
    private readonly long _limit;
    private readonly TaskCompletionSource _stalled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _passed;

    private StallingProxy(int targetPort, bool holdsRequests, long limit)
        : base(targetPort)
    {
        _holdsRequests = holdsRequests;
        _limit = limit;
    }

    /// <summary>Completes when the limit was reached and the proxy began to hold.</summary>
    public Task Stalled => _stalled.Task;

    /// <summary>Holds what clients send once more than <paramref name="bytes"/> have been sent (an upload stops half-way).</summary>
    public static StallingProxy HoldingRequestsAfter(int targetPort, long bytes) => new(targetPort, holdsRequests: true, bytes);

    /// <summary>Holds what the server answers once more than <paramref name="bytes"/> have been answered (a download stops half-way).</summary>
    public static StallingProxy HoldingRepliesAfter(int targetPort, long bytes) => new(targetPort, holdsRequests: false, bytes);

    protected override async Task RelayAsync(TcpClient client, TcpClient server)
    {
        var toServer = PassAsync(client.GetStream(), server.GetStream(), _holdsRequests);
        var toClient = PassAsync(server.GetStream(), client.GetStream(), !_holdsRequests);
        await Task.WhenAny(toServer, toClient);
        client.Dispose();
        server.Dispose();
    }

    private async Task PassAsync(Stream from, Stream to, bool counted)
    {
        await PumpAsync(from, to, chunk => !counted || Pass(chunk.Length));
        if (counted && _stalled.Task.IsCompleted)
        {
            // Held: read on only to notice when this side closes.
            await PumpAsync(from, Stream.Null, _ => true);
        }
    }

    private bool Pass(int bytes)
    {
        if (_stalled.Task.IsCompleted)
        {
            return false;
        }

        if (Interlocked.Add(ref _passed, bytes) > _limit)
        {
            _stalled.TrySetResult();
            return false;
        }

        return true;
    }
}
