namespace Sample.Pipeline.Results;

public sealed record ImageLayer(string Digest, long Size);
