using System.Diagnostics.CodeAnalysis;

namespace ModularPipelines.Distributed.Json.Tests.Shapes;

/// <summary>Required members set by a [SetsRequiredMembers] constructor: not required in the JSON contract.</summary>
public sealed class ContractSetters
{
    [SetsRequiredMembers]
    public ContractSetters(string owner, int weight)
    {
        Owner = owner;
        Weight = weight;
    }

    public required string Owner { get; set; }

    public required int Weight { get; init; }

    public string? Comment { get; set; }
}
