using System.Threading;
using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Model;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>
/// Reads the JSON shape of a result type from its symbol: the root and every type its JSON reaches, described as
/// System.Text.Json's reflection resolver would see them. A root whose closure holds anything the generated metadata
/// cannot describe exactly (custom converters, polymorphism, <c>object</c>, interfaces, abstract types...) gets no
/// types, so the runtime falls back to the user's <c>JsonSerializerContext</c>.
/// </summary>
internal static class JsonShapeParser
{
    public static JsonShapeSpec Parse(ITypeSymbol type, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var name = type.ToFullyQualifiedName();
        var closure = new JsonTypeClosure(cancellationToken);
        return closure.TryAdd(type)
            ? new JsonShapeSpec(name, closure.Types.ToEquatableArray())
            : new JsonShapeSpec(name, EquatableArray<JsonTypeSpec>.Empty);
    }
}
