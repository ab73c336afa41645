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
    /// Whether a <c>[DependsOn&lt;T&gt;]</c> of the class stands for every concrete module deriving from it: an abstract,
    /// non-generic module class. (A generic one would stand for modules of many closed types, which no edge names.)
    /// </summary>
    public static bool IsBaseDependency(INamedTypeSymbol type) =>
        type.IsAbstract && !type.IsStatic && !type.IsGenericType && IsModuleClass(type);

    /// <summary>Whether <paramref name="type"/> derives, directly or not, from <paramref name="baseType"/>.</summary>
    public static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol baseType)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="derived"/> is one of the modules a <c>[DependsOn&lt;baseType&gt;]</c> of
    /// <paramref name="module"/> waits for: a graph node deriving from the base, other than the module itself.
    /// </summary>
    public static bool IsBaseEdge(INamedTypeSymbol module, INamedTypeSymbol baseType, INamedTypeSymbol derived, CancellationToken cancellationToken) =>
        IsBaseDependency(baseType) && DerivesFrom(derived, baseType) && IsEdge(module, derived, cancellationToken);

    /// <summary>
    /// Whether <paramref name="dependency"/>, named by a <c>[DependsOn&lt;T&gt;]</c> or a <c>[ConsumesArtifact&lt;T&gt;]</c>
    /// of <paramref name="module"/>, becomes an edge of the graph: another module, and one that is a graph node.
    /// </summary>
    public static bool IsEdge(INamedTypeSymbol module, INamedTypeSymbol dependency, CancellationToken cancellationToken) =>
        !SymbolEqualityComparer.Default.Equals(dependency, module) && IsEmittable(dependency, cancellationToken);
}
