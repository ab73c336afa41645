using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ModularPipelines.Distributed.Generator.Parser;

namespace ModularPipelines.Distributed.Analyzers;

/// <summary>
/// MPD0008: <c>[DependsOn]</c> cycles, across the whole compilation; a <c>[ConsumesArtifact]</c> is an edge too. The
/// concrete modules are collected while symbols are analyzed; at the end, Tarjan's algorithm (iterative) finds the
/// strongly connected components in time linear in modules plus dependencies, and every module of a component is told
/// a cycle through it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DependencyCycleAnalyzer : ModuleAnalyzer
{
    private const string Arrow = " \u2192 ";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DependencyCycle);

    private protected override void Register(CompilationStartAnalysisContext context, KnownTypes known)
    {
        var modules = new ConcurrentBag<INamedTypeSymbol>();
        context.RegisterSymbolAction(
            c =>
            {
                var type = (INamedTypeSymbol)c.Symbol;
                if (ModuleRecognition.IsConcreteModule(type))
                {
                    modules.Add(type);
                }
            },
            SymbolKind.NamedType);
        context.RegisterCompilationEndAction(c => Report(c, known, modules));
    }

    private static void Report(CompilationAnalysisContext context, KnownTypes known, IEnumerable<INamedTypeSymbol> collected)
    {
        var graph = DependencyGraph.Build(known, collected, context.CancellationToken);
        foreach (var component in graph.StronglyConnectedComponents())
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            foreach (var cycle in graph.CyclesThroughEachNode(component))
            {
                var start = cycle[0];
                var edge = graph.Edge(start, cycle.Count > 1 ? cycle[1] : start);
                var location = edge.IsOwn
                    ? AttributeLocations.Of(edge.Attribute, graph.Types[start], context.CancellationToken)
                    : AttributeLocations.OfType(graph.Types[start]);
                var text = string.Join(Arrow, cycle.Select(n => ModuleFacts.DisplayName(graph.Types[n]))) + Arrow + ModuleFacts.DisplayName(graph.Types[start]);
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.DependencyCycle,
                    location,
                    ModuleFacts.DisplayName(graph.Types[start]),
                    text));
            }
        }
    }

    /// <summary>One <c>[DependsOn]</c> or <c>[ConsumesArtifact]</c> edge; <see cref="IsOwn"/> when the attribute is on the module itself, not a base.</summary>
    private readonly record struct Edge(int Target, AttributeData Attribute, bool IsOwn);

    private sealed class DependencyGraph
    {
        private DependencyGraph(INamedTypeSymbol[] types, List<Edge>[] edges)
        {
            Types = types;
            Edges = edges;
        }

        public INamedTypeSymbol[] Types { get; }

        public List<Edge>[] Edges { get; }

        /// <summary>Nodes in module-id order and edges in attribute order, so that the messages are deterministic.</summary>
        public static DependencyGraph Build(KnownTypes known, IEnumerable<INamedTypeSymbol> collected, CancellationToken cancellationToken)
        {
            var types = collected
                .Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default)
                .Select(t => (Type: t, Id: t.ToModuleId()))
                .OrderBy(t => t.Id, StringComparer.Ordinal)
                .Select(t => t.Type)
                .ToArray();
            var index = new Dictionary<INamedTypeSymbol, int>(SymbolEqualityComparer.Default);
            for (var i = 0; i < types.Length; i++)
            {
                index[types[i]] = i;
            }

            var edges = new List<Edge>[types.Length];
            for (var i = 0; i < types.Length; i++)
            {
                edges[i] = new List<Edge>();
                var seen = new HashSet<int>();
                var isOwn = true;
                for (var current = types[i]; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType, isOwn = false)
                {
                    foreach (var attribute in current.GetAttributes())
                    {
                        // A consumption is an edge as a [DependsOn] is, and a [DependsOn] on an abstract base is an edge
                        // to every module deriving from it. Self-dependencies are MPD0009's and MPD0027's, and the
                        // generator drops them.
                        foreach (var target in Targets(known, types, index, i, attribute, cancellationToken))
                        {
                            if (target != i && seen.Add(target))
                            {
                                edges[i].Add(new Edge(target, attribute, isOwn));
                            }
                        }
                    }
                }
            }

            return new DependencyGraph(types, edges);
        }

        /// <summary>The nodes one attribute of <c>types[from]</c> makes it wait for, in id order.</summary>
        private static IEnumerable<int> Targets(KnownTypes known, INamedTypeSymbol[] types, Dictionary<INamedTypeSymbol, int> index, int from, AttributeData attribute, CancellationToken cancellationToken)
        {
            if (known.GetEdge(attribute) is not { } dependency)
            {
                return Enumerable.Empty<int>();
            }

            if (index.TryGetValue(dependency, out var target))
            {
                return new[] { target };
            }

            return known.GetDependency(attribute) is null
                ? Enumerable.Empty<int>()
                : Enumerable.Range(0, types.Length).Where(t => ModuleRecognition.IsBaseEdge(types[from], dependency, types[t], cancellationToken));
        }

        public Edge Edge(int from, int to) => Edges[from].First(e => e.Target == to);

        /// <summary>Tarjan's algorithm without recursion; yields only components that contain a cycle (two or more nodes).</summary>
        public IEnumerable<List<int>> StronglyConnectedComponents()
        {
            var count = Types.Length;
            var order = new int[count];
            var low = new int[count];
            var onStack = new bool[count];
            var stack = new Stack<int>();
            var calls = new Stack<(int Node, int NextEdge)>();
            var counter = 0;
            for (var i = 0; i < count; i++)
            {
                order[i] = -1;
            }

            for (var root = 0; root < count; root++)
            {
                if (order[root] != -1)
                {
                    continue;
                }

                Visit(root);
                while (calls.Count > 0)
                {
                    var (node, nextEdge) = calls.Pop();
                    if (nextEdge < Edges[node].Count)
                    {
                        calls.Push((node, nextEdge + 1));
                        var target = Edges[node][nextEdge].Target;
                        if (order[target] == -1)
                        {
                            Visit(target);
                        }
                        else if (onStack[target])
                        {
                            low[node] = Math.Min(low[node], order[target]);
                        }

                        continue;
                    }

                    if (calls.Count > 0)
                    {
                        var parent = calls.Peek().Node;
                        low[parent] = Math.Min(low[parent], low[node]);
                    }

                    if (low[node] == order[node])
                    {
                        var component = new List<int>();
                        int member;
                        do
                        {
                            member = stack.Pop();
                            onStack[member] = false;
                            component.Add(member);
                        }
                        while (member != node);

                        if (component.Count > 1)
                        {
                            component.Sort();
                            yield return component;
                        }
                    }
                }
            }

            void Visit(int node)
            {
                order[node] = low[node] = counter++;
                stack.Push(node);
                onStack[node] = true;
                calls.Push((node, 0));
            }
        }

        /// <summary>
        /// For each node of a strongly connected component, a simple cycle through it, starting with it. Two
        /// breadth-first searches from the component's first node give every node a path to it and from it; the
        /// closed walk they make is cut down to a simple cycle by erasing loops.
        /// </summary>
        public IEnumerable<List<int>> CyclesThroughEachNode(List<int> component)
        {
            var root = component[0];
            var members = new HashSet<int>(component);

            // from[v]: the node before v on a shortest path root ⇝ v.
            var from = new Dictionary<int, int> { [root] = root };
            var queue = new Queue<int>();
            queue.Enqueue(root);
            while (queue.Count > 0)
            {
                var node = queue.Dequeue();
                foreach (var edge in Edges[node])
                {
                    if (members.Contains(edge.Target) && !from.ContainsKey(edge.Target))
                    {
                        from[edge.Target] = node;
                        queue.Enqueue(edge.Target);
                    }
                }
            }

            // toward[v]: the node after v on a shortest path v ⇝ root (a search over the reversed edges).
            var reversed = component.ToDictionary(m => m, _ => new List<int>());
            foreach (var node in component)
            {
                foreach (var edge in Edges[node])
                {
                    if (members.Contains(edge.Target))
                    {
                        reversed[edge.Target].Add(node);
                    }
                }
            }

            var toward = new Dictionary<int, int> { [root] = root };
            queue.Enqueue(root);
            while (queue.Count > 0)
            {
                var node = queue.Dequeue();
                foreach (var predecessor in reversed[node])
                {
                    if (!toward.ContainsKey(predecessor))
                    {
                        toward[predecessor] = node;
                        queue.Enqueue(predecessor);
                    }
                }
            }

            // The shortest cycle through the root closes with the edge from its nearest predecessor.
            var closing = reversed[root].OrderBy(p => PathFromRoot(from, p).Count).First();

            foreach (var node in component)
            {
                var walk = new List<int>();
                if (node == root)
                {
                    // root ⇝ closing, then the edge closing → root.
                    walk.AddRange(PathFromRoot(from, closing));
                }
                else
                {
                    for (var current = node; current != root; current = toward[current])
                    {
                        walk.Add(current);
                    }

                    var back = PathFromRoot(from, node);
                    walk.AddRange(back.Take(back.Count - 1));
                }

                yield return EraseLoops(walk);
            }
        }

        /// <summary>root, …, <paramref name="node"/> along the breadth-first tree.</summary>
        private static List<int> PathFromRoot(Dictionary<int, int> from, int node)
        {
            var path = new List<int> { node };
            while (from[node] != node)
            {
                node = from[node];
                path.Add(node);
            }

            path.Reverse();
            return path;
        }

        /// <summary>
        /// The walk w0 … wk (with an edge wk → w0) made simple: whenever a node comes back, the loop since its first
        /// visit is dropped. Consecutive nodes stay joined by edges, and w0 and the closing edge are kept.
        /// </summary>
        private static List<int> EraseLoops(List<int> walk)
        {
            var path = new List<int>();
            var position = new Dictionary<int, int>();
            foreach (var node in walk)
            {
                if (position.TryGetValue(node, out var earlier))
                {
                    for (var i = earlier + 1; i < path.Count; i++)
                    {
                        position.Remove(path[i]);
                    }

                    path.RemoveRange(earlier + 1, path.Count - earlier - 1);
                    continue;
                }

                position[node] = path.Count;
                path.Add(node);
            }

            return path;
        }
    }
}
