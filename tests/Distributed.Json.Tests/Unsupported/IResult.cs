namespace ModularPipelines.Distributed.Json.Tests.Unsupported;

public interface IResult
{
    string Name { get; }
}
