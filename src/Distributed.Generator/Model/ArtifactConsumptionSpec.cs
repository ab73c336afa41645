namespace ModularPipelines.Distributed.Generator.Model;

/// <summary>A <c>[ConsumesArtifact&lt;T&gt;]</c> of a module; the producer is also among the module's dependencies.</summary>
/// <param name="ProducerTypeName">The producing module type, fully qualified with <c>global::</c>.</param>
/// <param name="Name">The artifact's name, in the producer's casing when the producer declares it.</param>
internal sealed record ArtifactConsumptionSpec(string ProducerTypeName, string Name);
