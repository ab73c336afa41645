using System.Globalization;

namespace ModularPipelines.Distributed.Generator.Benchmarks;

/// <summary>
/// Writes the synthetic pipeline as a project on disk, referencing the runtime and the generator from this checkout,
/// so that a real <c>dotnet build -p:ReportAnalyzer=true</c> reports the generator's share of a build as the compiler
/// measures it: the binding a fresh compilation needs is then paid once, by the build, as in every real build.
/// </summary>
public static class RealBuildProject
{
    public static string Write(SyntheticPipeline pipeline, string directory, string repositoryRoot)
    {
        Directory.CreateDirectory(directory);
        foreach (var tree in pipeline.Compilation.SyntaxTrees)
        {
            var path = Path.Combine(directory, tree.FilePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, tree.ToString());
        }

        var runtime = Path.Combine(repositoryRoot, "src", "Distributed.Runtime", "Distributed.Runtime.csproj");
        var generator = Path.Combine(repositoryRoot, "src", "Distributed.Generator", "Distributed.Generator.csproj");
        File.WriteAllText(Path.Combine(directory, "Synthetic.Pipeline.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ReportAnalyzer>true</ReportAnalyzer>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{runtime}" />
                <ProjectReference Include="{generator}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
            </Project>
            """);
        return string.Create(CultureInfo.InvariantCulture,
            $"wrote {pipeline.Compilation.SyntaxTrees.Length} files and Synthetic.Pipeline.csproj to {directory}; build it with: dotnet build {directory} -c Release -v:detailed -p:ReportAnalyzer=true | grep -A3 'Generator execution time'");
    }
}
