namespace ModularPipelines.Distributed;

/// <summary>
/// Names a <c>JsonSerializerContext</c> that serializes result types the generated metadata cannot (custom
/// converters, polymorphism, <c>object</c>). The context must have the static <c>Default</c> instance that
/// System.Text.Json's generator emits; it is consulted after the generated metadata.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class PipelineJsonContextAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="contextType">A class deriving from <c>JsonSerializerContext</c>.</param>
    public PipelineJsonContextAttribute(Type contextType) => ContextType = contextType;

    /// <summary>The context class.</summary>
    public Type ContextType { get; }
}
