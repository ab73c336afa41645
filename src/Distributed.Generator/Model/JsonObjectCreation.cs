namespace ModularPipelines.Distributed.Generator.Model;

/// <summary>How deserialization creates an object, following System.Text.Json's constructor choice.</summary>
internal enum JsonObjectCreation
{
    /// <summary>A struct without <c>[JsonConstructor]</c> or explicit parameterless constructor: <c>default(T)</c>, then properties are set.</summary>
    Default,

    /// <summary>A public parameterless constructor (a struct's explicit one included), then properties are set.</summary>
    Parameterless,

    /// <summary>A constructor with parameters bound to properties by name; remaining properties are set afterwards.</summary>
    Parameterized,
}
