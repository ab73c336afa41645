namespace ModularPipelines.Distributed.Runtime.Tests.Support;

/// <summary>A module whose work is a delegate, so one class can stand for many graph nodes.</summary>
public sealed class ProbeModule : Module<string>
{
    private readonly Func<IModuleContext, CancellationToken, Task<string?>> _body;

    public ProbeModule(Func<IModuleContext, CancellationToken, Task<string?>> body) => _body = body;

    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        _body(context, cancellationToken);
}
