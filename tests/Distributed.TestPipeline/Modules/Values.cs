namespace ModularPipelines.Distributed.TestPipeline;

/// <summary>A result with a list, so typed JSON across processes is exercised beyond strings.</summary>
public sealed record SeedValue(int Number, string Text, IReadOnlyList<string> Items);

/// <summary>One matrix instance's result.</summary>
public sealed record MatrixValue(string Target, int Number, string Text);

/// <summary>The result a worker-side consumer reads from Redis.</summary>
public sealed record SourceValue(int Count, string Label);
