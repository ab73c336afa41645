namespace ModularPipelines.Distributed.Generator.Emitter;

/// <summary>The generator's name and version, stamped on generated types.</summary>
internal static class GeneratorInfo
{
    public const string Name = "ModularPipelines.Distributed.Generator";
    public const string Version = "1.0.0";
}
