using Microsoft.Extensions.Logging;

namespace ModularPipelines.Distributed;

/// <summary>
/// One attempt's artifacts: what <see cref="IModuleArtifacts"/> offers the module, and the declared consumptions and
/// productions the executor asks for before and after the module body.
/// </summary>
internal sealed class ModuleArtifacts(GraphNode node, ArtifactService service, IResultSource results, ILogger logger) : IModuleArtifacts
{
    private readonly List<ArtifactManifest> _uploadedAtRunTime = [];
    private long _bytesIn;
    private long _bytesOut;

    public string WorkspaceRoot => service.Workspace.Root;

    /// <summary>The bytes of the artifacts this attempt received.</summary>
    public long BytesIn => Interlocked.Read(ref _bytesIn);

    /// <summary>The bytes of the artifacts this attempt published.</summary>
    public long BytesOut => Interlocked.Read(ref _bytesOut);

    public async Task<ArtifactManifest> PublishAsync(string name, IEnumerable<string> patterns, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        if (node.Definition.ProducedArtifacts.Any(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArtifactException(
                $"{node.DisplayName} publishes artifact '{name}' at run time, but its [ProducesArtifact(\"{name}\", ...)] already publishes it when the module succeeds: use another name");
        }

        var transfer = await service.UploadAsync(node.Id, name, ForTarget(name, patterns), cancellationToken).ConfigureAwait(false);
        lock (_uploadedAtRunTime)
        {
            _uploadedAtRunTime.RemoveAll(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
            _uploadedAtRunTime.Add(transfer.Manifest);
        }

        LogUpload("stored", transfer, "; it is published when the module succeeds");
        return transfer.Manifest;
    }

    public Task<IReadOnlyList<ArtifactManifest>> DownloadAsync<TProducer>(string name, string destination, CancellationToken cancellationToken = default)
        where TProducer : ModuleBase =>
        ReceiveAsync(typeof(TProducer), name, Destination(destination), cancellationToken);

    public async Task<IReadOnlyList<ArtifactManifest>> ListAsync<TProducer>(string name, CancellationToken cancellationToken = default)
        where TProducer : ModuleBase =>
        await ManifestsAsync(typeof(TProducer), name, cancellationToken).ConfigureAwait(false);

    /// <summary>Before the module body: every <see cref="ConsumesArtifactAttribute{TProducer}"/> artifact in place.</summary>
    public async Task ReceiveDeclaredAsync(CancellationToken cancellationToken)
    {
        foreach (var consumption in node.Definition.ConsumedArtifacts)
        {
            await ReceiveAsync(consumption.Producer, consumption.Name, string.Empty, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>After the module body succeeded: every declared artifact stored and, with those stored at run time, made visible.</summary>
    public async Task PublishDeclaredAsync(CancellationToken cancellationToken)
    {
        var manifests = new List<ArtifactManifest>();
        foreach (var production in node.Definition.ProducedArtifacts)
        {
            var transfer = await service.UploadAsync(node.Id, production.Name, ForTarget(production.Name, production.Patterns), cancellationToken).ConfigureAwait(false);
            LogUpload("published", transfer, string.Empty);
            manifests.Add(transfer.Manifest);
        }

        lock (_uploadedAtRunTime)
        {
            manifests.AddRange(_uploadedAtRunTime);
        }

        foreach (var manifest in manifests)
        {
            await service.MakeVisibleAsync(manifest, cancellationToken).ConfigureAwait(false);
            Interlocked.Add(ref _bytesOut, manifest.TotalBytes);
        }
    }

    /// <summary>The patterns with <see cref="ArtifactSyntax.TargetPlaceholder"/> replaced by this node's matrix target.</summary>
    private List<string> ForTarget(string name, IEnumerable<string> patterns) =>
        patterns.Select(pattern => ArtifactSyntax.ForTarget(pattern, node.Definition.MatrixTarget)
            ?? throw new ArtifactException($"artifact '{name}' of {node.DisplayName}: pattern '{pattern}' {ArtifactSyntax.TargetWithoutMatrixProblem}"))
            .ToList();

    private async Task<IReadOnlyList<ArtifactManifest>> ReceiveAsync(Type producer, string name, string destination, CancellationToken cancellationToken)
    {
        var manifests = await ManifestsAsync(producer, name, cancellationToken).ConfigureAwait(false);
        RefuseConflicts(manifests);
        foreach (var manifest in manifests)
        {
            if (service.InPlace && destination.Length == 0)
            {
                logger.LogInformation("artifact '{Name}' of {Producer}: {Size} already in place", manifest.Name, manifest.ProducerId, ArtifactTransfer.Size(manifest));
            }
            else
            {
                var (transfer, joined) = await service.ReceiveAsync(manifest, destination, cancellationToken).ConfigureAwait(false);
                Log(joined ? "received with another module's download" : "received", transfer, "downloaded", destination.Length == 0 ? string.Empty : $" into {destination}");
            }

            Interlocked.Add(ref _bytesIn, manifest.TotalBytes);
        }

        return manifests;
    }

    /// <summary>
    /// The manifests of the producer's nodes this node depends on. A producer that was skipped (a capability it lacked,
    /// a skip condition) published nothing, and its dependents run without its files, as they run without its result.
    /// </summary>
    private async Task<List<ArtifactManifest>> ManifestsAsync(Type producer, string name, CancellationToken cancellationToken)
    {
        var producers = node.Dependencies.Where(d => d.Definition.ModuleType == producer).ToList();
        if (producers.Count == 0)
        {
            throw new ArtifactException(
                $"{node.DisplayName} reads artifact '{name}' of {producer.Name}, which it does not depend on: add [ConsumesArtifact<{producer.Name}>(\"{name}\")] or [DependsOn<{producer.Name}>] to it");
        }

        var manifests = new List<ArtifactManifest>();
        foreach (var producerNode in producers)
        {
            var declared = producerNode.Definition.ProducedArtifacts.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase))?.Name ?? name;
            if (await service.GetManifestAsync(producerNode.Id, declared, cancellationToken).ConfigureAwait(false) is { } manifest)
            {
                manifests.Add(manifest);
                continue;
            }

            var result = await results.GetResultAsync(producerNode).ConfigureAwait(false);
            if (result.Status == ModuleStatus.Skipped)
            {
                logger.LogInformation("artifact '{Name}' of {Producer}: none, the module was skipped ({Reason})", declared, producerNode.Id, result.SkipReason);
                continue;
            }

            throw new ArtifactException(result.Status == ModuleStatus.Succeeded
                ? $"artifact '{declared}' of {producerNode.Id} is not in the store: {producerNode.DisplayName} succeeded without publishing it (check the name), or the run's artifacts expired"
                : $"artifact '{declared}' of {producerNode.Id} is not in the store: {producerNode.DisplayName} {result.Status.ToString().ToLowerInvariant()}");
        }

        return manifests;
    }

    /// <summary>Files of several producer instances land in one folder: the same path with different content cannot.</summary>
    private void RefuseConflicts(List<ArtifactManifest> manifests)
    {
        if (manifests.Count < 2)
        {
            return;
        }

        var owners = new Dictionary<string, (ArtifactFile File, string Producer)>(StringComparer.Ordinal);
        foreach (var manifest in manifests)
        {
            foreach (var file in manifest.Files)
            {
                if (owners.TryGetValue(file.Path, out var earlier) && earlier.File.Sha256 != file.Sha256)
                {
                    throw new ArtifactException(
                        $"{node.DisplayName} receives artifact '{manifest.Name}' from {earlier.Producer} and {manifest.ProducerId}, and both publish {file.Path} with different content: download each into its own folder with context.Artifacts.DownloadAsync, or make the paths differ");
                }

                owners[file.Path] = (file, manifest.ProducerId);
            }
        }
    }

    /// <summary>A destination folder as a workspace-relative path ("" for the root); outside the workspace is refused.</summary>
    private string Destination(string destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var full = Path.GetFullPath(Path.Combine(service.Workspace.Root, destination));
        if (!service.Workspace.IsInside(full))
        {
            throw new ArtifactException($"{node.DisplayName}: destination '{destination}' is outside the workspace {service.Workspace.Root}: artifacts are only written inside it");
        }

        var relative = service.Workspace.Relative(full);
        return relative == "." ? string.Empty : relative;
    }

    /// <summary>A publish's line: in one process there is no store, nothing crossed, and a rate would only mislead.</summary>
    private void LogUpload(string verb, ArtifactTransfer transfer, string suffix)
    {
        if (service.InPlace)
        {
            logger.LogInformation("artifact '{Name}' {Verb}: {Size}, left in place (one process, no store){Suffix}", transfer.Manifest.Name, verb, ArtifactTransfer.Size(transfer.Manifest), suffix);
        }
        else
        {
            Log(verb, transfer, "uploaded", suffix);
        }
    }

    /// <summary>One line per publish and download; a received artifact names its producer, a published one is this module's.</summary>
    private void Log(string verb, ArtifactTransfer transfer, string movedWord, string suffix)
    {
        var producer = transfer.Manifest.ProducerId == node.Id ? string.Empty : " of " + transfer.Manifest.ProducerId;
        logger.LogInformation("artifact '{Name}'{Producer} {Verb}: {Transfer}{Suffix}", transfer.Manifest.Name, producer, verb, transfer.Describe(movedWord), suffix);
    }
}
