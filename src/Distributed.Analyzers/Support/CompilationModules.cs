using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Parser;

namespace ModularPipelines.Distributed.Analyzers;

/// <summary>
/// The graph nodes of the compilation: the concrete modules the generator emits, found once per compilation and only
/// when asked, since only a <c>[DependsOn]</c> on an abstract base needs to know every module deriving from it.
/// </summary>
internal sealed class CompilationModules
{
    private readonly Lazy<IReadOnlyList<INamedTypeSymbol>> _modules;

    public CompilationModules(Compilation compilation, CancellationToken cancellationToken) =>
        _modules = new Lazy<IReadOnlyList<INamedTypeSymbol>>(() => Find(compilation.Assembly.GlobalNamespace, cancellationToken).ToList());

    /// <summary>The modules a <c>[DependsOn&lt;baseType&gt;]</c> of <paramref name="module"/> stands for, in no particular order.</summary>
    public IEnumerable<INamedTypeSymbol> DerivedFrom(INamedTypeSymbol baseType, INamedTypeSymbol module, CancellationToken cancellationToken) =>
        _modules.Value.Where(m => ModuleRecognition.IsBaseEdge(module, baseType, m, cancellationToken));

    /// <summary>The modules deriving from <paramref name="type"/>: those that inherit its <c>[DependsOn]</c> attributes.</summary>
    public IEnumerable<INamedTypeSymbol> Inheriting(INamedTypeSymbol type) =>
        _modules.Value.Where(m => ModuleRecognition.DerivesFrom(m, type));

    private static IEnumerable<INamedTypeSymbol> Find(INamespaceOrTypeSymbol container, CancellationToken cancellationToken)
    {
        foreach (var member in container.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member is INamespaceOrTypeSymbol nested)
            {
                foreach (var found in Find(nested, cancellationToken))
                {
                    yield return found;
                }
            }

            if (member is INamedTypeSymbol type && ModuleRecognition.IsEmittable(type, cancellationToken))
            {
                yield return type;
            }
        }
    }
}
