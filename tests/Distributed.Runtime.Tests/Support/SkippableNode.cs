namespace ModularPipelines.Distributed.Runtime.Tests.Support;

/// <summary>Graph nodes with skip conditions, built the way generated code builds a module with <c>[SkipIf&lt;T&gt;]</c>.</summary>
internal static class SkippableNode
{
    /// <summary>A node with the given condition factories, in the order the generator would emit them.</summary>
    public static ModuleDefinition<ProbeModule, string> Probe(
        string name,
        Func<IModuleContext, CancellationToken, Task<string?>> body,
        Func<IServiceProvider, ISkipCondition>[] skipIf,
        string[]? dependsOn = null,
        int? retries = null) =>
        new(Node.Id(name), name, _ => new ProbeModule(body))
        {
            Dependencies = [.. (dependsOn ?? []).Select(Node.Id)],
            Retries = retries,
            RetryBackoff = TimeSpan.FromMilliseconds(1),
            SkipConditions = skipIf,
        };

    /// <summary>A condition whose decision is a delegate.</summary>
    public static Func<IServiceProvider, ISkipCondition> When(Func<IModuleContext, string?> decide) =>
        _ => new DelegateCondition(context => Task.FromResult(decide(context)));

    /// <summary>A condition whose decision is an asynchronous delegate.</summary>
    public static Func<IServiceProvider, ISkipCondition> WhenAsync(Func<IModuleContext, Task<string?>> decide) =>
        _ => new DelegateCondition(decide);

    private sealed class DelegateCondition(Func<IModuleContext, Task<string?>> decide) : ISkipCondition
    {
        public async ValueTask<string?> ShouldSkipAsync(IModuleContext context, CancellationToken cancellationToken) => await decide(context);
    }
}
