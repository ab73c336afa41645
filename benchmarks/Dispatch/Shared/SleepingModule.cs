namespace ModularPipelines.Distributed.Benchmarks;

/// <summary>A module that sleeps 250 ms, standing in for real work, so a workload measures speed-up.</summary>
public abstract class SleepingModule : Module<int>
{
    protected sealed override async Task<int> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
    {
        await Task.Delay(250, cancellationToken);
        return 1;
    }
}
