using Microsoft.CodeAnalysis;

namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>A property System.Text.Json would list for a type, with what its attributes say; parser-internal, never in a model.</summary>
internal sealed class JsonPropertyCandidate
{
    public JsonPropertyCandidate(IPropertySymbol property) => Property = property;

    public IPropertySymbol Property { get; }

    /// <summary>The effective JSON name: <c>[JsonPropertyName]</c> or the CLR name (no naming policy).</summary>
    public string EffectiveName => JsonName ?? Property.Name;

    public string? JsonName { get; set; }

    /// <summary>The <c>JsonIgnoreCondition</c> member name, or null without <c>[JsonIgnore]</c>.</summary>
    public string? IgnoreCondition { get; set; }

    public bool IsIgnored => IgnoreCondition == "Always";

    public bool HasJsonInclude { get; set; }

    public bool HasJsonRequired { get; set; }

    public int Order { get; set; }

    public bool IsVirtual => Property.IsVirtual || Property.IsOverride || Property.IsAbstract;
}
