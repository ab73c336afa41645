using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Model;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>Reads a module's consumed artifacts into <see cref="ArtifactConsumptionSpec"/>s; its produced ones are <see cref="ArtifactAttributes.Productions"/>.</summary>
internal static class ArtifactParser
{
    /// <summary>
    /// The module's <c>[ConsumesArtifact&lt;T&gt;]</c>s in declaration order (its own, then its bases'), each producer and
    /// name once. A consumption is kept exactly when it is also an edge of the graph (<see cref="ModuleRecognition.IsEdge"/>), so the
    /// runtime never looks for a producer that is not a node; the analyzers report the others (MPD0027).
    /// </summary>
    /// <param name="type">The consuming module.</param>
    /// <param name="attributes">The module's attributes followed by its bases'.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    public static EquatableArray<ArtifactConsumptionSpec> Consumptions(INamedTypeSymbol type, List<AttributeData> attributes, CancellationToken cancellationToken)
    {
        var consumptions = new List<ArtifactConsumptionSpec>();
        foreach (var attribute in attributes)
        {
            if (ArtifactAttributes.ProducerOf(attribute) is not { } producer
                || ArtifactAttributes.ConsumedNameOf(attribute) is not { } name
                || !ModuleRecognition.IsEdge(type, producer, cancellationToken))
            {
                continue;
            }

            // The producer's spelling, so that the runtime's store keys and messages use the name as it was declared.
            var declared = ArtifactAttributes.ProducedAs(producer, name)?.Name ?? name;
            var consumption = new ArtifactConsumptionSpec(producer.ToFullyQualifiedName(), declared);
            if (!consumptions.Any(c => c.ProducerTypeName == consumption.ProducerTypeName && string.Equals(c.Name, declared, StringComparison.OrdinalIgnoreCase)))
            {
                consumptions.Add(consumption);
            }
        }

        return consumptions.ToEquatableArray();
    }
}
