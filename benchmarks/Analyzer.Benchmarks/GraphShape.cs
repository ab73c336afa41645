namespace ModularPipelines.Distributed.Analyzer.Benchmarks;

/// <summary>How the synthetic modules depend on each other.</summary>
public enum GraphShape
{
    /// <summary>Module i depends on module i-1: one path as long as the graph, the worst case for a recursive walk.</summary>
    Chain,

    /// <summary>Module i depends on one to three earlier modules picked at random (fixed seed): a DAG with about 2n edges.</summary>
    RandomDag,
}
