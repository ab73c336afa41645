namespace ModularPipelines.Distributed.Json.Tests.Unsupported;

/// <summary>Abstract: deserialization cannot create it, so a user context must say which derived type to use.</summary>
public abstract class AbstractResult
{
    public string Name { get; set; } = string.Empty;
}
