namespace ModularPipelines.Distributed.Generator.Model;

/// <summary>How deserialization writes a property.</summary>
internal enum JsonSetterKind
{
    /// <summary>Not written (no public setter, or ignored).</summary>
    None,

    /// <summary>A public <c>set</c> accessor, assigned directly.</summary>
    Set,

    /// <summary>A public <c>init</c> accessor, called through an <c>UnsafeAccessor</c> as reflection would call it.</summary>
    InitAccessor,

    /// <summary>
    /// A public <c>init</c> accessor of a property a constructor parameter binds to: deserialization passes the value to
    /// the constructor and never calls the setter, which (as in System.Text.Json's own generator) only throws.
    /// </summary>
    InitThroughConstructor,
}
