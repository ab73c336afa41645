namespace Sample.Pipeline.Results;

public sealed record ContainerImage(string Reference, string Digest, IReadOnlyList<ImageLayer> Layers);
