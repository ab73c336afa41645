using System.ComponentModel;

namespace ModularPipelines.Distributed;

/// <summary>A module's <see cref="ConsumesArtifactAttribute{TProducer}"/>, as the generator read it. Created by generated code.</summary>
/// <param name="Producer">The producing module class; the consumer depends on its nodes.</param>
/// <param name="Name">The artifact's name, as the producer declares it.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed record ArtifactConsumption(Type Producer, string Name);
