using Microsoft.Extensions.Logging;
using ModularPipelines.Distributed;
using Sample.RealPipeline.Results;
using Sample.RealPipeline.Services;

namespace Sample.RealPipeline.Modules;

/// <summary>
/// Restores and builds the solution once, in Release. Its output is the <c>build</c> artifact: every project's
/// <c>bin/Release</c>, and the libraries' <c>obj/</c> (restore's assets, which <c>dotnet pack --no-build</c> reads),
/// so the tests and the pack step use these binaries on whichever machine they run instead of building again.
/// </summary>
[DependsOn<FindProjectsModule>]
[ModuleTimeout(600)]
[ProducesArtifact(Artifact, "repository/src/*/bin/Release/**", "repository/src/*/obj/**", "repository/tests/*/bin/Release/**")]
[Category("build")]
public sealed class BuildModule(Checkout checkout) : Module<BuildResult>
{
    /// <summary>The name the build output is published under.</summary>
    public const string Artifact = "build";

    protected override async Task<BuildResult?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
    {
        ModuleResult<ProjectList> found = await context.GetModule<FindProjectsModule>();
        var projects = found.Value!;
        var root = await checkout.RootAsync(context, cancellationToken);
        var solution = Directory.EnumerateFiles(root, "*.slnx").Single();

        await context.Commands.RunAsync("dotnet", ["build", solution, "-c", "Release", "-nologo", "-v:minimal"], new CommandOptions { WorkingDirectory = root }, cancellationToken);

        var version = (await context.Commands.RunAsync(
            "dotnet", ["msbuild", projects.Libraries[0], "-getProperty:Version", "-p:Configuration=Release"],
            new CommandOptions { WorkingDirectory = root, LogOutput = false }, cancellationToken)).StandardOutput.Trim();
        var commit = (await Checkout.GitAsync(context, root, ["rev-parse", "--short", "HEAD"], cancellationToken)).StandardOutput.Trim();

        var assemblies = projects.Libraries.Concat(projects.TestProjects)
            .Select(Assembly)
            .ToList();
        var missing = assemblies.Where(path => !File.Exists(Path.Combine(context.Artifacts.WorkspaceRoot, path))).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"the build succeeded but did not write {string.Join(", ", missing)}");
        }

        context.Logger.LogInformation("built {Count} projects, version {Version} at {Commit}", assemblies.Count, version, commit);
        return new BuildResult(version, commit, assemblies);
    }

    /// <summary>A project's Release assembly, relative to the workspace: <c>repository/src/Greeter/bin/Release/net10.0/Greeter.dll</c>.</summary>
    public static string Assembly(string project)
    {
        var directory = Path.GetDirectoryName(project)!.Replace('\\', '/');
        var name = Path.GetFileNameWithoutExtension(project);
        return $"{Checkout.Folder}/{directory}/bin/Release/net10.0/{name}.dll";
    }
}
