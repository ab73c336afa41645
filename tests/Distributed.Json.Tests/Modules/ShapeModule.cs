using ModularPipelines.Distributed.Json.Tests.Unsupported;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

/// <summary>
/// Produces a <see cref="Circle"/> typed as <see cref="Shape"/>. Only an instance advertising the capability runs it,
/// which in the distributed test is the worker, so the master reads the value back from JSON.
/// </summary>
[RequiresCapability(Capability)]
public sealed class ShapeModule : Module<Shape>
{
    public const string Capability = "shape-worker";

    protected override Task<Shape?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<Shape?>(new Circle { Label = "wheel", Radius = 2.5 });
}
