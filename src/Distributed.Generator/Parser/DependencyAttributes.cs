using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Model;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>How a module's <c>[DependsOn]</c> edges combine, for the parser and the graph step that resolves base edges.</summary>
internal static class DependencyAttributes
{
    /// <summary>Whether a <c>[DependsOn&lt;T&gt;]</c> says <c>Optional = true</c> (a <c>[ConsumesArtifact]</c> never does).</summary>
    public static bool IsOptional(AttributeData attribute) =>
        attribute.AttributeClass is { } attributeClass
        && attributeClass.OriginalDefinition.IsRuntimeType(KnownNames.DependsOn)
        && ModuleAttributes.IsOptional(attribute);

    /// <summary>
    /// Adds <paramref name="dependency"/> unless an edge to the same module (or base) is there already; a required
    /// edge then makes an optional one required, since the module cannot run without it after all.
    /// </summary>
    public static void Add(List<DependencySpec> dependencies, DependencySpec dependency)
    {
        var index = dependencies.FindIndex(d => d.ModuleId == dependency.ModuleId && d.OnBase == dependency.OnBase);
        if (index < 0)
        {
            dependencies.Add(dependency);
        }
        else if (dependencies[index].Optional && !dependency.Optional)
        {
            dependencies[index] = dependencies[index] with { Optional = false };
        }
    }
}
