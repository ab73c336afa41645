namespace ModularPipelines.Distributed.Runtime.Tests.Support;

/// <summary>A producing module whose work is a delegate: artifacts find their producer by module class, so it needs its own.</summary>
public sealed class ProducerModule(Func<IModuleContext, CancellationToken, Task<string?>> body) : Module<string>
{
    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => body(context, cancellationToken);
}

/// <summary>A consuming module whose work is a delegate.</summary>
public sealed class ConsumerModule(Func<IModuleContext, CancellationToken, Task<string?>> body) : Module<string>
{
    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => body(context, cancellationToken);
}
