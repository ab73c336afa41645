namespace ModularPipelines.Distributed.Generator.Model;

/// <summary>Facts about the compilation as a whole.</summary>
/// <param name="AssemblyName">The assembly being compiled.</param>
/// <param name="UserJsonContextTypeName">The <c>[assembly: PipelineJsonContext]</c> context, fully qualified, or null.</param>
internal sealed record AssemblySpec(string AssemblyName, string? UserJsonContextTypeName);
