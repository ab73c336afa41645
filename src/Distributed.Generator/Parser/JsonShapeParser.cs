using System.Threading;
using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Model;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>Reads the JSON shape of a result type from its symbol.</summary>
internal static class JsonShapeParser
{
    public static JsonShapeSpec Parse(ITypeSymbol type, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var name = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        return type.SpecialType == SpecialType.System_String
            ? new JsonShapeSpec(name, new[] { new JsonTypeSpec(name, JsonTypeKind.BuiltIn) }.ToEquatableArray())
            : new JsonShapeSpec(name, EquatableArray<JsonTypeSpec>.Empty);
    }
}
