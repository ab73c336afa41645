namespace ModularPipelines.Distributed.Json.Tests.Unsupported;

/// <summary>Public fields: System.Text.Json skips them by default, so the data would be lost silently.</summary>
public sealed class FieldsOnly
{
#pragma warning disable CA1051 // The public fields are the point.
    public int Count;

    public string? Name;
#pragma warning restore CA1051
}
