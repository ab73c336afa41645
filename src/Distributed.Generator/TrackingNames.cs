namespace ModularPipelines.Distributed.Generator;

/// <summary>Names of the generator's pipeline steps, so tests can check which steps ran and which were cached.</summary>
internal static class TrackingNames
{
    public const string ModuleSpecs = nameof(ModuleSpecs);
    public const string Modules = nameof(Modules);
    public const string AssemblySpec = nameof(AssemblySpec);
    public const string Pipeline = nameof(Pipeline);
    public const string ResultShapes = nameof(ResultShapes);
}
