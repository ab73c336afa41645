using System;
using System.Collections.Generic;
using System.Linq;
using ModularPipelines.Distributed.Generator.Model;
using ModularPipelines.Distributed.Generator.Parser;

namespace ModularPipelines.Distributed.Generator.Graph;

/// <summary>
/// Replaces each <c>[DependsOn&lt;TBase&gt;]</c> on an abstract module class with an edge to every module deriving from
/// it, in module id order and other than the module itself (one that inherits the attribute must not wait for itself).
/// From here on such edges are explicit edges like any other: matrix expansion, the fingerprint and the emitter see no
/// difference. A base no module derives from leaves no edge (MPD0009 reports it).
/// </summary>
internal static class BaseDependencies
{
    /// <param name="modules">The parsed modules, in id order.</param>
    public static IReadOnlyList<ModuleSpec> Resolve(IReadOnlyList<ModuleSpec> modules)
    {
        if (!modules.Any(m => m.Dependencies.Any(d => d.OnBase)))
        {
            return modules;
        }

        var derived = modules
            .SelectMany(m => m.BaseIds.Select(b => (Base: b, Module: m)))
            .GroupBy(p => p.Base, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Module).ToList(), StringComparer.Ordinal);
        return modules.Select(m => m.Dependencies.Any(d => d.OnBase) ? m with { Dependencies = Resolve(m, derived) } : m).ToList();
    }

    private static EquatableArray<DependencySpec> Resolve(ModuleSpec module, Dictionary<string, List<ModuleSpec>> derived)
    {
        var dependencies = new List<DependencySpec>();
        foreach (var dependency in module.Dependencies)
        {
            if (!dependency.OnBase)
            {
                DependencyAttributes.Add(dependencies, dependency);
                continue;
            }

            foreach (var member in derived.TryGetValue(dependency.ModuleId, out var members) ? members : [])
            {
                if (member.Id != module.Id)
                {
                    DependencyAttributes.Add(dependencies, new DependencySpec(member.Id, member.MatrixTargets, dependency.Optional));
                }
            }
        }

        return dependencies.ToEquatableArray();
    }
}
