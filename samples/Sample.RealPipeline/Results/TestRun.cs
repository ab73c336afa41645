namespace Sample.RealPipeline.Results;

/// <summary>One OS's unit-test run, counted from the test results files (<c>.trx</c>) it wrote.</summary>
public sealed record TestRun(string Target, int Total, int Passed, int Failed, IReadOnlyList<string> ResultFiles);
