using System.Formats.Tar;
using System.Text;
using Microsoft.Extensions.Logging;
using ModularPipelines.Distributed;
using Sample.Pipeline.Results;
using Sample.Pipeline.Services;

namespace Sample.Pipeline.Modules;

/// <summary>
/// Builds the container image. A real pipeline would run <c>docker build</c>, which only some machines can do:
/// <c>[RequiresCapability("docker")]</c> says so, and instances started with <c>--capability docker</c> run it.
/// Elsewhere it is skipped, which is not a failure. To run anywhere, this sample writes the Dockerfile and the
/// application layer as a tar and computes their digests, as a registry would.
/// </summary>
[RequiresCapability("docker")]
[ConsumesArtifact<BuildModule>(BuildModule.Artifact)]
public sealed class DockerImageModule(Workspace workspace) : Module<ContainerImage>
{
    protected override async Task<ContainerImage?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
    {
        ModuleResult<BuildOutput> build = await context.GetModule<BuildModule>();
        var output = build.Value!;
        var contextDirectory = workspace.Subdirectory("out/image");
        var appDirectory = Directory.CreateDirectory(Path.Combine(contextDirectory, "app")).FullName;
        foreach (var file in output.Files)
        {
            // The build's files arrived with its artifact: the image copies them, as a Dockerfile's COPY would.
            File.Copy(workspace.PathOf(file.Path), Path.Combine(appDirectory, Path.GetFileName(file.Path)), overwrite: true);
        }

        const string Dockerfile = """
            FROM mcr.microsoft.com/dotnet/runtime:10.0
            WORKDIR /app
            COPY app/ ./
            ENTRYPOINT ["dotnet", "App.Cli.dll"]

            """;
        await File.WriteAllTextAsync(Path.Combine(contextDirectory, "Dockerfile"), Dockerfile, cancellationToken);

        var layerPath = Path.Combine(contextDirectory, "layer.tar");
        await using (var layer = File.Create(layerPath))
        {
            await TarFile.CreateFromDirectoryAsync(appDirectory, layer, includeBaseDirectory: false, cancellationToken);
        }

        var layerDigest = "sha256:" + await Checksums.OfFileAsync(layerPath, cancellationToken);
        var imageDigest = "sha256:" + Checksums.OfBytes(Encoding.UTF8.GetBytes(Dockerfile + layerDigest));
        var reference = $"sample/app:{output.Version}";
        context.Logger.LogInformation("built {Reference} ({Digest}) from {Context}", reference, imageDigest[..19], contextDirectory);
        return new ContainerImage(reference, imageDigest, [new ImageLayer(layerDigest, new FileInfo(layerPath).Length)]);
    }
}
