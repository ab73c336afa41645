using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Model;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>
/// The compilation of the current generator run, handed to the module parser, and the JSON shapes computed in that run.
/// </summary>
/// <remarks>
/// The compilation is held weakly: a pipeline entry whose input compares equal to the previous run's keeps its previous
/// value (Roslyn's NodeStateTable), handle included, so a strong reference would pin one old compilation per cached
/// entry. The parser only reads the handle while the run that created it is going on, when the driver still holds the
/// compilation.
/// </remarks>
internal sealed class CompilationHandle
{
    private readonly WeakReference<Compilation> _compilation;
    private readonly Dictionary<string, JsonShapeSpec> _shapes = new(StringComparer.Ordinal);

    public CompilationHandle(Compilation compilation) => _compilation = new WeakReference<Compilation>(compilation);

    public Compilation Compilation => _compilation.TryGetTarget(out var compilation)
        ? compilation
        : throw new InvalidOperationException("The compilation of a finished generator run was used; the pipeline must pass the current run's handle.");

    /// <summary>The JSON shape of a result type, computed once per run however many modules return it.</summary>
    public JsonShapeSpec ShapeOf(ITypeSymbol type, string typeName, CancellationToken cancellationToken)
    {
        lock (_shapes)
        {
            if (!_shapes.TryGetValue(typeName, out var shape))
            {
                shape = JsonShapeParser.Parse(type, cancellationToken);
                _shapes.Add(typeName, shape);
            }

            return shape;
        }
    }
}
