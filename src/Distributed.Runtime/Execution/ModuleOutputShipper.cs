using System.Globalization;
using System.Text;

namespace ModularPipelines.Distributed;

/// <summary>
/// Forwards what modules log on this instance to the master, in batches: every <see cref="FlushInterval"/> while a
/// module runs, and the last batch with its completion (<see cref="TakeLast"/>), so its lines precede its result. Each module
/// attempt forwards at most the byte cap; what is cut is said in one last line, never dropped silently. Lines are masked
/// with this instance's secrets before they leave it.
/// </summary>
internal sealed class ModuleOutputShipper(IDistributedCoordinator coordinator, int instanceIndex, int capBytes, SecretMasker secrets)
{
    /// <summary>How long a line of a running module may wait before it is sent.</summary>
    public static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(250);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, ModuleOutputBuffer> _buffers = new(StringComparer.Ordinal);

    /// <summary>Starts counting a new attempt of a node against the cap.</summary>
    public void Begin(string nodeId)
    {
        lock (_gate)
        {
            _buffers[nodeId] = new ModuleOutputBuffer();
        }
    }

    public void Add(string nodeId, string line)
    {
        line = secrets.Apply(line);
        lock (_gate)
        {
            if (!_buffers.TryGetValue(nodeId, out var buffer))
            {
                return;
            }

            var size = Encoding.UTF8.GetByteCount(line) + 1;
            if (buffer.Sent + size > capBytes)
            {
                buffer.CutBytes += size;
                return;
            }

            buffer.Sent += size;
            buffer.Pending.Add(line);
        }
    }

    /// <summary>Sends what every running module logged since the last flush.</summary>
    public Task FlushAsync() => SendAsync(TakeAll());

    /// <summary>
    /// A node's last lines (and, if any were cut, the line saying so), to go with its completion; forgets the node.
    /// Null when there is nothing left to send.
    /// </summary>
    public ModuleOutput? TakeLast(string nodeId)
    {
        lock (_gate)
        {
            if (!_buffers.Remove(nodeId, out var buffer))
            {
                return null;
            }

            if (buffer.CutBytes > 0)
            {
                buffer.Pending.Add(string.Create(CultureInfo.InvariantCulture,
                    $"… {buffer.CutBytes} more bytes of output were not forwarded (over the {capBytes}-byte cap, DistributedOptions.MaxModuleOutputBytes): instance {instanceIndex}'s own log has them"));
            }

            return buffer.Pending.Count > 0 ? new ModuleOutput(nodeId, instanceIndex, buffer.Pending) : null;
        }
    }

    /// <summary>Flushes every <see cref="FlushInterval"/> until stopped.</summary>
    public async Task RunAsync(CancellationToken stopToken)
    {
        // Stopping ends the loop; each module's last lines went with its completion.
        using var timer = new PeriodicTimer(FlushInterval);
        using var stopping = PeriodicTicks.StopOn(timer, stopToken);
        while (await timer.WaitForNextTickAsync(CancellationToken.None).ConfigureAwait(false))
        {
            await FlushAsync().ConfigureAwait(false);
        }
    }

    private List<ModuleOutput> TakeAll()
    {
        lock (_gate)
        {
            var output = new List<ModuleOutput>();
            foreach (var (nodeId, buffer) in _buffers)
            {
                if (buffer.Pending.Count > 0)
                {
                    output.Add(new ModuleOutput(nodeId, instanceIndex, buffer.Pending));
                    buffer.Pending = [];
                }
            }

            return output;
        }
    }

    private async Task SendAsync(List<ModuleOutput> output)
    {
        if (output.Count == 0)
        {
            return;
        }

        try
        {
            await coordinator.AppendOutputAsync(output, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Best effort by contract: the lines are in this instance's own log, and forwarding must not fail a module.
        }
    }
}
