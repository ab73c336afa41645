using Microsoft.Extensions.Logging;
using ModularPipelines.Distributed.Runtime.Tests.Commands;

namespace ModularPipelines.Distributed.Runtime.Tests.Support;

/// <summary>Hands every category one <see cref="RecordingLogger"/>, to read what a pipeline run logged.</summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    public RecordingLogger Logger { get; } = new();

    public ILogger CreateLogger(string categoryName) => Logger;

    public void Dispose()
    {
    }
}
