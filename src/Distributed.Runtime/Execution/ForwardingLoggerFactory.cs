using Microsoft.Extensions.Logging;

namespace ModularPipelines.Distributed;

/// <summary>The loggers modules get on a worker: each line goes to this instance's console and to the master (<see cref="ModuleOutputShipper"/>).</summary>
internal sealed class ForwardingLoggerFactory(ILoggerFactory inner, ModuleOutputShipper shipper) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new ForwardingLogger(inner.CreateLogger(categoryName), shipper);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    /// <summary>The inner factory belongs to the host, which disposes it.</summary>
    public void Dispose()
    {
    }
}
