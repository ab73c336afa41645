namespace Sample.Pipeline.Results;

/// <summary>The tests of one matrix target; the test module fails the run when <see cref="Failed"/> is not zero.</summary>
public sealed record TestResult(string Target, int Passed, int Failed, IReadOnlyList<TestCase> Cases);
