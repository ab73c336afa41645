using System.Threading;
using Microsoft.CodeAnalysis;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>
/// What counts as a module, and which modules become graph nodes: the generator's rule, which the analyzers compile
/// and the code fixes use through them, so that a diagnostic or a fix never disagrees with what the generator builds.
/// </summary>
internal static class ModuleRecognition
{
    /// <summary>The <c>T</c> of the <c>Module&lt;T&gt;</c> the class derives from, or null when it is not a module class.</summary>
    public static ITypeSymbol? ResultTypeOf(INamedTypeSymbol type)
    {
        if (type.TypeKind != TypeKind.Class)
        {
            return null;
        }

        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.OriginalDefinition.IsRuntimeType(KnownNames.Module))
            {
                return current.TypeArguments[0];
            }
        }

        return null;
    }

    /// <summary>Whether the class derives, directly or not, from <c>Module&lt;T&gt;</c>.</summary>
    public static bool IsModuleClass(INamedTypeSymbol type) => ResultTypeOf(type) is not null;

    /// <summary>Neither abstract, static nor generic: a class the generator could build if it is a module.</summary>
    public static bool IsConcreteNonGeneric(INamedTypeSymbol type) => !type.IsAbstract && !type.IsStatic && !type.IsGenericType;

    /// <summary>A module class of the kind the generator turns into graph nodes: concrete and not generic.</summary>
    public static bool IsConcreteModule(INamedTypeSymbol type) => IsConcreteNonGeneric(type) && IsModuleClass(type);

    /// <summary>
    /// Whether generated code can construct the class as a graph node: a concrete, non-generic module that generated
    /// code can name, with a constructor it can call. Also decides which <c>[DependsOn]</c> targets become edges, so no
    /// edge points at a node that was not emitted.
    /// </summary>
    public static bool IsEmittable(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        IsConcreteNonGeneric(type)
        && type.IsAccessibleFromGeneratedCode()
        && IsModuleClass(type)
        && ConstructorSelector.HasCallableConstructor(type, cancellationToken);

    /// <summary>
    /// Whether <paramref name="dependency"/>, named by a <c>[DependsOn&lt;T&gt;]</c> or a <c>[ConsumesArtifact&lt;T&gt;]</c>
    /// of <paramref name="module"/>, becomes an edge of the graph: another module, and one that is a graph node.
    /// </summary>
    public static bool IsEdge(INamedTypeSymbol module, INamedTypeSymbol dependency, CancellationToken cancellationToken) =>
        !SymbolEqualityComparer.Default.Equals(dependency, module) && IsEmittable(dependency, cancellationToken);
}
