namespace ModularPipelines.Distributed.TestPipeline;

// Modules for the "retries" scenario: --retries given to the master only, and a failure ignored on a worker. In every
// other scenario they succeed at once.

/// <summary>Has no [ModuleRetry]: in the retries scenario attempts 1 and 2 fail, so it succeeds only with the master's --retries 2.</summary>
[RequiresCapability("worker")]
public sealed class WorkerFlaky : Module<string>
{
    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        new Trace(context, "WorkerFlaky", cancellationToken).RunAsync<string?>(() => Control.Is("retries") && context.Attempt < 3
            ? Task.FromException<string?>(new IOException($"flaky attempt {context.Attempt}"))
            : Task.FromResult<string?>($"attempt {context.Attempt}"));
}

/// <summary>Fails in the retries scenario, where its condition ignores the failure; [ModuleRetry(0)] keeps --retries off it.</summary>
[RequiresCapability("worker")]
[ModuleRetry(0)]
[IgnoreFailureIf<InRetriesScenario>]
public sealed class WorkerAdvisory : Module<string>
{
    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        new Trace(context, "WorkerAdvisory", cancellationToken).RunAsync<string?>(() => Control.Is("retries")
            ? Task.FromException<string?>(new InvalidOperationException("advice ignored"))
            : Task.FromResult<string?>("advice"));
}

/// <summary>Runs after <see cref="WorkerAdvisory"/>, whose failure was ignored, and reports the status it read.</summary>
[DependsOn<WorkerAdvisory>]
public sealed class AfterAdvisory : Module<string>
{
    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        new Trace(context, "AfterAdvisory", cancellationToken).RunAsync<string?>(async () => $"advisory {(await context.GetModule<WorkerAdvisory>()).Status}");
}

/// <summary>Ignores a failure in the retries scenario only, with a reason naming the instance that decided.</summary>
public sealed class InRetriesScenario : ISkipCondition
{
    public ValueTask<string?> ShouldSkipAsync(IModuleContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Control.Is("retries") ? $"advisory on instance {context.InstanceIndex}" : null);
}
