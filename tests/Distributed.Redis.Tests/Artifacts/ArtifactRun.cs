using ModularPipelines.Distributed.Redis.Tests.Support;

namespace ModularPipelines.Distributed.Redis.Tests.Artifacts;

/// <summary>
/// A run of the artifact pipeline in which every instance has a workspace of its own (as on separate machines), so
/// every file a consumer has crossed through the store.
/// </summary>
internal sealed class ArtifactRun(DistributedRun run)
{
    public DistributedRun Run => run;

    public string WorkspaceOf(int instance)
    {
        var workspace = Path.Combine(run.Directory, $"workspace-{instance}");
        Directory.CreateDirectory(workspace);
        return workspace;
    }

    public PipelineProcess StartMaster(int total) =>
        run.StartMaster(total, capabilities: [], extraArguments: ["--workspace", WorkspaceOf(0)]);

    public PipelineProcess StartProducer(int index, int total) =>
        run.StartWorker(index, total, capabilities: ["producer"], extraArguments: ["--workspace", WorkspaceOf(index)]);

    public PipelineProcess StartConsumer(int index, int total, int concurrency = 2) =>
        run.StartWorker(index, total, capabilities: ["consumer"], concurrency: concurrency, extraArguments: ["--workspace", WorkspaceOf(index)]);

    /// <summary>Files under an instance's workspace, relative, with <c>/</c>.</summary>
    public IReadOnlyList<string> FilesOf(int instance) =>
        [.. Directory.EnumerateFiles(WorkspaceOf(instance), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(WorkspaceOf(instance), f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
}
