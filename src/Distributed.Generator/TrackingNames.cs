namespace ModularPipelines.Distributed.Generator;

/// <summary>Names of the generator's pipeline steps, so tests can check which steps ran and which were cached.</summary>
internal static class TrackingNames
{
    /// <summary>A hash of one syntax tree's declarations, computed again only for an edited tree.</summary>
    public const string DeclarationShapes = nameof(DeclarationShapes);

    /// <summary>The compilation-wide key over every declaration, reference and option a module's spec may depend on.</summary>
    public const string DeclarationKey = nameof(DeclarationKey);

    /// <summary>The semantic parse of one candidate class (null when it is not a module).</summary>
    public const string ModuleSpecs = nameof(ModuleSpecs);

    /// <summary>Every module's spec, one per id, in id order.</summary>
    public const string Modules = nameof(Modules);

    /// <summary>The facts about the compilation as a whole (its name, the registered JSON context).</summary>
    public const string AssemblySpec = nameof(AssemblySpec);

    /// <summary>The modules with the assembly facts: what the parser hands on (null when there is nothing to emit).</summary>
    public const string Pipeline = nameof(Pipeline);

    /// <summary>The final graph: matrix instances expanded, edges resolved to node ids, and the fingerprint.</summary>
    public const string Graph = nameof(Graph);

    /// <summary>The result types' JSON shapes, one per type.</summary>
    public const string ResultShapes = nameof(ResultShapes);

    /// <summary>The generated JSON context: every type of the result types' closures once, with its property name.</summary>
    public const string JsonContext = nameof(JsonContext);
}
