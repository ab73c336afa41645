namespace ModularPipelines.Distributed.Json.Tests.Shapes;

public enum BuildStatus
{
    Failed = -1,
    Pending = 0,
    Running = 1,
    Succeeded = 2,
}
