using ModularPipelines.Distributed.Runtime.Tests.Support;
using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Runtime.Tests.Artifacts;

/// <summary>{target} in a matrix producer's patterns: each target publishes its own files, also when targets share a workspace.</summary>
public sealed class MatrixArtifactTests
{
    private static readonly string[] Targets = ["linux", "windows"];

    [Test]
    public async Task EachMatrixTargetPublishesOnlyItsOwnFilesWhenTheyShareAWorkspace()
    {
        using var workspace = new WorkspaceDirectory();
        IReadOnlyList<ArtifactManifest>? listed = null;
        var producers = Targets.Select(target => MatrixProducer(target, [new ArtifactProduction("results", ["out/results/{target}/*.trx"])])).ToList();
        ModuleDefinition[] modules =
        [
            .. producers,
            ArtifactNodes.Consumer(async (context, token) =>
            {
                listed = await context.Artifacts.ListAsync<ProducerModule>("results", token);
                return "tested";
            }, ["results"], producer: "Build[linux]", dependsOn: ["Build[windows]"]),
        ];

        var run = await PipelineHarness.RunAsync(modules, ["--workspace", workspace.Root, "--capability", "linux", "--capability", "windows"]);

        Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded), run.Output + run.Error);
        Assert.That(
            listed!.Select(m => $"{m.ProducerId}: {string.Join(", ", m.Files.Select(f => f.Path))}").Order(),
            Is.EqualTo(new[] { "Tests.Build[linux]: out/results/linux/unit.trx", "Tests.Build[windows]: out/results/windows/unit.trx" }));
    }

    [Test]
    public async Task TargetPlaceholderInAModuleWithoutMatrixTargetsFailsItNamingThePattern()
    {
        using var workspace = new WorkspaceDirectory();
        ModuleDefinition[] modules =
        [
            ArtifactNodes.Producer(ArtifactNodes.Writes(("out/results/unit.trx", "x")), [new ArtifactProduction("results", ["out/results/{target}/*.trx"])]),
        ];

        var run = await PipelineHarness.RunAsync(modules, ["--workspace", workspace.Root]);

        Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Failed), run.Output + run.Error);
        Assert.That(
            run.Output,
            Does.Contain("artifact 'results' of Build: pattern 'out/results/{target}/*.trx' uses {target}, which only a module with [MatrixTarget] has"));
    }

    // Both targets write at the same time into one workspace, each its own folder and a file beside the other's.
    private static ModuleDefinition<ProducerModule, string> MatrixProducer(string target, ArtifactProduction[] produces) =>
        new ModuleDefinition<ProducerModule, string>(
            Node.Id($"Build[{target}]"),
            $"Build[{target}]",
            _ => new ProducerModule(ArtifactNodes.Writes(($"out/results/{target}/unit.trx", target))))
        {
            MatrixTarget = target,
            MatrixTargets = Targets,
            RequiredCapabilities = [target],
            ProducedArtifacts = produces,
        };
}
