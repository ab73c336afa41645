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
    public const string Modules = nameof(Modules);
    public const string AssemblySpec = nameof(AssemblySpec);
    public const string Pipeline = nameof(Pipeline);
    public const string ResultShapes = nameof(ResultShapes);
}
