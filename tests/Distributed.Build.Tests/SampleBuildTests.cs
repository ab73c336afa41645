using System.Text.RegularExpressions;
using ModularPipelines.Distributed.Build.Tests.Support;
using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Build.Tests;

/// <summary>
/// samples/Sample.Pipeline, copied as it is now, builds with the analyzers and none of them reports anything. The copy
/// gets the analyzers reference if the sample lacks it, and the compiler's analyzer report proves they ran.
/// </summary>
public sealed partial class SampleBuildTests
{
    private const string AnalyzersReference =
        """<ProjectReference Include="../../src/Distributed.Analyzers/Distributed.Analyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />""";

    [Test]
    public async Task The_sample_pipeline_builds_with_the_analyzers_running_and_reporting_nothing()
    {
        using var project = BuildProject.CopyOf(Path.Combine("samples", "Sample.Pipeline"), "Sample.Pipeline.csproj");
        EnsureAnalyzersReference(project);

        var build = await project.BuildAsync();

        var log = File.Exists(project.LogFile) ? await File.ReadAllTextAsync(project.LogFile) : string.Empty;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(build.ExitCode, Is.Zero, build.Transcript);
            Assert.That(MpdDiagnostics().Matches(build.Output + log).Select(m => m.Value).Distinct(), Is.Empty, "MPD diagnostics in the sample");
            Assert.That(
                AnalyzerReport().Matches(log).Select(m => m.Groups["analyzer"].Value).Distinct().ToList(),
                Has.Member("ModuleContextAnalyzer").And.Member("DependencyCycleAnalyzer").And.Member("ResultSerializationAnalyzer"),
                "the compiler's analyzer report (ReportAnalyzer) lists the analyzers, so they ran on the sample: " + project.LogFile);
        }
    }

    /// <summary>The analyzers reference the lead adds to the sample, added to the copy if the sample does not have it yet.</summary>
    private static void EnsureAnalyzersReference(BuildProject project)
    {
        var text = File.ReadAllText(project.ProjectFile);
        if (text.Contains("Distributed.Analyzers.csproj", StringComparison.Ordinal))
        {
            return;
        }

        var absolute = AnalyzersReference.Replace("../../src/", RepositoryRoot.Combine("src") + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        text = text.Replace("</Project>", $"  <ItemGroup>\n    {absolute}\n  </ItemGroup>\n</Project>", StringComparison.Ordinal);
        File.WriteAllText(project.ProjectFile, text);
    }

    /// <summary>A reported diagnostic, as MSBuild prints one: "error MPD0010:" or "warning MPD0016:".</summary>
    [GeneratedRegex(@"(error|warning|info) MPD[0-9]{4}:")]
    private static partial Regex MpdDiagnostics();

    /// <summary>A line of the analyzer report: "ModularPipelines.Distributed.Analyzers.ModuleContextAnalyzer (MPD0010, ...)".</summary>
    [GeneratedRegex(@"ModularPipelines\.Distributed\.Analyzers\.(?<analyzer>\w+Analyzer) \(MPD")]
    private static partial Regex AnalyzerReport();
}
