using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Redis.Tests.Support;

/// <summary>tests/Distributed.ArtifactPipeline, built once per test run beside the test pipeline.</summary>
public static class ArtifactPipelineApp
{
    public static string ProjectPath { get; } =
        RepositoryRoot.Combine("tests", "Distributed.ArtifactPipeline", "Distributed.ArtifactPipeline.csproj");

    public static string AssemblyPath { get; } = RepositoryRoot.Combine(
        "tests", "Distributed.ArtifactPipeline", "bin", TestPipelineApp.Configuration, "net10.0", "ModularPipelines.Distributed.ArtifactPipeline.dll");

    /// <summary>Module ids: the artifact pipeline's namespace plus the class name.</summary>
    public static string ModuleId(string name) => "ModularPipelines.Distributed.ArtifactPipeline." + name;
}
