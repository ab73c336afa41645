using System.Collections.Generic;
using System.Linq;
using ModularPipelines.Distributed.Generator.Emitter;
using ModularPipelines.Distributed.Generator.Model;

namespace ModularPipelines.Distributed.Generator.Graph;

/// <summary>
/// Builds the generated context from the result types' shapes: every type once, in ordinal order, and a property name
/// for each that users can rely on. A type keeps its short name (<c>BuildOutput</c>) unless another type has the same
/// one or the name is one of the context's own members; then it takes its qualified name
/// (<c>Sample_Build_BuildOutput</c>). Should that still collide, a number from 2 is appended in type-name order, so
/// the same types always get the same names.
/// </summary>
internal static class JsonContextBuilder
{
    /// <summary>The context of the modules' result shapes; null when there is no module, and so nothing to emit.</summary>
    public static JsonContextSpec? Build(EquatableArray<JsonShapeSpec> shapes)
    {
        if (shapes.Count == 0)
        {
            return null;
        }

        var types = shapes
            .SelectMany(s => s.Types)
            .GroupBy(t => t.TypeName, System.StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(t => t.TypeName, System.StringComparer.Ordinal)
            .ToList();
        var shortNameCounts = types
            .GroupBy(t => t.ContextName, System.StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), System.StringComparer.Ordinal);
        var used = new HashSet<string>(System.StringComparer.Ordinal);
        var properties = new List<JsonContextPropertySpec>(types.Count);
        foreach (var type in types)
        {
            var name = shortNameCounts[type.ContextName] == 1 && !JsonContextMembers.IsTaken(type.ContextName)
                ? type.ContextName
                : type.QualifiedContextName;
            properties.Add(new JsonContextPropertySpec(Unique(name, used), type));
        }

        return new JsonContextSpec(properties.ToEquatableArray());
    }

    private static string Unique(string name, HashSet<string> used)
    {
        var candidate = name;
        for (var n = 2; JsonContextMembers.IsTaken(candidate) || !used.Add(candidate); n++)
        {
            candidate = name + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
