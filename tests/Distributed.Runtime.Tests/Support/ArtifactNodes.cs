namespace ModularPipelines.Distributed.Runtime.Tests.Support;

/// <summary>Graph nodes with artifacts, as the generator emits them: a consumption is also a dependency.</summary>
internal static class ArtifactNodes
{
    public static ModuleDefinition Producer(
        Func<IModuleContext, CancellationToken, Task<string?>> body, ArtifactProduction[] produces, string name = "Build", string[]? dependsOn = null) =>
        new ModuleDefinition<ProducerModule, string>(Node.Id(name), name, _ => new ProducerModule(body))
        {
            ProducedArtifacts = produces,
            Dependencies = [.. (dependsOn ?? []).Select(Node.Id)],
        };

    public static ModuleDefinition Consumer(
        Func<IModuleContext, CancellationToken, Task<string?>> body, string[] consumes, string producer = "Build", string name = "Test", string[]? dependsOn = null, bool alwaysRun = false) =>
        new ModuleDefinition<ConsumerModule, string>(Node.Id(name), name, _ => new ConsumerModule(body))
        {
            ConsumedArtifacts = [.. consumes.Select(c => new ArtifactConsumption(typeof(ProducerModule), c))],
            Dependencies = [Node.Id(producer), .. (dependsOn ?? []).Select(Node.Id)],
            AlwaysRun = alwaysRun,
        };

    /// <summary>A body that writes files (path → content) under the workspace and returns "built".</summary>
    public static Func<IModuleContext, CancellationToken, Task<string?>> Writes(params (string Path, string Content)[] files) =>
        async (context, cancellationToken) =>
        {
            foreach (var (path, content) in files)
            {
                var full = Path.Combine(context.Artifacts.WorkspaceRoot, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                await File.WriteAllTextAsync(full, content, cancellationToken);
            }

            return "built";
        };
}
