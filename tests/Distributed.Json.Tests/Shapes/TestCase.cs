namespace ModularPipelines.Distributed.Json.Tests.Shapes;

public sealed record TestCase(string Name, TestOutcome Outcome, TimeSpan Duration, string? Message);
