using System.Reflection;
using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Redis.Tests.Support;

/// <summary>tests/Distributed.TestPipeline, built once per test run in the tests' own configuration.</summary>
public static class TestPipelineApp
{
    /// <summary>Debug or Release: whatever these tests were built with.</summary>
    public static string Configuration { get; } =
        typeof(TestPipelineApp).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string ProjectPath { get; } =
        RepositoryRoot.Combine("tests", "Distributed.TestPipeline", "Distributed.TestPipeline.csproj");

    public static string AssemblyPath { get; } = RepositoryRoot.Combine(
        "tests", "Distributed.TestPipeline", "bin", Configuration, "net10.0", "ModularPipelines.Distributed.TestPipeline.dll");

    /// <summary>The nodes of the test pipeline's graph, each matrix instance counted.</summary>
    public const int ModuleCount = 23;

    /// <summary>Module ids: the test pipeline's namespace plus the class name (and <c>[target]</c>).</summary>
    public static string ModuleId(string name) => "ModularPipelines.Distributed.TestPipeline." + name;
}
