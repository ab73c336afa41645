using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Package.Tests.Support;

/// <summary>
/// A fresh pipeline project outside the repository that references only the package under test: its own nuget.config
/// (the test feed added to the machine's sources), its own empty Directory.Build.props/.targets and
/// Directory.Packages.props (so no repository settings can apply), and the run's own global packages folder.
/// </summary>
public sealed class ConsumerProject
{
    public const string AssemblyName = "Consumer";

    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    private ConsumerProject(string directory) => Directory = directory;

    public string Directory { get; }

    public string OutputDirectory => Path.Combine(Directory, "out");

    /// <summary>Creates the project from the sources in Consumers/<paramref name="sources"/> next to the tests.</summary>
    public static ConsumerProject Create(string sources)
    {
        var directory = Path.Combine(PackageUnderTest.Root, "consumers", $"{sources}-{Guid.NewGuid().ToString("N")[..8]}");
        System.IO.Directory.CreateDirectory(directory);

        var sourceDirectory = Path.Combine(AppContext.BaseDirectory, "Consumers", sources);
        foreach (var file in System.IO.Directory.GetFiles(sourceDirectory, "*.cs"))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(directory, $"{AssemblyName}.csproj"), ProjectFile(PackageUnderTest.Version));
        File.WriteAllText(Path.Combine(directory, "nuget.config"), NuGetConfig(PackageUnderTest.Feed, PackageUnderTest.GlobalPackagesFolder));
        foreach (var isolation in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(directory, isolation), "<Project />\n");
        }

        return new ConsumerProject(directory);
    }

    /// <summary><c>dotnet build</c> in Release, into <see cref="OutputDirectory"/>.</summary>
    public Task<ProcessResult> BuildAsync(params string[] extraArguments) =>
        DotnetCli.RunAsync(
            Directory,
            ["build", "-c", "Release", "-o", OutputDirectory, "--nologo", "-nodeReuse:false", .. extraArguments],
            BuildTimeout,
            PackagesEnvironment);

    /// <summary>Runs the built pipeline with these command-line arguments.</summary>
    public Task<ProcessResult> RunAsync(params string[] arguments) =>
        DotnetCli.RunAsync(
            Directory,
            [Path.Combine(OutputDirectory, $"{AssemblyName}.dll"), .. arguments],
            RunTimeout,
            PackagesEnvironment);

    private static Dictionary<string, string?> PackagesEnvironment => new()
    {
        ["NUGET_PACKAGES"] = PackageUnderTest.GlobalPackagesFolder,
    };

    private static string ProjectFile(string version) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <Nullable>enable</Nullable>
            <AssemblyName>{AssemblyName}</AssemblyName>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="{PackageUnderTest.PackageId}" Version="{version}" />
          </ItemGroup>
        </Project>

        """;

    /// <summary>No &lt;clear/&gt;: the machine's own sources (nuget.org or its mirror) still provide the dependencies.</summary>
    private static string NuGetConfig(string feed, string globalPackagesFolder) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="package-under-test" value="{feed}" />
          </packageSources>
          <config>
            <add key="globalPackagesFolder" value="{globalPackagesFolder}" />
          </config>
        </configuration>

        """;
}
