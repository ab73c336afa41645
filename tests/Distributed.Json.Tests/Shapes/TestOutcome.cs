namespace ModularPipelines.Distributed.Json.Tests.Shapes;

public enum TestOutcome
{
    Passed,
    Failed,
    Skipped,
}
