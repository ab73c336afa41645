namespace ModularPipelines.Distributed.Json.Tests.Shapes;

public sealed record TestSummary(int Passed, int Failed)
{
    /// <summary>Get-only: written, never read back.</summary>
    public int Total => Passed + Failed;
}
