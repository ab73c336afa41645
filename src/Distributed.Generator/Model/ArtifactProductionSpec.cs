namespace ModularPipelines.Distributed.Generator.Model;

/// <summary>A <c>[ProducesArtifact]</c> of a module, as written: checking names and patterns is the analyzers' and the runtime's.</summary>
/// <param name="Name">The artifact's name, in the casing the module declares it.</param>
/// <param name="Patterns">Include patterns, and exclude patterns starting with <c>!</c>, in declaration order.</param>
internal sealed record ArtifactProductionSpec(string Name, EquatableArray<string> Patterns);
