using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Analyzers;
using ModularPipelines.Distributed.Build.Tests.Support;
using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Build.Tests;

/// <summary>
/// A pipeline project that references the runtime, the generator and the analyzers the way a user's does (the analyzers
/// and the generator as <c>OutputItemType="Analyzer"</c>): misuse fails <c>dotnet build</c>, not the CI run.
/// </summary>
public sealed partial class MisuseFailsTheBuildTests
{
    private const string Modules = """
        using ModularPipelines.Distributed;

        namespace Misuse;

        public sealed class Build : Module<string>
        {
            protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<string?>("built");
        }

        [MatrixTarget("linux", "Linux")]
        public sealed class Tests : Module<string>
        {
            protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
            {
                var build = await context.GetModule<Build>();
                return build.Value;
            }
        }
        """;

    private const string Program = """
        using ModularPipelines.Distributed;

        return await Pipeline.CreateBuilder(args).Build().RunAsync();
        """;

    [Test]
    public async Task A_repeated_matrix_target_and_an_undeclared_read_fail_the_build_with_MPD0002_and_MPD0010()
    {
        using var project = BuildProject.Create("Misuse", ProjectFile());
        project.Write("Modules.cs", Modules);
        project.Write("Program.cs", Program);

        var build = await project.BuildAsync();

        var errors = ErrorIds().Matches(build.Output).Select(m => m.Groups["id"].Value).Distinct().Order().ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(build.ExitCode, Is.Not.Zero, build.Transcript);
            Assert.That(errors, Is.EqualTo(new[] { "MPD0002", "MPD0010" }), "the analyzers' errors and nothing else: " + build.Transcript);
            Assert.That(build.Output, Does.Contain("Modules.cs(11,24): error MPD0002: " + Message(Descriptors.MatrixTargetRepeated, "Tests", "Linux")));
            Assert.That(build.Output, Does.Contain("Modules.cs(16,27): error MPD0010: " + Message(Descriptors.UndeclaredDependency, "Tests", "Build")));
        }
    }

    private static string ProjectFile()
    {
        string Source(string project) => RepositoryRoot.Combine("src", project, project + ".csproj");
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{Source("Distributed.Runtime")}" />
                <ProjectReference Include="{Source("Distributed.Generator")}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <ProjectReference Include="{Source("Distributed.Analyzers")}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
            </Project>

            """;
    }

    private static string Message(DiagnosticDescriptor descriptor, params object[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), arguments);

    [GeneratedRegex(@"error (?<id>[A-Z]+[0-9]+):")]
    private static partial Regex ErrorIds();
}
