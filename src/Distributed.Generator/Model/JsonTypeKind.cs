namespace ModularPipelines.Distributed.Generator.Model;

/// <summary>How a type is serialized by the generated metadata.</summary>
internal enum JsonTypeKind
{
    /// <summary>A type System.Text.Json has a built-in converter for (primitives, string, Guid, DateTime...).</summary>
    BuiltIn,
}
