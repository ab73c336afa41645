using ModularPipelines.Distributed.Build.Tests.Support;
using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Build.Tests;

/// <summary>
/// The version a build gives the generator (<c>-p:Version</c>, as a release build of the package does) is the one its
/// generated code names in <c>[GeneratedCode]</c>, so that generated code says which generator wrote it.
/// </summary>
public sealed class GeneratorVersionTests
{
    private const string Version = "9.8.7-test";
    private const string GeneratorAssembly = "ModularPipelines.Distributed.Generator.dll";
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);

    private const string Modules = """
        using ModularPipelines.Distributed;

        namespace Stamped;

        public sealed class Build : Module<string>
        {
            protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<string?>("built");
        }
        """;

    [Test]
    public async Task A_generator_built_with_a_version_stamps_that_version_on_every_generated_type()
    {
        using var project = BuildProject.Create("Stamped", string.Empty);
        var generator = await BuildGeneratorAsync(project.CreateScratchDirectory("generator"));
        File.WriteAllText(project.ProjectFile, ProjectFile(generator));
        project.Write("Modules.cs", Modules);

        var build = await project.BuildAsync();

        Assert.That(build.ExitCode, Is.Zero, build.Transcript);
        var generated = Directory.GetFiles(Path.Combine(project.Directory, "generated"), "*.g.cs", SearchOption.AllDirectories);
        Assert.That(generated.Select(Path.GetFileName), Is.EquivalentTo(new[] { "ModularPipelines.Distributed.Graph.g.cs", "ModularPipelines.Distributed.ResultTypes.g.cs" }));
        foreach (var file in generated)
        {
            Assert.That(await File.ReadAllTextAsync(file), Does.Contain($"GeneratedCode(\"ModularPipelines.Distributed.Generator\", \"{Version}\")"), file);
        }
    }

    /// <summary>
    /// Builds the generator project with the version into its own artifacts directory, so that the repository's own
    /// build output (which the other tests use) is left as it is; returns the built assembly.
    /// </summary>
    private static async Task<string> BuildGeneratorAsync(string artifacts)
    {
        var build = await DotnetCli.RunAsync(
            RepositoryRoot.Path,
            [
                "build", RepositoryRoot.Combine("src", "Distributed.Generator", "Distributed.Generator.csproj"),
                "-c", BuildProject.Configuration, $"-p:Version={Version}", "--artifacts-path", artifacts, "--nologo", "-nodeReuse:false",
            ],
            BuildTimeout);
        Assert.That(build.ExitCode, Is.Zero, build.Transcript);
        var assemblies = Directory.GetFiles(Path.Combine(artifacts, "bin"), GeneratorAssembly, SearchOption.AllDirectories);
        Assert.That(assemblies, Has.Length.EqualTo(1), build.Transcript);
        return assemblies[0];
    }

    /// <summary>A library over the repository's runtime, with the versioned generator as its analyzer and its generated files written out.</summary>
    private static string ProjectFile(string generator) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
            <CompilerGeneratedFilesOutputPath>generated</CompilerGeneratedFilesOutputPath>
          </PropertyGroup>
          <ItemGroup>
            <ProjectReference Include="{RepositoryRoot.Combine("src", "Distributed.Runtime", "Distributed.Runtime.csproj")}" />
            <Analyzer Include="{generator}" />
          </ItemGroup>
        </Project>

        """;
}
