namespace Sample.Pipeline.Results;

public sealed record TestCase(string Name, TestOutcome Outcome, string? Message);
