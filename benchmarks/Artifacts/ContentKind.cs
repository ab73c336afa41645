namespace ModularPipelines.Distributed.Benchmarks.Artifacts;

/// <summary>What a generated file holds: how well it compresses.</summary>
internal enum ContentKind
{
    /// <summary>XML-like text.</summary>
    Text,

    /// <summary>Random bytes, as already compressed files are.</summary>
    Random,

    /// <summary>4 kB blocks, half text and half random, as assemblies and symbol files roughly are.</summary>
    Mixed,
}
