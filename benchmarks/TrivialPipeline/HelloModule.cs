using ModularPipelines.Distributed;

namespace TrivialPipeline;

/// <summary>Does nothing measurable: the run's time is the pipeline's own start-up and shut-down.</summary>
public sealed class HelloModule : Module<string>
{
    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<string?>("hello");
}
