using ModularPipelines.Distributed.Package.Tests.Support;

namespace ModularPipelines.Distributed.Package.Tests;

/// <summary>What the packed .nupkg and .snupkg contain: nuget/README.md describes the same layout.</summary>
public sealed class PackageLayoutTests
{
    private const string RoslynComponentFolder = "analyzers/dotnet/roslyn5.0/cs/";

    private PackageContents _package = null!;

    [OneTimeSetUp]
    public void ReadThePackage() => _package = PackageContents.Read(PackageUnderTest.PackagePath);

    [Test]
    public void The_runtime_assembly_and_its_xml_documentation_are_in_lib_net10_0()
    {
        Assert.That(_package.Entries, Does.Contain("lib/net10.0/ModularPipelines.Distributed.dll"));
        Assert.That(_package.Entries, Does.Contain("lib/net10.0/ModularPipelines.Distributed.xml"));
        Assert.That(_package.Entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal)).ToList(), Has.Count.EqualTo(2), "only the runtime is in lib/");
    }

    [Test]
    public void The_generator_is_in_the_roslyn_5_0_analyzer_folder()
    {
        Assert.That(_package.Entries, Does.Contain(RoslynComponentFolder + "ModularPipelines.Distributed.Generator.dll"));
    }

    [Test]
    public void The_analyzers_are_in_the_roslyn_5_0_analyzer_folder()
    {
        Assert.That(
            _package.Entries,
            Does.Contain(RoslynComponentFolder + "ModularPipelines.Distributed.Analyzers.dll"),
            "the package has no analyzers assembly: nuget/ModularPipelines.Distributed.Generators.csproj must reference src/Distributed.Analyzers with MpdPackAs=\"RoslynComponent\"");
    }

    [Test]
    public void Only_roslyn_components_built_for_roslyn_5_0_are_in_the_analyzers_folder()
    {
        var analyzerEntries = _package.Entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).ToList();

        Assert.That(analyzerEntries, Is.Not.Empty.And.All.StartsWith(RoslynComponentFolder));
        Assert.That(analyzerEntries, Has.None.Contains("Microsoft.CodeAnalysis").And.None.Contains("PolySharp"));
    }

    [Test]
    public void The_runtime_dependencies_flow_and_the_compiler_dependencies_do_not()
    {
        Assert.That(
            _package.DependencyIds,
            Is.EquivalentTo(new[]
            {
                "AWSSDK.S3",
                "CliWrap",
                "Microsoft.Extensions.Configuration",
                "Microsoft.Extensions.Configuration.Binder",
                "Microsoft.Extensions.Configuration.EnvironmentVariables",
                "Microsoft.Extensions.Configuration.Json",
                "Microsoft.Extensions.DependencyInjection",
                "Microsoft.Extensions.FileSystemGlobbing",
                "Microsoft.Extensions.Logging",
                "Microsoft.Extensions.Options",
                "Microsoft.Extensions.Options.ConfigurationExtensions",
                "StackExchange.Redis",
            }));
    }

    [Test]
    public void The_build_targets_are_transitive()
    {
        Assert.That(_package.Entries, Does.Contain("buildTransitive/ModularPipelines.Distributed.Generators.targets"));
    }

    [Test]
    public void The_package_has_its_readme_an_MIT_license_expression_and_repository_metadata()
    {
        Assert.That(_package.Metadata("readme"), Is.EqualTo("README.md"));
        Assert.That(_package.Entries, Does.Contain("README.md"));
        Assert.That(_package.Metadata("license"), Is.EqualTo("MIT"));
        Assert.That(_package.Nuspec.Descendants().Single(e => e.Name.LocalName == "repository").Attribute("url")?.Value, Does.StartWith("https://"));
    }

    [Test]
    public void The_symbols_package_holds_the_runtime_pdb()
    {
        var symbols = PackageContents.Read(PackageUnderTest.SymbolsPackagePath);

        Assert.That(symbols.Entries, Does.Contain("lib/net10.0/ModularPipelines.Distributed.pdb"));
    }
}
