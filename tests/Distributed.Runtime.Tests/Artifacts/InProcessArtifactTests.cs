using Microsoft.Extensions.DependencyInjection;
using ModularPipelines.Distributed.Runtime.Tests.Support;
using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Runtime.Tests.Artifacts;

/// <summary>Artifacts in one process: files stay where the producer wrote them, and every rule still holds.</summary>
public sealed class InProcessArtifactTests
{
    private static readonly ArtifactProduction Bin = new("bin", ["out/bin/**", "!out/bin/**/*.pdb"]);

    [Test]
    public async Task FileAKilledDownloadLeftHalfWrittenIsNeverPublished()
    {
        using var workspace = new WorkspaceDirectory();
        IReadOnlyList<ArtifactManifest>? listed = null;
        ModuleDefinition[] modules =
        [
            ArtifactNodes.Producer(ArtifactNodes.Writes(("out/bin/app.dll", "app"), ("out/bin/big.bin.0f3a9c2e5b7d41e8a6c0d9b1e2f3a4b5.mpd-partial", "half")), [Bin]),
            ArtifactNodes.Consumer(async (context, token) =>
            {
                listed = await context.Artifacts.ListAsync<ProducerModule>("bin", token);
                return "tested";
            }, ["bin"]),
        ];

        var run = await PipelineHarness.RunAsync(modules, ["--workspace", workspace.Root]);

        Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded), run.Output + run.Error);
        Assert.That(listed!.Single().Files.Select(f => f.Path), Is.EqualTo(new[] { "out/bin/app.dll" }));
    }

    [Test]
    public async Task ConsumerSeesEachMatchedFileAtItsOwnPathWithItsSizeAndHash()
    {
        using var workspace = new WorkspaceDirectory();
        IReadOnlyList<ArtifactManifest>? listed = null;
        ModuleDefinition[] modules =
        [
            ArtifactNodes.Producer(ArtifactNodes.Writes(("out/bin/app.dll", "app"), ("out/bin/sub/lib.dll", "library"), ("out/bin/app.pdb", "symbols"), ("out/other.txt", "x")), [Bin]),
            ArtifactNodes.Consumer(async (context, token) =>
            {
                listed = await context.Artifacts.ListAsync<ProducerModule>("bin", token);
                return "tested";
            }, ["bin"]),
        ];

        var run = await PipelineHarness.RunAsync(modules, ["--workspace", workspace.Root]);

        Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded), run.Output + run.Error);
        var manifest = listed!.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(manifest.ProducerId, Is.EqualTo("Tests.Build"));
            Assert.That(manifest.Files.Select(f => f.Path), Is.EqualTo(new[] { "out/bin/app.dll", "out/bin/sub/lib.dll" }));
            Assert.That(manifest.Files.Select(f => f.Size), Is.EqualTo(new long[] { 3, 7 }));
            Assert.That(manifest.Files[0].Sha256, Is.EqualTo(Sha256("app")));
        }
    }

    [Test]
    public async Task DownloadIntoAFolderCopiesTheFilesThere()
    {
        using var workspace = new WorkspaceDirectory();
        ModuleDefinition[] modules =
        [
            ArtifactNodes.Producer(ArtifactNodes.Writes(("out/bin/app.dll", "app"), ("out/bin/sub/lib.dll", "library")), [Bin]),
            ArtifactNodes.Consumer(async (context, token) =>
            {
                await context.Artifacts.DownloadAsync<ProducerModule>("bin", "copy", token);
                return "tested";
            }, []),
        ];

        var run = await PipelineHarness.RunAsync(modules, ["--workspace", workspace.Root]);

        Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded), run.Output + run.Error);
        Assert.That(workspace.Read("copy/out/bin/sub/lib.dll"), Is.EqualTo("library"));
    }

    [Test]
    public async Task ProducerWhoseFilesAreMissingFailsNamingTheArtifactAndItsPatterns()
    {
        using var workspace = new WorkspaceDirectory();
        ModuleDefinition[] modules = [ArtifactNodes.Producer((_, _) => Task.FromResult<string?>("built nothing"), [Bin])];

        var run = await PipelineHarness.RunAsync(modules, ["--workspace", workspace.Root]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Build"].Status, Is.EqualTo(ModuleStatus.Failed));
            Assert.That(run["Build"].Error!.Message, Does.StartWith("artifact 'bin' of Tests.Build matched no file under ").And.Contain("(patterns: out/bin/**, !out/bin/**/*.pdb)"));
        }
    }

    [Test]
    public async Task FailedModulePublishesNothingEvenWhatItStoredAtRunTime()
    {
        using var workspace = new WorkspaceDirectory();
        Exception? seen = null;
        ModuleDefinition[] modules =
        [
            ArtifactNodes.Producer(async (context, token) =>
            {
                await ArtifactNodes.Writes(("out/log.txt", "half"))(context, token);
                await context.Artifacts.PublishAsync("log", ["out/log.txt"], token);
                throw new InvalidOperationException("the build broke");
            }, []),
            ArtifactNodes.Consumer(async (context, token) =>
            {
                seen = await CaughtAsync(() => context.Artifacts.ListAsync<ProducerModule>("log", token));
                return "reported";
            }, [], alwaysRun: true),
        ];

        var run = await PipelineHarness.RunAsync(modules, ["--workspace", workspace.Root]);

        Assert.That(run["Build"].Status, Is.EqualTo(ModuleStatus.Failed));
        Assert.That(seen, Is.TypeOf<ArtifactException>());
        Assert.That(seen!.Message, Is.EqualTo("artifact 'log' of Tests.Build is not in the store: Build failed"));
    }

    [TestCase("../outside.txt", "climbs out of the workspace with '..'")]
    [TestCase("/etc/passwd", "is absolute: patterns are relative to the workspace root")]
    public async Task PatternLeavingTheWorkspaceAtRunTimeFailsTheModule(string pattern, string reason)
    {
        using var workspace = new WorkspaceDirectory();
        ModuleDefinition[] modules =
        [
            ArtifactNodes.Producer(async (context, token) =>
            {
                await context.Artifacts.PublishAsync("leak", [pattern], token);
                return "leaked";
            }, []),
        ];

        var run = await PipelineHarness.RunAsync(modules, ["--workspace", workspace.Root]);

        Assert.That(run["Build"].Error!.Message, Is.EqualTo($"artifact 'leak' of Tests.Build: pattern '{pattern}' {reason}"));
    }

    [Test]
    public async Task DownloadOutsideTheWorkspaceIsRefused()
    {
        using var workspace = new WorkspaceDirectory();
        ModuleDefinition[] modules =
        [
            ArtifactNodes.Producer(ArtifactNodes.Writes(("out/bin/app.dll", "app")), [Bin]),
            ArtifactNodes.Consumer(async (context, token) =>
            {
                await context.Artifacts.DownloadAsync<ProducerModule>("bin", "../elsewhere", token);
                return "tested";
            }, []),
        ];

        var run = await PipelineHarness.RunAsync(modules, ["--workspace", workspace.Root]);

        Assert.That(run["Test"].Error!.Message, Does.StartWith("Test: destination '../elsewhere' is outside the workspace "));
        Assert.That(Directory.Exists(Path.Combine(workspace.Root, "..", "elsewhere")), Is.False);
    }

    [Test]
    public async Task ReadingTheArtifactOfAModuleNotDependedOnSaysWhatToDeclare()
    {
        using var workspace = new WorkspaceDirectory();
        ModuleDefinition[] modules =
        [
            ArtifactNodes.Producer(ArtifactNodes.Writes(("out/bin/app.dll", "app")), [Bin]),
            new ModuleDefinition<ConsumerModule, string>(Node.Id("Lonely"), "Lonely", _ => new ConsumerModule(async (context, token) =>
            {
                await context.Artifacts.ListAsync<ProducerModule>("bin", token);
                return "listed";
            })),
        ];

        var run = await PipelineHarness.RunAsync(modules, ["--workspace", workspace.Root]);

        Assert.That(run["Lonely"].Error!.Message, Is.EqualTo(
            "Lonely reads artifact 'bin' of ProducerModule, which it does not depend on: add [ConsumesArtifact<ProducerModule>(\"bin\")] or [DependsOn<ProducerModule>] to it"));
    }

    [Test]
    public async Task WorkspaceThatDoesNotExistIsABadOptionWithExitCode2()
    {
        var missing = Path.Combine(Path.GetTempPath(), "mpd-no-such-workspace-" + Guid.NewGuid().ToString("N"));

        var run = await PipelineHarness.RunAsync([Node.Returning("Build")], ["--workspace", missing]);

        Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.ConfigurationError));
        Assert.That(run.Error, Does.Contain($"the workspace '{missing}' does not exist: pass --workspace with an existing folder"));
    }

    [Test]
    public async Task UnknownArtifactStoreIsABadOptionThatListsTheKnownOnes()
    {
        var run = await PipelineHarness.RunAsync([Node.Returning("Build")], ["--artifacts", "ftp://host/x"]);

        Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.ConfigurationError));
        Assert.That(run.Error, Does.Contain("--artifacts 'ftp://host/x' is not a store this version knows: use redis, file:///path (a folder every instance shares) or s3://bucket/prefix"));
    }

    [TestCase("file://server/share", "is not a folder URL: write file:/// and the folder's absolute path")]
    [TestCase("file:relative/folder", "is not a folder URL: write file:/// and the folder's absolute path")]
    [TestCase("s3://A_Bucket/x", "does not name an S3 bucket: write s3://bucket or s3://bucket/prefix")]
    [TestCase("s3://bucket/../x", "the key prefix may not contain '.' or '..' segments")]
    [TestCase("file:///mpd-no-such-shared-folder", "the folder /mpd-no-such-shared-folder does not exist on this machine: mount the shared folder there")]
    public async Task StoreLocationThatCannotBeUsedIsABadOption(string location, string message)
    {
        var run = await PipelineHarness.RunAsync([Node.Returning("Build")], ["--artifacts", location]);

        Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.ConfigurationError));
        Assert.That(run.Error, Does.Contain(message));
    }

    [Test]
    public async Task OneProcessWithASharedFolderStorePublishesThereAndTheConsumerFindsItsFiles()
    {
        using var workspace = new WorkspaceDirectory();
        using var shared = new WorkspaceDirectory();
        string? read = null;
        ModuleDefinition[] modules =
        [
            ArtifactNodes.Producer(ArtifactNodes.Writes(("out/app.dll", "compiled")), [new ArtifactProduction("bin", ["out/**"])]),
            ArtifactNodes.Consumer(async (context, token) =>
            {
                read = await File.ReadAllTextAsync(Path.Combine(context.Artifacts.WorkspaceRoot, "out/app.dll"), token);
                return "tested";
            }, ["bin"]),
        ];

        var run = await PipelineHarness.RunAsync(modules, ["--workspace", workspace.Root, "--artifacts", new Uri(shared.Root).AbsoluteUri]);

        Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded), run.Output + run.Error);
        Assert.That(read, Is.EqualTo("compiled"));
        Assert.That(Directory.EnumerateFiles(shared.Root, "*.json", SearchOption.AllDirectories).Select(Path.GetFileName), Is.EqualTo(new[] { "BIN.json" }));
    }

    [Test]
    public async Task TheRunsArtifactsInASharedFolderAreDeletedWhenTheRunEndsIfAsked()
    {
        using var workspace = new WorkspaceDirectory();
        using var shared = new WorkspaceDirectory();
        ModuleDefinition[] modules =
        [
            ArtifactNodes.Producer(ArtifactNodes.Writes(("out/app.dll", "compiled")), [new ArtifactProduction("bin", ["out/**"])]),
            ArtifactNodes.Consumer((_, _) => Task.FromResult<string?>("tested"), ["bin"]),
        ];

        var run = await PipelineHarness.RunAsync(
            modules,
            ["--workspace", workspace.Root, "--artifacts", new Uri(shared.Root).AbsoluteUri],
            configure: builder => builder.Services.Configure<DistributedOptions>(o => o.DeleteArtifactsAfterRun = true));

        Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded), run.Output + run.Error);
        Assert.That(run.Output, Does.Contain("artifacts: deleted 2 stored file(s) of this run from " + Path.Combine(shared.Root, "local")));
        Assert.That(Directory.EnumerateFileSystemEntries(shared.Root), Is.Empty);
    }

    private static string Sha256(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    private static async Task<Exception?> CaughtAsync(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }
}
