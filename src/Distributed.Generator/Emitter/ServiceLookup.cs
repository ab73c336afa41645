namespace ModularPipelines.Distributed.Generator.Emitter;

/// <summary>How a generated factory gets one constructor argument.</summary>
internal enum ServiceLookup
{
    /// <summary>Not from the container: the provider itself, or a value type's default value.</summary>
    None,

    /// <summary><c>GetService</c>: the parameter is nullable or has a default.</summary>
    Optional,

    /// <summary><c>GetRequiredService</c>.</summary>
    Required,
}
