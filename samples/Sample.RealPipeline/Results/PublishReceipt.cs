namespace Sample.RealPipeline.Results;

/// <summary>The packages pushed and where to.</summary>
public sealed record PublishReceipt(string Source, IReadOnlyList<string> Packages);
