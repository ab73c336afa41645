using System;
using System.Collections.Generic;
using System.Linq;
using ModularPipelines.Distributed.Generator.Model;

namespace ModularPipelines.Distributed.Generator.Graph;

/// <summary>
/// Expands matrix modules into one node per target and resolves <c>[DependsOn]</c> edges (and the edges of
/// <c>[ConsumesArtifact]</c>, which are the same) to node ids. A
/// dependency on a matrix module waits for every instance, except that a matrix instance depending on a matrix
/// module that has the same target waits for that instance only (<c>Tests[linux]</c> after <c>Build[linux]</c>).
/// </summary>
internal static class MatrixExpansion
{
    public static IReadOnlyList<NodeSpec> Expand(IEnumerable<ModuleSpec> modules)
    {
        var nodes = new List<NodeSpec>();
        foreach (var module in modules)
        {
            if (module.MatrixTargets.Count == 0)
            {
                nodes.Add(Node(module, module.Id, module.DisplayName, null, module.RequiredCapabilities));
                continue;
            }

            foreach (var target in module.MatrixTargets)
            {
                var capabilities = module.RequiredCapabilities
                    .Concat(module.RequiredCapabilities.Contains(target, StringComparer.OrdinalIgnoreCase) ? Array.Empty<string>() : new[] { target })
                    .ToEquatableArray();
                nodes.Add(Node(module, $"{module.Id}[{target}]", $"{module.DisplayName}[{target}]", target, capabilities));
            }
        }

        return nodes;
    }

    /// <summary>A node of the module: the instance for <paramref name="target"/>, or the module itself when that is null.</summary>
    private static NodeSpec Node(ModuleSpec module, string id, string displayName, string? target, EquatableArray<string> capabilities) => new()
    {
        Id = id,
        DisplayName = displayName,
        ModuleTypeName = module.TypeName,
        ResultTypeName = module.ResultTypeName,
        ConstructorParameters = module.ConstructorParameters,
        MatrixTarget = target,
        MatrixTargets = target is null ? EquatableArray<string>.Empty : module.MatrixTargets,
        Dependencies = DependencyIds(module.Dependencies, target),
        OptionalDependencies = DependencyIds(module.Dependencies.Where(d => d.Optional), target),
        RequiredCapabilities = capabilities,
        OptionalCapabilities = OptionalOf(module, target),
        Scheduling = module.Scheduling,
        SkipConditions = module.SkipConditions,
        IgnoreFailureConditions = module.IgnoreFailureConditions,
        ProducedArtifacts = module.ProducedArtifacts,
        ConsumedArtifacts = module.ConsumedArtifacts,
    };

    /// <summary>The instance's own target is what it exists for, so it is required even where the module declares it optional.</summary>
    private static EquatableArray<string> OptionalOf(ModuleSpec module, string? target) =>
        target is null
            ? module.OptionalCapabilities
            : module.OptionalCapabilities.Where(c => !string.Equals(c, target, StringComparison.OrdinalIgnoreCase)).ToEquatableArray();

    private static EquatableArray<string> DependencyIds(IEnumerable<DependencySpec> dependencies, string? ownTarget)
    {
        var ids = new List<string>();
        foreach (var dependency in dependencies)
        {
            if (dependency.MatrixTargets.Count == 0)
            {
                ids.Add(dependency.ModuleId);
                continue;
            }

            var sameTarget = ownTarget is null
                ? null
                : dependency.MatrixTargets.FirstOrDefault(t => string.Equals(t, ownTarget, StringComparison.OrdinalIgnoreCase));
            ids.AddRange(sameTarget is not null
                ? new[] { $"{dependency.ModuleId}[{sameTarget}]" }
                : dependency.MatrixTargets.Select(t => $"{dependency.ModuleId}[{t}]"));
        }

        return ids.ToEquatableArray();
    }
}
