namespace ModularPipelines.Distributed;

/// <summary>
/// Display names that tell modules apart. The generator names a module by its type alone (nested types and types in
/// other namespaces included), which is what a reader wants until two modules are both called <c>Git</c>: those get the
/// fewest trailing segments of their id that no other module of the group shares (<c>Tools.Git</c>, <c>Sources.Git</c>).
/// </summary>
internal static class DistinctDisplayNames
{
    /// <summary>Renames, in place, the definitions whose display name another module has too; a matrix keeps its <c>[target]</c>.</summary>
    public static void Apply(IReadOnlyList<ModuleDefinition> definitions)
    {
        var modules = definitions.Select(d => (Definition: d, Module: Strip(d.Id, d.MatrixTarget), Name: Strip(d.DisplayName, d.MatrixTarget))).ToList();
        foreach (var group in modules.GroupBy(m => m.Name, StringComparer.Ordinal))
        {
            var ids = group.Select(m => m.Module).Distinct(StringComparer.Ordinal).ToList();
            if (ids.Count < 2)
            {
                continue;
            }

            var names = Shortest(ids);
            foreach (var (definition, module, _) in group)
            {
                definition.DisplayName = definition.MatrixTarget is { } target ? $"{names[module]}[{target}]" : names[module];
            }
        }
    }

    /// <summary>For each id, its shortest dotted suffix that no other id of the list ends with.</summary>
    private static Dictionary<string, string> Shortest(IReadOnlyList<string> ids)
    {
        var segments = ids.ToDictionary(id => id, id => id.Split('.'), StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var own = segments[id];
            for (var count = 1; count <= own.Length; count++)
            {
                var suffix = string.Join('.', own[^count..]);
                if (count == own.Length || ids.All(other => other == id || !EndsWithSegments(other, suffix)))
                {
                    names[id] = suffix;
                    break;
                }
            }
        }

        return names;
    }

    private static bool EndsWithSegments(string id, string suffix) =>
        id == suffix || id.EndsWith("." + suffix, StringComparison.Ordinal);

    private static string Strip(string name, string? matrixTarget) =>
        matrixTarget is not null && name.EndsWith($"[{matrixTarget}]", StringComparison.Ordinal) ? name[..^(matrixTarget.Length + 2)] : name;
}
