using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Model;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>Reads the compilation-wide facts: the assembly name and a registered user JSON context.</summary>
internal static class AssemblyParser
{
    /// <summary>Null when the compilation does not reference the runtime, so there is nothing to generate.</summary>
    public static AssemblySpec? Parse(Compilation compilation, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (compilation.GetTypeByMetadataName(KnownNames.Namespace + "." + KnownNames.Module) is null)
        {
            return null;
        }

        var context = compilation.Assembly.GetAttributes()
            .FirstOrDefault(a => a.AttributeClass.IsRuntimeType(KnownNames.PipelineJsonContext));
        var contextType = context is { ConstructorArguments: [{ Value: INamedTypeSymbol type }] } ? type.ToFullyQualifiedName() : null;
        return new AssemblySpec(compilation.AssemblyName ?? "Pipeline", contextType);
    }
}
