namespace Sample.Pipeline.Results;

public enum TestOutcome
{
    Passed,
    Failed,
}
