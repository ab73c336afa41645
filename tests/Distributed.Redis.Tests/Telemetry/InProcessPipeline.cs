using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;

namespace ModularPipelines.Distributed.Redis.Tests.Telemetry;

/// <summary>Builds pipeline instances from hand-made nodes in this process, so that one telemetry SDK sees every instance.</summary>
internal static class InProcessPipeline
{
    private const string Fingerprint = "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210";

    public static string Id(string name) => $"Telemetry.{name}";

    /// <summary>A node running <see cref="NamedModule"/>, with dependencies and required capabilities given by name.</summary>
    public static ModuleDefinition Node(string name, string[]? dependsOn = null, string[]? requires = null, bool pinToMaster = false) =>
        new ModuleDefinition<NamedModule, string>(Id(name), name, _ => new NamedModule(name))
        {
            Dependencies = [.. (dependsOn ?? []).Select(Id)],
            RequiredCapabilities = requires ?? [],
            PinToMaster = pinToMaster,
        };

    /// <summary>Starts one instance's run on the thread pool.</summary>
    /// <param name="modules">The graph, the same on every instance.</param>
    /// <param name="args">The command line (<c>--redis</c>, <c>--instance</c>, ...), empty for one process.</param>
    /// <param name="configure">Further options, such as short heartbeats and capabilities.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public static Task<PipelineRunResult> StartAsync(
        IReadOnlyList<ModuleDefinition> modules, string[] args, Action<DistributedOptions>? configure, CancellationToken cancellationToken)
    {
        var definition = new PipelineDefinition("Telemetry", Fingerprint, modules, new DefaultJsonTypeInfoResolver());
        var builder = PipelineBuilder.Create(args, _ => null).UseForTesting([definition], TextWriter.Null, TextWriter.Null);
        builder.Logging.ClearProviders();
        if (configure is not null)
        {
            builder.AddDistributedMode(configure);
        }

        var pipeline = builder.Build();
        return Task.Run(() => pipeline.RunWithResultsAsync(cancellationToken), CancellationToken.None);
    }
}
