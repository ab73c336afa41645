namespace ModularPipelines.Distributed.Runtime.Tests.IgnoringFailures;

/// <summary>A module that always fails, as an advisory check does whose failure a pipeline may choose to ignore.</summary>
public sealed class LintModule : Module<string>
{
    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromException<string?>(new InvalidOperationException("3 lint warnings"));
}
