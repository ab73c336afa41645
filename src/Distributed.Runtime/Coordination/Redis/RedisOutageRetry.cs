using System.Globalization;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace ModularPipelines.Distributed;

/// <summary>
/// Carries Redis calls through a transient outage (a restart, a dropped connection) with a short, capped, jittered
/// backoff, then gives up with one clear error. The deadline belongs to the outage, not to each call: it starts at the
/// first failure any call sees and ends at the first success, so an instance gives up once, at the outage timeout,
/// however many of its calls were waiting. (Polly's retry keeps its state per call, which is why this is not Polly.)
/// Each call's token ends its waiting: Ctrl-C during an outage must not wait out the outage timeout.
/// </summary>
internal sealed class RedisOutageRetry(string endpoint, TimeSpan timeout, ILogger logger, TimeProvider time)
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(500);
    private readonly Lock _gate = new();
    private DateTimeOffset? _outageStart;

    /// <exception cref="CoordinatorLostException">Redis stayed unreachable for the outage timeout.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while Redis was unreachable.</exception>
    public async Task RunAsync(Func<Task> call, CancellationToken cancellationToken) =>
        await RunAsync(async () =>
        {
            await call().ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);

    /// <exception cref="CoordinatorLostException">Redis stayed unreachable for the outage timeout.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while Redis was unreachable.</exception>
    /// <exception cref="PipelineConfigurationException">The connection's user may not run one of the run's commands.</exception>
    public async Task<T> RunAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        var delay = FirstDelay;
        var retrying = false;
        while (true)
        {
            try
            {
                // The token ends only the waiting an outage causes: a call while Redis answers runs to its end whatever
                // the token (a stopping instance still reports what finished), but a retry in an outage may be cut short.
                var attempt = call();
                var result = retrying ? await attempt.WaitAsync(cancellationToken).ConfigureAwait(false) : await attempt.ConfigureAwait(false);
                Recovered();
                return result;
            }
            catch (RedisServerException exception) when (IsPermissionDenied(exception))
            {
                // Not an outage: retrying cannot help, and the fix is in the user's ACL, so say what it must allow.
                throw new PipelineConfigurationException(
                    $"Redis at {endpoint} refused a command of the run for this user ({exception.Message}): the user needs the run's keys and channels (~mpd:{{<run id>}}:* &mpd:{{<run id>}}:*) and +@read +@write +@scripting +@pubsub +@connection +time +info",
                    exception);
            }
            catch (Exception exception) when (IsTransient(exception))
            {
                cancellationToken.ThrowIfCancellationRequested();
                retrying = true;
                var down = Failed(exception);
                if (down >= timeout)
                {
                    throw new CoordinatorLostException(
                        $"Redis at {endpoint} has been unreachable for {Seconds(down)}s, past the {Seconds(timeout)}s heartbeat timeout; giving up ({Reason(exception)})",
                        exception);
                }

                // Jitter keeps every instance of the run from reconnecting in the same millisecond.
                var remaining = timeout - down;
                var wait = (delay < remaining ? delay : remaining) * (0.5 + (Random.Shared.NextDouble() / 2));
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
                delay = delay * 2 < MaxDelay ? delay * 2 : MaxDelay;
            }
        }
    }

    /// <summary>An ACL refusal: of a command (NOPERM), or of a command inside one of the run's scripts.</summary>
    private static bool IsPermissionDenied(RedisServerException exception) =>
        exception.Message.StartsWith("NOPERM", StringComparison.Ordinal)
        || exception.Message.Contains("user executing the script can't run", StringComparison.Ordinal);

    /// <summary>
    /// Connection and timeout failures (also a socket reset StackExchange.Redis does not wrap), and the replies of a server that just restarted: LOADING while it reads its
    /// data back, NOSCRIPT if a script was addressed by hash (StackExchange.Redis then forgets the hash and sends EVAL).
    /// A connection that breaks in the middle of a write surfaces from the socket pipeline as "Writing is not allowed
    /// after writer was completed" rather than as a RedisConnectionException (seen in the Redis-restart tests).
    /// </summary>
    private static bool IsTransient(Exception exception) => exception switch
    {
        RedisConnectionException or RedisTimeoutException => true,

        // A reset that lands while StackExchange.Redis is still handshaking a connection comes out of its socket layer
        // raw (Pipelines.Sockets.Unofficial.ConnectionResetException, an IOException over a SocketException): seen when
        // Redis is killed just as a worker has joined.
        IOException or System.Net.Sockets.SocketException => true,
        InvalidOperationException pipe => pipe.Message.Contains("after writer was completed", StringComparison.Ordinal),
        RedisServerException server => server.Message.StartsWith("LOADING", StringComparison.Ordinal)
            || server.Message.StartsWith("NOSCRIPT", StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>Notes a failure; returns how long the outage has lasted.</summary>
    private TimeSpan Failed(Exception exception)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_outageStart is { } start)
            {
                return now - start;
            }

            _outageStart = now;
        }

        logger.LogWarning("redis  unreachable ({Reason}); retrying for up to {Seconds}s", Reason(exception), Seconds(timeout));
        return TimeSpan.Zero;
    }

    private void Recovered()
    {
        DateTimeOffset start;
        lock (_gate)
        {
            if (_outageStart is not { } outageStart)
            {
                return;
            }

            start = outageStart;
            _outageStart = null;
        }

        logger.LogInformation("redis  reachable again after {Seconds}s", Seconds(time.GetUtcNow() - start));
    }

    private static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>
    /// What went wrong, short: StackExchange.Redis messages carry a page of connection diagnostics, which belong in a
    /// debugger, not in every instance's log.
    /// </summary>
    private string Reason(Exception exception) => exception switch
    {
        RedisConnectionException connection => $"{connection.FailureType} on {endpoint}",
        RedisTimeoutException => $"timeout on {endpoint}",
        _ => exception.Message.Split(' ', 2)[0],
    };
}
