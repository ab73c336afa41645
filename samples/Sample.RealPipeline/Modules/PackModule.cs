using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using ModularPipelines.Distributed;
using Sample.RealPipeline.Results;
using Sample.RealPipeline.Services;

namespace Sample.RealPipeline.Modules;

/// <summary>
/// Packs every library from the build's output (<c>dotnet pack --no-build</c>) once the unit tests passed on every OS
/// that ran them, and publishes the packages as the <c>packages</c> artifact.
/// </summary>
[ConsumesArtifact<BuildModule>(BuildModule.Artifact)]
[DependsOn<UnitTestsModule>]
[DependsOn<FindProjectsModule>]
[ProducesArtifact(Artifact, OutputDirectory + "/*.nupkg")]
[Category("release")]
public sealed class PackModule(Checkout checkout) : Module<IReadOnlyList<PackageFile>>
{
    /// <summary>The name the packages are published under.</summary>
    public const string Artifact = "packages";

    /// <summary>Where the packages are written, relative to the workspace root.</summary>
    public const string OutputDirectory = "out/packages";

    protected override async Task<IReadOnlyList<PackageFile>?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
    {
        ModuleResult<ProjectList> found = await context.GetModule<FindProjectsModule>();
        var root = await checkout.RootAsync(context, cancellationToken);
        var output = Path.Combine(context.Artifacts.WorkspaceRoot, OutputDirectory);
        foreach (var library in found.Value!.Libraries)
        {
            await context.Commands.RunAsync(
                "dotnet", ["pack", library, "-c", "Release", "--no-build", "-o", output, "-nologo"],
                new CommandOptions { WorkingDirectory = root }, cancellationToken);
        }

        var packages = new List<PackageFile>();
        foreach (var path in Directory.EnumerateFiles(output, "*.nupkg").Order(StringComparer.Ordinal))
        {
            await using var stream = File.OpenRead(path);
            var sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
            packages.Add(new PackageFile($"{OutputDirectory}/{Path.GetFileName(path)}", stream.Length, sha));
        }

        context.Logger.LogInformation("packed {Packages}", string.Join(", ", packages.Select(p => Path.GetFileName(p.Path))));
        return packages;
    }
}
