namespace ModularPipelines.Distributed.Generator.Model;

/// <summary>The whole graph of one compilation, in a deterministic order.</summary>
internal sealed record PipelineSpec(AssemblySpec Assembly, EquatableArray<ModuleSpec> Modules);
