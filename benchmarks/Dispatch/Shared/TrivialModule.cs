namespace ModularPipelines.Distributed.Benchmarks;

/// <summary>A module that does nothing, so a workload measures dispatch alone.</summary>
public abstract class TrivialModule : Module<int>
{
    protected sealed override Task<int> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult(1);
}
