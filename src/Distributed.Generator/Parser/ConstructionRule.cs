using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>
/// Whether generated code can construct a concrete class, and if not why: the rule behind a module left out of the graph
/// (MPD0016) and a skip condition that cannot be built (MPD0022), with one wording for both.
/// </summary>
internal static class ConstructionRule
{
    /// <summary>Null when generated code can name the class and call one of its constructors; otherwise why not and what to do.</summary>
    public static string? WhyNotConstructible(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        !type.IsAccessibleFromGeneratedCode()
            ? "generated code cannot see it; make it, and every class it is nested in, public or internal"
            : ConstructorSelector.HasCallableConstructor(type, cancellationToken)
                ? null
                : type.InstanceConstructors.Any(c => c.DeclaredAccessibility.IsAccessibleFromGeneratedCode())
                    ? "it has required members and no public or internal constructor marked [SetsRequiredMembers]; mark one, or make the members not required"
                    : "it has no public or internal constructor; add one";
}
