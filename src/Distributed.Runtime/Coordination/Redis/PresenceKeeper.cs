using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace ModularPipelines.Distributed;

/// <summary>
/// Keeps this instance's presence subscription (see <see cref="RedisKeys.Presence"/>): its subscriber count is how
/// the master learns within about a second that a process died, instead of waiting for its leases to expire. When the
/// subscription connection breaks while the process lives (a dropped connection, <c>CLIENT KILL TYPE pubsub</c>), the
/// master would see no subscriber either; so until it is subscribed again this instance beats every
/// <see cref="BridgeInterval"/>, well inside the master's presence grace (Lua/reclaim.lua needs both signs).
/// </summary>
internal sealed class PresenceKeeper : IAsyncDisposable
{
    /// <summary>How often an instance without its subscription beats; much shorter than the presence grace.</summary>
    public static readonly TimeSpan BridgeInterval = TimeSpan.FromMilliseconds(250);

    // Rounds of the bridge between fresh subscriptions: past StackExchange.Redis's own reconnect (every 500 ms).
    private const int ResubscribeEvery = 4;

    private readonly ConnectionMultiplexer _connection;
    private readonly RedisKeys _keys;
    private readonly Func<int, Task> _beat;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _disposed = new();
    private readonly Lock _gate = new();
    private int? _instanceIndex;
    private Task _bridge = Task.CompletedTask;

    /// <summary>Watches the connection's subscription; nothing is subscribed until <see cref="KeepAsync"/>.</summary>
    /// <param name="connection">The coordinator's connection.</param>
    /// <param name="keys">The run's keys.</param>
    /// <param name="beat">Records a beat of the given instance.</param>
    /// <param name="logger">Where the bridging is noted.</param>
    public PresenceKeeper(ConnectionMultiplexer connection, RedisKeys keys, Func<int, Task> beat, ILogger logger)
    {
        _connection = connection;
        _keys = keys;
        _beat = beat;
        _logger = logger;
        _connection.ConnectionFailed += OnConnectionFailed;
    }

    /// <summary>Subscribes to the instance's presence channel; later calls do nothing.</summary>
    public async Task KeepAsync(int instanceIndex)
    {
        lock (_gate)
        {
            if (_instanceIndex is not null)
            {
                return;
            }

            _instanceIndex = instanceIndex;
        }

        await _connection.GetSubscriber().SubscribeAsync(_keys.Presence(instanceIndex), static (_, _) => { }).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        _connection.ConnectionFailed -= OnConnectionFailed;
        await _disposed.CancelAsync().ConfigureAwait(false);
        await _bridge.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _disposed.Dispose();
    }

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs failure)
    {
        if (failure.ConnectionType != ConnectionType.Subscription)
        {
            return;
        }

        lock (_gate)
        {
            if (_instanceIndex is { } index && _bridge.IsCompleted && !_disposed.IsCancellationRequested)
            {
                _bridge = BridgeAsync(index, _disposed.Token);
            }
        }
    }

    /// <summary>
    /// Beats until the presence channel has its subscriber again. StackExchange.Redis resubscribes by itself when its
    /// subscription connection comes back; if the server refused that one channel meanwhile, this subscribes it anew.
    /// </summary>
    private async Task BridgeAsync(int instanceIndex, CancellationToken stop)
    {
        var channel = _keys.Presence(instanceIndex);
        var subscriber = _connection.GetSubscriber();
        _logger.LogDebug("presence subscription of instance {Index} lost; beating until it is back", instanceIndex);
        for (var round = 1; !stop.IsCancellationRequested; round++)
        {
            try
            {
                await _beat(instanceIndex).ConfigureAwait(false);
                var count = (RedisResult[])(await _connection.GetDatabase().ExecuteAsync("PUBSUB", "NUMSUB", channel.ToString()).ConfigureAwait(false))!;
                if ((long)count[1] > 0)
                {
                    return;
                }

                if (round % ResubscribeEvery == 0)
                {
                    await subscriber.UnsubscribeAsync(channel).ConfigureAwait(false);
                    await subscriber.SubscribeAsync(channel, static (_, _) => { }).ConfigureAwait(false);
                }
            }
            catch (Exception exception) when (exception is RedisException or RedisTimeoutException or InvalidOperationException)
            {
                // Redis itself is away: nobody can reclaim anything meanwhile, and the outage retry reports it.
            }

            try
            {
                await Task.Delay(BridgeInterval, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
