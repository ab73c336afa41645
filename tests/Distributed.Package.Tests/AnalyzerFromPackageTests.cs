using ModularPipelines.Distributed.Package.Tests.Support;

namespace ModularPipelines.Distributed.Package.Tests;

/// <summary>The analyzers load from the package: misuse fails the consumer's <c>dotnet build</c> with its diagnostic ID.</summary>
public sealed class AnalyzerFromPackageTests
{
    private const string AnalyzersEntry = "analyzers/dotnet/roslyn5.0/cs/ModularPipelines.Distributed.Analyzers.dll";

    [Test]
    public async Task A_repeated_matrix_target_fails_the_build_with_MPD0002()
    {
        var package = PackageContents.Read(PackageUnderTest.PackagePath);
        if (!package.Entries.Contains(AnalyzersEntry))
        {
            Assert.Fail($"The package has no {AnalyzersEntry}, so misuse cannot be reported: add src/Distributed.Analyzers to nuget/ModularPipelines.Distributed.Generators.csproj (MpdPackAs=\"RoslynComponent\").");
        }

        var consumer = ConsumerProject.Create("RepeatedMatrixTarget");
        var build = await consumer.BuildAsync();

        Assert.That(build.ExitCode, Is.Not.Zero, () => $"the build should have failed:\n{build.Transcript}");
        Assert.That(build.Lines, Has.Some.Contains("error MPD0002"), () => build.Transcript);
    }
}
