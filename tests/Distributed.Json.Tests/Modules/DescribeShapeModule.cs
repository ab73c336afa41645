using System.Globalization;
using ModularPipelines.Distributed.Json.Tests.Unsupported;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

/// <summary>Reads <see cref="ShapeModule"/>'s result on the master and describes the derived type it arrived as.</summary>
[PinToMaster]
[DependsOn<ShapeModule>]
public sealed class DescribeShapeModule : Module<string>
{
    protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
    {
        ModuleResult<Shape> shape = await context.GetModule<ShapeModule>();
        var description = shape.Value switch
        {
            Circle circle => string.Create(CultureInfo.InvariantCulture, $"Circle '{circle.Label}' radius {circle.Radius}"),
            Square square => string.Create(CultureInfo.InvariantCulture, $"Square '{square.Label}' side {square.Side}"),
            null => "no shape",
            var other => other.GetType().Name,
        };
        return $"{description}, made on instance {shape.InstanceIndex}";
    }
}
