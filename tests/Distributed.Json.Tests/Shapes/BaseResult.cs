namespace ModularPipelines.Distributed.Json.Tests.Shapes;

public class BaseResult
{
    public string Id { get; set; } = string.Empty;

    public virtual int Score { get; set; }

    public string Origin { get; set; } = "base";

    public virtual string? Note { get; set; }
}
